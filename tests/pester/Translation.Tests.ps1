# The user's view of translating: the DESIGN.md pipeline as written, -WhatIf, checks before credits are
# spent, failed and timed-out jobs, and saving.
BeforeAll {
    function Initialize-Test {
        Reset-TestSimulator $sim
        Connect-TestSimulator $sim
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator
    $savedBaseUri = $env:AKOOL_BASE_URI
}

AfterAll {
    Disconnect-Akool
    $env:AKOOL_BASE_URI = $savedBaseUri
    Stop-TestSimulator $sim
}


Describe 'The pipeline of DESIGN.md' {
    BeforeEach { Initialize-Test }

    It 'works exactly as written' {
        Disconnect-Akool
        $env:AKOOL_BASE_URI = $sim.Uri
        Mock Read-Host { Get-TestApiKey } -ParameterFilter { $AsSecureString }
        Push-Location $TestDrive
        try {
            # --- as written in DESIGN.md ---
            Connect-Akool -ApiKey (Read-Host -AsSecureString)          # or $env:AKOOL_API_KEY, or -ClientId/-ClientSecret
            $files = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language ja, fr |
                Wait-AkoolVideo -Timeout (New-TimeSpan -Minutes 30) |
                Save-AkoolVideo -Path ./translated -IncludeSubtitles
            # ---
        } finally {
            Pop-Location
        }

        $files.Name | Sort-Object | Should -Be @(
            'talk.fr.mp4', 'talk.fr.original.srt', 'talk.fr.translated.srt',
            'talk.ja.mp4', 'talk.ja.original.srt', 'talk.ja.translated.srt')
        $files | Where-Object Extension -EQ '.mp4' | ForEach-Object { $_.Length | Should -Be 1048576 }
        Get-ChildItem (Join-Path $TestDrive 'translated') -Force -Filter '*.partial' | Should -BeNullOrEmpty

        $creates = @(Get-SimulatorJournal $sim '/api/open/v3/content/video/createbytranslate')
        $creates.Count | Should -Be 1
        $body = $creates[0].body | ConvertFrom-Json
        $body.language | Should -Be 'ja,fr'
        $body.PSObject.Properties.Name | Should -Not -Contain 'voices_map'
        Get-SimulatorJournal $sim '/api/open/v4/voice/*' | Should -BeNullOrEmpty
    }
}

Describe 'New-AkoolTranslation' {
    BeforeEach { Initialize-Test }

    It 'writes one queued job per language' {
        $jobs = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, fr

        $jobs.Count | Should -Be 2
        $jobs[0].GetType().FullName | Should -Be 'AkoolPS.AkoolVideo'
        $jobs.Language | Should -Be @('ja', 'fr')
        $jobs.Kind | Should -Be @('Translation', 'Translation')
        $jobs.Status | Should -Be @('Queued', 'Queued')
        $jobs[0].Id | Should -Not -Be $jobs[1].Id
        $jobs[0].SourceUrl | Should -Be 'https://example.com/a.mp4'
    }

    It 'sends nothing with -WhatIf' {
        $result = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, fr -WhatIf

        $result | Should -BeNullOrEmpty
        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
    }

    It 'refuses a language Akool does not have, before any create' {
        { New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, klingon } |
            Should -Throw -ErrorId 'Akool.UnknownLanguage,AkoolPS.Commands.NewAkoolTranslationCommand'

        Get-SimulatorJournal $sim '*createbytranslate' | Should -BeNullOrEmpty
    }

    It 'translates into a regional language without asking for a voice, and never reads the old voice list' {
        # Akool removed the choice of voice on 2025-11-25; af-ZA once needed one.
        $job = New-AkoolTranslation -Url https://example.com/a.mp4 -Language af-ZA

        $job.Language | Should -Be 'af-ZA'
        $body = (Get-SimulatorJournal $sim '*createbytranslate')[0].body | ConvertFrom-Json
        $body.PSObject.Properties.Name | Should -Not -Contain 'voices_map'
        Get-SimulatorJournal $sim '/api/open/v4/voice/*' | Should -BeNullOrEmpty
        (Get-Command New-AkoolTranslation).Parameters.Keys | Should -Not -Contain 'Voice'
    }

    It 'sends caption type 3 (TranslateAndReplace) without a caption file' {
        $null = New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr -CaptionType TranslateAndReplace

        $body = (Get-SimulatorJournal $sim '*createbytranslate')[0].body | ConvertFrom-Json
        $body.caption_type | Should -Be 3
        $body.PSObject.Properties.Name | Should -Not -Contain 'caption_url'
    }

    It 'sends every option it is given' {
        $language = Get-AkoolLanguage -Code af-ZA

        $null = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, $language.Code -SourceLanguage en `
            -LipSync -SpeakerCount 2 -RemoveBackgroundMusic `
            -CaptionType AddTarget -CaptionUrl https://example.com/a.srt -DynamicDuration -NoTranslateWord Akool, AkoolPS `
            -FixedWord @{ hi = 'hello' } -PronouncedWord @{ gga = 'gaga' } -Style Calm -WebhookUrl https://hooks.example.com/akool

        $body = (Get-SimulatorJournal $sim '*createbytranslate')[0].body | ConvertFrom-Json
        $body.url | Should -Be 'https://example.com/a.mp4'
        $body.language | Should -Be "ja,$($language.Code)"
        $body.source_language | Should -Be 'en'
        $body.PSObject.Properties.Name | Should -Not -Contain 'voices_map'
        $body.lipsync | Should -BeTrue
        $body.speaker_num | Should -Be 2
        $body.remove_bgm | Should -BeTrue
        $body.caption_type | Should -Be 2
        $body.caption_url | Should -Be 'https://example.com/a.srt'
        $body.dynamic_duration | Should -BeTrue
        $body.studio_voice.no_translate_words | Should -Be @('Akool', 'AkoolPS')
        $body.studio_voice.fixed_words.hi | Should -Be 'hello'
        $body.studio_voice.pronounced_words.gga | Should -Be 'gaga'
        $body.studio_voice.style | Should -Be 'calm'
        $body.webhookUrl | Should -Be 'https://hooks.example.com/akool'
    }

    It 'takes video addresses from the pipeline, one create each' {
        $jobs = 'https://example.com/a.mp4', 'https://example.com/b.mp4' | New-AkoolTranslation -Language fr

        $jobs.Count | Should -Be 2
        @(Get-SimulatorJournal $sim '*createbytranslate').Count | Should -Be 2
    }
}

Describe 'Wait-AkoolVideo' {
    BeforeEach { Initialize-Test }

    It 'writes each job out as it ends, failed ones as Akool.VideoFailed errors while the others go on' {
        $null = Invoke-SimulatorAdmin $sim 'next-jobs' -Body @{ count = 1; durationMs = 600; fail = @{ errorCode = 1205; errorReason = 'Create video error, please try again later' } }

        $done = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, fr |
            Wait-AkoolVideo -PollInterval 0.1 -ErrorVariable failures -ErrorAction SilentlyContinue

        @($done).Count | Should -Be 1
        $done.Language | Should -Be 'fr'
        $done.Status | Should -Be 'Completed'
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Akool.VideoFailed,*'
        $failures[0].TargetObject.GetType().FullName | Should -Be 'AkoolPS.AkoolVideo'
        $failures[0].TargetObject.Language | Should -Be 'ja'
        $failures[0].TargetObject.Status | Should -Be 'Failed'
        $failures[0].TargetObject.ErrorCode | Should -Be 1205
        $failures[0].Exception.Message | Should -Match 'Create video error'
    }

    It 'ends at -Timeout with Akool.WaitTimeout errors whose target is the last state of each job' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 120000 }
        $jobs = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, fr
        $clock = [Diagnostics.Stopwatch]::StartNew()

        $done = $jobs | Wait-AkoolVideo -Timeout 2 -PollInterval 0.2 -ErrorVariable late -ErrorAction SilentlyContinue

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 30
        $done | Should -BeNullOrEmpty
        $late.Count | Should -Be 2
        $late | ForEach-Object {
            $_.FullyQualifiedErrorId | Should -BeLike 'Akool.WaitTimeout,*'
            $_.CategoryInfo.Category | Should -Be 'OperationTimeout'
            $_.TargetObject.Status | Should -BeIn 'Queued', 'Processing'
        }
        $late.TargetObject.Language | Sort-Object | Should -Be @('fr', 'ja')
    }

    It 'refuses -Timeout on New-AkoolTranslation without -Wait' {
        { New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja -Timeout 60 } |
            Should -Throw -ErrorId 'Akool.TimeoutWithoutWait,AkoolPS.Commands.NewAkoolTranslationCommand'
        Get-SimulatorJournal $sim '*createbytranslate' | Should -BeNullOrEmpty
    }

    It 'waits for the jobs it creates with -Wait' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 300 }

        $done = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, fr -Wait -Timeout 120

        $done.Status | Should -Be @('Completed', 'Completed')
    }

    It 'refuses a time-out of zero' {
        { Wait-AkoolVideo -Id abc -Timeout 0 } | Should -Throw -ErrorId 'Akool.InvalidTimeout,AkoolPS.Commands.WaitAkoolVideoCommand'
    }

    It 'picks jobs up again from Export-Clixml and ConvertTo-Json' {
        $file = Join-Path $TestDrive 'jobs.xml'
        $jsonFile = Join-Path $TestDrive 'jobs.json'
        $jobs = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja, fr
        $jobs | Export-Clixml $file
        $jobs | ConvertTo-Json -Depth 4 | Set-Content $jsonFile
        $json = Get-Content $jsonFile -Raw | ConvertFrom-Json

        $fromXml = Import-Clixml $file | Wait-AkoolVideo -PollInterval 0.1
        $fromJson = $json | Get-AkoolVideo

        $fromXml.Status | Should -Be @('Completed', 'Completed')
        $fromXml.Language | Sort-Object | Should -Be @('fr', 'ja')
        $fromJson.Language | Should -Be @('ja', 'fr')
        $fromJson.Id | Should -Be $json.Id
    }
}

Describe 'Get-AkoolVoice' {
    BeforeEach { Initialize-Test }

    It 'stops at -First across languages from the pipeline' {
        $voices = Get-AkoolLanguage -Code ja, fr | Get-AkoolVoice -First 1

        @($voices).Count | Should -Be 1
    }
}

Describe 'Get-AkoolVideo' {
    BeforeEach { Initialize-Test }

    It 'reads the state of jobs by id' {
        $job = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja

        $state = Get-AkoolVideo -Id $job.Id -Kind Translation

        $state.Id | Should -Be $job.Id
        $state.Kind | Should -Be 'Translation'
        $state.Status | Should -BeIn 'Queued', 'Processing', 'Completed'
    }

    It 'never guesses the kind of a bare id whose status call several kinds share' {
        $job = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja

        Get-AkoolVideo -Id $job.Id -ErrorVariable unclear -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $unclear[0].FullyQualifiedErrorId | Should -BeLike 'Akool.KindAmbiguous,*'
        $unclear[0].Exception.Message | Should -Match 'Translation'
        $unclear[0].ErrorDetails.RecommendedAction | Should -Match '-Kind'
    }

    It 'finds the kind of a bare id that only one status call knows' {
        $job = New-AkoolImage -Prompt 'A cat asleep on a windowsill'

        (Get-AkoolVideo -Id $job.Id).Kind | Should -Be 'Image' -Because 'only image generation is read by image/infobymodelid'
    }

    It 'says Akool.1008 for a job Akool does not know' {
        Get-AkoolVideo -Id 0123456789abcdef01234567 -Kind Translation -ErrorVariable missing -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Get-AkoolVideo -Id 0123456789abcdef01234567 -ErrorVariable unknown -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $missing[0].FullyQualifiedErrorId | Should -BeLike 'Akool.1008,*'
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $unknown[0].FullyQualifiedErrorId | Should -BeLike 'Akool.JobNotFound,*'
        $unknown[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Save-AkoolVideo' {
    BeforeEach { Initialize-Test }

    BeforeAll {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 300 }
    }

    It 'refuses a job that has not finished' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 120000 }
        $job = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja

        $job | Save-AkoolVideo -Path $TestDrive -ErrorVariable notReady -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $notReady[0].FullyQualifiedErrorId | Should -BeLike 'Akool.VideoNotReady,*'
    }

    It 'refuses to replace a file without -Force, and replaces it with -Force' {
        $folder = Join-Path $TestDrive 'again'
        $done = New-AkoolTranslation -Url https://example.com/again.mp4 -Language ja | Wait-AkoolVideo -PollInterval 0.1
        $first = $done | Save-AkoolVideo -Path $folder

        { $done | Save-AkoolVideo -Path $folder -ErrorAction Stop } | Should -Throw -ErrorId 'Akool.FileExists,AkoolPS.Commands.SaveAkoolVideoCommand'
        $second = $done | Save-AkoolVideo -Path $folder -Force

        $first.FullName | Should -Be $second.FullName
        $second.Length | Should -Be 1048576
    }

    It 'refuses a path that is a file' {
        $file = New-Item (Join-Path $TestDrive 'not-a-folder.txt') -ItemType File -Force
        $done = New-AkoolTranslation -Url https://example.com/a.mp4 -Language ja | Wait-AkoolVideo -PollInterval 0.1

        { $done | Save-AkoolVideo -Path $file.FullName } | Should -Throw -ErrorId 'Akool.PathIsFile,AkoolPS.Commands.SaveAkoolVideoCommand'
    }
}
