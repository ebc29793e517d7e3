# Save-AkoolVideo against a server that sends hostile ids and links: files stay in -Path with names from
# the job and extensions from the content; one bad job never stops the others; -WhatIf writes nothing;
# a partial file left by a killed save is cleaned up; piped jobs download at once under a bandwidth cap.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator
    $info = '/api/open/v3/content/video/infobymodelid'

    function Initialize-Test {
        Reset-TestSimulator $sim -JobDurationMs 600000
        Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -RetryDelay 0.05 -MaxRetryDelay 1 -MaxRetry 2 -TimeoutSec 10
    }

    # A finished talking-photo job, read back with Get-AkoolVideo -Id while the server rewrites its answer.
    function Get-HostileJob([hashtable] $Set) {
        $job = New-AkoolTalkingPhoto -PhotoUrl https://example.com/anna.jpg -AudioUrl https://example.com/hello.mp3
        $null = Invoke-SimulatorAdmin $sim "jobs/$($job.Id)" -Body @{ complete = $true }
        $link = (Get-AkoolVideo -InputObject $job).VideoUrl.AbsoluteUri
        $fields = @{}
        foreach ($key in $Set.Keys) { $fields[$key] = $Set[$key] -replace '\{link\}', $link }
        Add-SimulatorFault $sim @{ path = $info; kind = 'rewrite'; set = $fields }
        Get-AkoolVideo -Id $job.Id -Kind TalkingPhoto
    }

    function New-DoneTranslation([string] $Url) {
        $job = New-AkoolTranslation -Url $Url -Language fr
        $null = Invoke-SimulatorAdmin $sim "jobs/$($job.Id)" -Body @{ complete = $true }
        Get-AkoolVideo -InputObject $job
    }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Save-AkoolVideo names' {
    BeforeEach { Initialize-Test }

    It 'keeps a file named after id <Id> inside -Path, with an extension from the content' -ForEach @(
        @{ Id = '../../escaped/evil' }, @{ Id = '/etc/x' }, @{ Id = 'C:\x' }, @{ Id = 'a\..\..\x' },
        @{ Id = 'evil.ps1' }, @{ Id = 'CON' }, @{ Id = 'nul.' }, @{ Id = 'x' * 300 }
    ) {
        $root = New-Item (Join-Path $TestDrive ([guid]::NewGuid())) -ItemType Directory
        $folder = Join-Path $root 'in' 'here'
        $hostile = Get-HostileJob @{ _id = $Id; video = '{link}/evil.ps1'; talking_photo = '' }
        $hostile.Id | Should -Be $Id

        $file = $hostile | Save-AkoolVideo -Path $folder

        $everything = @(Get-ChildItem $root -Recurse -File -Force)
        $everything.Count | Should -Be 1
        $everything[0].DirectoryName | Should -Be (Get-Item $folder).FullName
        $file.FullName | Should -Be $everything[0].FullName
        $file.Name | Should -Match '^[A-Za-z0-9_-]+\.talking-photo\.mp4$'
        $file.Name.Length | Should -BeLessOrEqual 200
        $file.Name.Split('.')[0] | Should -Not -BeIn 'CON', 'NUL', 'PRN', 'AUX'
        $file.Length | Should -Be 1048576
    }

    It 'names the file after a source whose path is hostile, inside -Path' {
        $folder = Join-Path $TestDrive 'source'
        $hostile = Get-HostileJob @{ _id = 'abc'; video = '{link}/run.bat'; talking_photo = 'https://example.com/..%2F..%2Fevil.ps1' }

        $file = $hostile | Save-AkoolVideo -Path $folder

        $file.Name | Should -Be 'evil.talking-photo.mp4'
        $file.DirectoryName | Should -Be (Get-Item $folder).FullName
    }
}

Describe 'Save-AkoolVideo errors' {
    BeforeEach { Initialize-Test }

    It 'an existing file without -Force is an error for that job only; the others save' {
        $folder = New-Item (Join-Path $TestDrive 'taken') -ItemType Directory -Force
        $jobs = @(New-DoneTranslation https://example.com/one.mp4; New-DoneTranslation https://example.com/two.mp4)
        New-Item (Join-Path $folder 'one.fr.mp4') -ItemType File -Force | Out-Null

        $files = $jobs | Save-AkoolVideo -Path $folder -ErrorAction SilentlyContinue -ErrorVariable failed

        @($files).Name | Should -Be 'two.fr.mp4'
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'Akool.FileExists,AkoolPS.Commands.SaveAkoolVideoCommand'
        (Get-Item (Join-Path $folder 'one.fr.mp4')).Length | Should -Be 0
    }

    It 'a result link that is not http(s) is an error for that job only; the others save' {
        $folder = Join-Path $TestDrive 'links'
        $bad = Get-HostileJob @{ _id = 'bad'; video = 'file:///etc/passwd' }
        $good = New-DoneTranslation https://example.com/good.mp4

        $files = $bad, $good | Save-AkoolVideo -Path $folder -ErrorAction SilentlyContinue -ErrorVariable failed

        @($files).Name | Should -Be 'good.fr.mp4'
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'Akool.UnsupportedLink,AkoolPS.Commands.SaveAkoolVideoCommand'
        @(Get-ChildItem $folder -Force).Name | Should -Be 'good.fr.mp4'
    }

    It '-WhatIf writes nothing and downloads nothing' {
        $folder = Join-Path $TestDrive 'whatif'
        $done = New-DoneTranslation https://example.com/talk.mp4
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE

        $done | Save-AkoolVideo -Path $folder -WhatIf | Should -BeNullOrEmpty

        Get-SimulatorJournal $sim '/files/*' | Should -BeNullOrEmpty
        @(Get-ChildItem $folder -Force -ErrorAction SilentlyContinue).Count | Should -Be 0
    }

    It 'removes the partial file a killed save left, and saves the file whole' {
        $folder = New-Item (Join-Path $TestDrive 'killed') -ItemType Directory -Force
        $done = New-DoneTranslation https://example.com/talk.mp4
        [IO.File]::WriteAllBytes((Join-Path $folder '.talk.fr.partial'), [byte[]]::new(4096))

        $file = $done | Save-AkoolVideo -Path $folder

        @(Get-ChildItem $folder -Force).Name | Should -Be 'talk.fr.mp4'
        $file.Length | Should -Be 1048576
    }
}

Describe 'Save-AkoolVideo at scale' {
    BeforeEach { Initialize-Test }

    It 'downloads piped jobs at once, up to -ThrottleLimit, under a per-connection bandwidth cap' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ resultSizeBytes = 1048576; bandwidthBytesPerSec = 1048576 }
        $jobs = foreach ($n in 1..4) { New-DoneTranslation "https://example.com/clip$n.mp4" }

        $one = Measure-Command { $jobs | Save-AkoolVideo -Path (Join-Path $TestDrive 'one') -ThrottleLimit 1 }
        $four = Measure-Command { $files = $jobs | Save-AkoolVideo -Path (Join-Path $TestDrive 'four') }

        @($files).Count | Should -Be 4
        $one.TotalSeconds | Should -BeGreaterThan 3.5
        $four.TotalSeconds | Should -BeLessThan ($one.TotalSeconds / 2)
    }
}
