# What a 3 a.m. runbook relies on, proved through the simulator's faults and its journal:
# reads survive a flaky network and a busy API, creates are never sent twice, downloads resume,
# waits end, and bad input is refused before any request.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator
    $list = '/api/open/v3/language/list'
    $create = '/api/open/v3/content/video/createbytranslate'
    $info = '/api/open/v3/content/video/infobymodelid'

    function Initialize-Test {
        Reset-TestSimulator $sim
        Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -RetryDelay 0.05 -MaxRetryDelay 3 -MaxRetry 3 -TimeoutSec 4
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    function Get-Statuses([string] $Path) { @(Get-SimulatorJournal $sim $Path).status }

    function New-CompletedJob {
        $job = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language fr
        $null = Invoke-SimulatorAdmin $sim "jobs/$($job.Id)" -Body @{ complete = $true }
        $done = Get-AkoolVideo -InputObject $job
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
        $done
    }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Reads' {
    BeforeEach { Initialize-Test }

    It 'survive a burst of 500, 502, 503, 504 and 408' {
        foreach ($status in 500, 502, 503) { Add-SimulatorFault $sim @{ path = $list; kind = 'status'; status = $status } }
        Add-SimulatorFault $sim @{ path = $info; kind = 'status'; status = 504 }
        Add-SimulatorFault $sim @{ path = $info; kind = 'status'; status = 408 }
        $job = New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr

        Get-AkoolLanguage -Refresh | Should -Not -BeNullOrEmpty
        (Get-AkoolVideo -InputObject $job).Id | Should -Be $job.Id

        Get-Statuses $list | Should -Be @(500, 502, 503, 200)
        Get-Statuses $info | Should -Be @(504, 408, 200)
    }

    It 'include resultsByIds, a POST that only reads' {
        $image = New-AkoolImageToVideo https://example.com/cat.png 'turn'
        Add-SimulatorFault $sim @{ path = '/api/open/v4/image2Video/resultsByIds'; kind = 'status'; status = 503; times = 2 }

        (Get-AkoolVideo -InputObject $image).Id | Should -Be $image.Id

        Get-Statuses '/api/open/v4/image2Video/resultsByIds' | Should -Be @(503, 503, 200)
    }

    It 'honour Retry-After in seconds and as an HTTP date' {
        $date = [DateTimeOffset]::UtcNow.AddSeconds(4).ToString('r')
        Add-SimulatorFault $sim @{ path = $list; kind = 'status'; status = 429; retryAfter = '1' }
        Add-SimulatorFault $sim @{ path = $list; kind = 'status'; status = 429; retryAfter = $date }
        $clock = [Diagnostics.Stopwatch]::StartNew()

        Get-AkoolLanguage -Refresh | Should -Not -BeNullOrEmpty

        # The date has whole seconds, so the second wait is at least 2 of the 3 left.
        $clock.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 2.9
        Get-Statuses $list | Should -Be @(429, 429, 200)
    }

    It 'cap what Retry-After asks for at the session''s -MaxRetryDelay' {
        Add-SimulatorFault $sim @{ path = $list; kind = 'status'; status = 503; retryAfter = '3600' }
        $clock = [Diagnostics.Stopwatch]::StartNew()

        Get-AkoolLanguage -Refresh | Should -Not -BeNullOrEmpty

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 30
    }

    It 'survive code 1005, a dropped connection and an answer slower than -TimeoutSec' {
        Add-SimulatorFault $sim @{ path = $list; kind = 'code'; code = 1005 }
        Add-SimulatorFault $sim @{ path = $list; kind = 'drop' }
        Add-SimulatorFault $sim @{ path = $list; kind = 'delay'; delayMs = 30000 }

        Get-AkoolLanguage -Refresh | Should -Not -BeNullOrEmpty

        @(Get-SimulatorJournal $sim $list).Count | Should -Be 4
    }

    It 'fail after -MaxRetry with an error that names the last cause and the number of tries' {
        Add-SimulatorFault $sim @{ path = $list; kind = 'status'; status = 503; times = 0 }

        $thrown = { Get-AkoolLanguage -Refresh } | Should -Throw -PassThru

        $thrown.FullyQualifiedErrorId | Should -BeLike 'Akool.Http503,*'
        $thrown.Exception.Message | Should -Match 'after 4 tries'
        $thrown.Exception.Message | Should -Match 'HTTP 503'
        @(Get-SimulatorJournal $sim $list).Count | Should -Be 4
    }

    It 'say clearly when the answer is an HTML page, with its status and a short excerpt' {
        Add-SimulatorFault $sim @{ path = $list; kind = 'notJson'; status = 200 }

        $thrown = { Get-AkoolLanguage -Refresh } | Should -Throw -PassThru

        $thrown.FullyQualifiedErrorId | Should -BeLike 'Akool.InvalidResponse,*'
        $thrown.Exception.Message | Should -Match 'HTTP 200'
        $thrown.Exception.Message | Should -Match '<html'
        $thrown.Exception.Message.Length | Should -BeLessThan 600
    }
}

Describe 'Creates' {
    BeforeEach { Initialize-Test }

    It 'are sent once when <Name>, and the error says the job may exist' -ForEach @(
        @{ Name = 'the answer times out'; Fault = @{ kind = 'delay'; delayMs = 30000; phase = 'after' } }
        @{ Name = 'the connection drops'; Fault = @{ kind = 'drop'; phase = 'after' } }
        @{ Name = 'a gateway answers 502'; Fault = @{ kind = 'status'; status = 502; phase = 'after' } }
    ) {
        Add-SimulatorFault $sim ($Fault + @{ path = $create })

        New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr -ErrorVariable failed -ErrorAction SilentlyContinue |
            Should -BeNullOrEmpty

        $failed[0].FullyQualifiedErrorId | Should -BeLike 'Akool.CreateOutcomeUnknown,*'
        $failed[0].Exception.Message | Should -Match 'may have reached Akool'
        $failed[0].Exception.Message | Should -Match 'not sent again'
        @(Get-SimulatorJournal $sim $create).Count | Should -Be 1
        @(Get-SimulatorJobs $sim).Count | Should -Be 1
    }

    It 'are sent again when Akool refused them unprocessed (429, 1005)' {
        Add-SimulatorFault $sim @{ path = $create; kind = 'status'; status = 429; retryAfter = '0' }
        Add-SimulatorFault $sim @{ path = $create; kind = 'code'; code = 1005 }

        $jobs = New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr

        @($jobs).Count | Should -Be 1
        Get-Statuses $create | Should -Be @(429, 200, 200)
        @(Get-SimulatorJobs $sim).Count | Should -Be 1
    }
}

Describe 'Downloads' {
    BeforeEach { Initialize-Test }

    It 'resume where a cut connection stopped and match the server''s bytes' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ resultSizeBytes = 3MB }
        $done = New-CompletedJob
        Add-SimulatorFault $sim @{ path = '/files/*'; kind = 'cut'; cutAfterBytes = 1000000; times = 2 }
        $folder = Join-Path $TestDrive 'resume'

        $file = $done | Save-AkoolVideo -Path $folder

        Get-Statuses '/files/*' | Should -Be @(200, 206, 206)
        $file.Length | Should -Be 3MB
        $expected = Join-Path $TestDrive 'expected.mp4'
        Invoke-WebRequest $done.VideoUrl -OutFile $expected
        (Get-FileHash $file.FullName).Hash | Should -Be (Get-FileHash $expected).Hash
        Get-ChildItem $folder -Force | Where-Object Name -NE $file.Name | Should -BeNullOrEmpty
    }

    It 'start over where the server ignores Range' {
        $done = New-CompletedJob
        Add-SimulatorFault $sim @{ path = '/files/*'; kind = 'cut'; cutAfterBytes = 300000 }
        Add-SimulatorFault $sim @{ path = '/files/*'; kind = 'ignoreRange' }

        $file = $done | Save-AkoolVideo -Path (Join-Path $TestDrive 'again')

        $file.Length | Should -Be 1MB
    }

    It 'say Akool.ResultExpired for a link that answers 403 or 404, and how to get a fresh one' {
        $done = New-CompletedJob
        Add-SimulatorFault $sim @{ path = '/files/*'; kind = 'status'; status = 403 }
        $folder = Join-Path $TestDrive 'expired'

        $done | Save-AkoolVideo -Path $folder -ErrorVariable expired -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $expired[0].FullyQualifiedErrorId | Should -BeLike 'Akool.ResultExpired,*'
        $expired[0].Exception.Message | Should -Match '7 days'
        $expired[0].ErrorDetails.RecommendedAction | Should -Match 'Get-AkoolVideo'
        Get-ChildItem $folder -Force | Should -BeNullOrEmpty
    }
}

Describe 'Waits' {
    BeforeEach { Initialize-Test }

    It 'end at once for a job Akool no longer knows' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 600000 }
        $job = New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr
        $null = Invoke-SimulatorAdmin $sim "jobs/$($job.Id)" -Method DELETE
        $clock = [Diagnostics.Stopwatch]::StartNew()

        $job | Wait-AkoolVideo -PollInterval 0.1 -ErrorVariable gone -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
        $gone[0].FullyQualifiedErrorId | Should -BeLike 'Akool.1008,*'
        $gone[0].TargetObject.Id | Should -Be $job.Id
        @(Get-SimulatorJournal $sim $info).Count | Should -Be 1
    }
}

Describe 'Bad input is refused before any request' {
    BeforeEach { Initialize-Test }

    It '<Name>' -ForEach @(
        @{ Name = 'a URL that is not absolute http(s)'; Id = 'Akool.InvalidUrl'; Run = { New-AkoolTranslation -Url ftp://example.com/a.mp4 -Language fr } }
        @{ Name = 'a relative URL'; Id = 'Akool.InvalidUrl'; Run = { New-AkoolTranslation -Url talk.mp4 -Language fr } }
        @{ Name = 'an unknown language'; Id = 'Akool.UnknownLanguage'; Run = { New-AkoolTranslation -Url https://example.com/a.mp4 -Language xx } }
        @{ Name = 'an empty language'; Id = 'ParameterArgumentValidationError'; Run = { New-AkoolTranslation -Url https://example.com/a.mp4 -Language '' } }
        @{ Name = 'a negative -SpeakerCount'; Id = 'Akool.InvalidSpeakerCount'; Run = { New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr -SpeakerCount -1 } }
        @{ Name = 'an unknown source language'; Id = 'Akool.UnknownLanguage'; Run = { New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr -SourceLanguage xx } }
        @{ Name = 'a -Timeout of zero'; Id = 'Akool.InvalidTimeout'; Run = { Wait-AkoolVideo -Id 0123456789abcdef01234567 -Timeout 0 } }
        @{ Name = 'a negative -Timeout with -Wait'; Id = 'Akool.InvalidTimeout'; Run = { New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr -Wait -Timeout -5 } }
    ) {
        $thrown = $Run | Should -Throw -PassThru

        $thrown.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
    }

    It 'a -Path that is a file, or an existing file without -Force, for Save-AkoolVideo' {
        $done = New-CompletedJob
        $file = New-Item (Join-Path $TestDrive 'a-file') -ItemType File -Force
        $folder = New-Item (Join-Path $TestDrive 'taken') -ItemType Directory -Force
        New-Item (Join-Path $folder 'talk.fr.mp4') -ItemType File -Force | Out-Null

        { $done | Save-AkoolVideo -Path $file.FullName } | Should -Throw -ErrorId 'Akool.PathIsFile,AkoolPS.Commands.SaveAkoolVideoCommand'
        # Non-terminating (one taken name must not stop a batch): -ErrorAction Stop makes it throw here.
        { $done | Save-AkoolVideo -Path $folder.FullName -ErrorAction Stop } | Should -Throw -ErrorId 'Akool.FileExists,AkoolPS.Commands.SaveAkoolVideoCommand'

        Get-SimulatorJournal $sim '/files/*' | Should -BeNullOrEmpty
        (Get-Item (Join-Path $folder 'talk.fr.mp4')).Length | Should -Be 0
    }
}

Describe 'Codes that end a wait' {
    BeforeEach { Initialize-Test }

    It 'stops at 1109 (the account does not exist): an authentication failure, final, not retried' {
        $job = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language fr
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
        Add-SimulatorFault $sim @{ path = $info; kind = 'code'; code = 1109; times = 0 }
        $failed = @()
        $clock = [Diagnostics.Stopwatch]::StartNew()

        try {
            $job | Wait-AkoolVideo -Timeout 20 -PollInterval 0.1 -ErrorVariable +failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        } catch {
            $failed += $_
        }

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'Akool.1109,*'
        $failed[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        @(Get-SimulatorJournal $sim $info).Count | Should -Be 1
    }
}
