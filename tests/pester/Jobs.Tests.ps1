# Every job kind as a user runs it, the credit, webhooks end to end, and the voice list's paging.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator @('--webhook-retry-delay-ms', '100')

    function Initialize-Test([int] $JobDurationMs = 600) {
        Reset-TestSimulator $sim -JobDurationMs $JobDurationMs
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ webhookRetryDelayMs = 100 }
        Connect-Akool -ClientId (Get-TestClientId) -ClientSecret (Get-TestApiKey) -BaseUri $sim.Uri -RetryDelay 0.05
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    function Start-WebhookReceiver {
        # A tiny HTTP endpoint on a free loopback port that keeps the bodies posted to it.
        $probe = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
        $listener = [Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/akool/")
        $listener.Start()
        [pscustomobject]@{ Listener = $listener; Url = "http://127.0.0.1:$port/akool/" }
    }

    function Receive-Webhook($Receiver, [int] $Count, [int] $TimeoutSec = 30) {
        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
        for ($i = 0; $i -lt $Count -and [DateTime]::UtcNow -lt $deadline; $i++) {
            $pending = $Receiver.Listener.GetContextAsync()
            if (-not $pending.Wait([TimeSpan]::FromSeconds($TimeoutSec))) { break }
            $context = $pending.Result
            $reader = [IO.StreamReader]::new($context.Request.InputStream)
            $reader.ReadToEnd()
            $context.Response.StatusCode = 200
            $context.Response.Close()
        }
    }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Every job kind, from connect to saved file' {
    BeforeAll { Initialize-Test }

    It 'translates, makes a talking photo, a lip sync, an image video and adds sound to it' {
        $folder = Join-Path $TestDrive 'every-kind'

        $translated = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language fr -Wait -Timeout 120 | Save-AkoolVideo -Path $folder
        $photo = New-AkoolTalkingPhoto -PhotoUrl https://example.com/anna.jpg -AudioUrl https://example.com/hello.mp3 -Wait | Save-AkoolVideo -Path $folder
        $synced = New-AkoolLipSync -VideoUrl https://example.com/talk.mp4 -AudioUrl https://example.com/dub.wav -Wait | Save-AkoolVideo -Path $folder
        $image = New-AkoolImageToVideo -ImageUrl https://example.com/cat.png -Prompt 'the cat turns its head' -Wait
        $withSound = $image | Add-AkoolVideoAudio -GenerateAudio -Wait | Save-AkoolVideo -Path $folder
        $silent = $image | Save-AkoolVideo -Path $folder

        ($translated, $photo, $synced, $silent, $withSound).Name | Should -Be @(
            'talk.fr.mp4', 'anna.talking-photo.mp4', 'talk.lipsync.mp4', 'cat.video.mp4', 'cat.video-with-audio.mp4')
        Get-ChildItem $folder | ForEach-Object { $_.Length | Should -BeGreaterThan 0 }
        $image.Kind | Should -Be 'ImageToVideo'
        @(Get-SimulatorJournal $sim '/api/open/v4/image2Video/resultsByIds').Count | Should -BeGreaterThan 0
    }
}

Describe 'New-AkoolTalkingPhoto, New-AkoolLipSync, New-AkoolImageToVideo' {
    BeforeEach { Initialize-Test }

    It 'send what they are given' {
        $null = New-AkoolTalkingPhoto https://example.com/anna.jpg https://example.com/hello.mp3 -Prompt 'wave' -Resolution 1080 -WebhookUrl https://hooks.example.com/a
        $null = New-AkoolLipSync https://example.com/talk.mp4 https://example.com/dub.wav
        $null = New-AkoolImageToVideo https://example.com/cat.png 'turn' -NegativePrompt 'blur' -Resolution 4K -Length 10 -AudioUrl https://example.com/purr.mp3 -PremiumModel -ExtendPrompt

        $photo = (Get-SimulatorJournal $sim '*createbytalkingphoto').body | ConvertFrom-Json
        $photo.talking_photo_url | Should -Be 'https://example.com/anna.jpg'
        $photo.prompt | Should -Be 'wave'
        $photo.resolution | Should -Be '1080'
        $photo.webhookUrl | Should -Be 'https://hooks.example.com/a'
        ((Get-SimulatorJournal $sim '*/lipsync').body | ConvertFrom-Json).video_url | Should -Be 'https://example.com/talk.mp4'
        $image = (Get-SimulatorJournal $sim '*createBySourcePrompt').body | ConvertFrom-Json
        $image.resolution | Should -Be '4k'
        $image.video_length | Should -Be 10
        $image.audio_type | Should -Be 2
        $image.is_premium_model | Should -BeTrue
        $image.extend_prompt | Should -BeTrue
    }

    It 'take rows from Import-Csv, and a bad row is an error for that row alone' {
        $csv = Join-Path $TestDrive 'photos.csv'
        @(
            [pscustomobject]@{ PhotoUrl = 'https://example.com/a.jpg'; AudioUrl = 'https://example.com/a.mp3'; Prompt = '' }
            [pscustomobject]@{ PhotoUrl = 'ftp://example.com/b.jpg'; AudioUrl = 'https://example.com/b.mp3'; Prompt = 'wave' }
            [pscustomobject]@{ PhotoUrl = 'https://example.com/c.jpg'; AudioUrl = 'https://example.com/c.mp3'; Prompt = 'nod' }
        ) | Export-Csv $csv

        $jobs = Import-Csv $csv | New-AkoolTalkingPhoto -ErrorVariable bad -ErrorAction SilentlyContinue

        # Piped creates run concurrently and each job is written as its create returns: in any order.
        @($jobs.SourceUrl | Sort-Object) | Should -Be @('https://example.com/a.jpg', 'https://example.com/c.jpg')
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'Akool.InvalidUrl,*'
        @(Get-SimulatorJournal $sim '*createbytalkingphoto').Count | Should -Be 2
    }

    It 'refuse an image video without a prompt or an effect, before any request' {
        { New-AkoolImageToVideo -ImageUrl https://example.com/cat.png } | Should -Throw -ErrorId 'Akool.PromptRequired,AkoolPS.Commands.NewAkoolImageToVideoCommand'
        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
    }

    It 'send nothing with -WhatIf' {
        New-AkoolTalkingPhoto https://example.com/a.jpg https://example.com/a.mp3 -WhatIf
        New-AkoolLipSync https://example.com/a.mp4 https://example.com/a.mp3 -WhatIf
        New-AkoolImageToVideo https://example.com/a.png 'turn' -WhatIf

        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
    }
}

Describe 'Add-AkoolVideoAudio' {
    BeforeEach { Initialize-Test }

    It 'refuses a job known not to be completed, or of another kind, without a request' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 600000 }
        $running = New-AkoolImageToVideo https://example.com/cat.png 'turn'
        $translation = New-AkoolTranslation https://example.com/a.mp4 fr
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE

        $running, $translation | Add-AkoolVideoAudio -GenerateAudio -ErrorVariable refused -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $running | Select-Object Id, Kind, Status | Add-AkoolVideoAudio -GenerateAudio -ErrorVariable +refused -ErrorAction SilentlyContinue

        $refused.FullyQualifiedErrorId | ForEach-Object { $_.Split(',')[0] } | Should -Be @('Akool.SourceNotCompleted', 'Akool.NotImageToVideo', 'Akool.SourceNotCompleted')
        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
    }

    It 'makes a new job tracked by its own id' {
        $image = New-AkoolImageToVideo https://example.com/cat.png 'turn' -Wait

        $added = $image | Add-AkoolVideoAudio -AudioUrl https://example.com/purr.mp3

        $added.Id | Should -Not -Be $image.Id
        $added.Kind | Should -Be 'ImageToVideo'
        ((Get-SimulatorJournal $sim '*updateVideoAudio').body | ConvertFrom-Json).pre_video_id | Should -Be $image.Id
    }
}

Describe 'Get-AkoolCredit' {
    BeforeEach { Initialize-Test }

    It 'shows the credit going down as jobs are made' {
        $before = Get-AkoolCredit
        $null = New-AkoolImageToVideo https://example.com/cat.png 'turn' -Resolution 1080p

        $after = Get-AkoolCredit

        $before.GetType().FullName | Should -Be 'AkoolPS.AkoolCredit'
        $before.Credit - $after.Credit | Should -Be 25
    }

    It 'is Akool.1104 on a create the credit cannot pay for, and nothing is made' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ credit = 10 }

        New-AkoolImageToVideo https://example.com/cat.png 'turn' -ErrorVariable poor -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $poor[0].FullyQualifiedErrorId | Should -BeLike 'Akool.1104,*'
        $poor[0].CategoryInfo.Category | Should -Be 'QuotaExceeded'
        @(Get-SimulatorJobs $sim).Count | Should -Be 0
    }
}

Describe 'Webhooks' {
    BeforeEach { Initialize-Test }

    It 'turns the simulator''s callback, received by a listener, into an event of the job' {
        $receiver = Start-WebhookReceiver
        try {
            $job = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language fr -WebhookUrl $receiver.Url

            $bodies = @(Receive-Webhook $receiver -Count 2)
        } finally {
            $receiver.Listener.Stop()
        }

        $events = $bodies | ConvertFrom-AkoolWebhook -MaxAge 600
        $events.Id | Should -Be @($job.Id, $job.Id)
        $events.Status | Should -Be @('Processing', 'Completed')
        $events[1].Kind | Should -Be 'Translation'
        $events[1].Type | Should -Be 'video translate'
        $events[1].Url | Should -Not -BeNullOrEmpty
        ($events[1] | Get-AkoolVideo).VideoUrl | Should -Be $events[1].Url
    }

    It 'checks a body a host already parsed into a hashtable, as Azure Functions hands it over' -Tag 'Pwsh7' {
        $receiver = Start-WebhookReceiver
        try {
            $null = New-AkoolLipSync https://example.com/talk.mp4 https://example.com/dub.wav -WebhookUrl $receiver.Url
            $body = @(Receive-Webhook $receiver -Count 1)[0]
        } finally {
            $receiver.Listener.Stop()
        }

        $event = $body | ConvertFrom-Json -AsHashtable | ConvertFrom-AkoolWebhook

        $event.Type | Should -Be 'lipsync'
        $event.Kind | Should -Be 'LipSync'
    }

    It 'refuses a changed body, a wrong secret and a body of another shape, each with its own id' {
        $receiver = Start-WebhookReceiver
        try {
            $null = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language fr -WebhookUrl $receiver.Url
            $body = @(Receive-Webhook $receiver -Count 1)[0]
        } finally {
            $receiver.Listener.Stop()
        }
        $changed = $body -replace '"nonce":"(\d)', '"nonce":"9$1'
        $wrongSecret = ConvertTo-SecureString 'another-secret-key-00001' -AsPlainText -Force

        $changed, '{"hello":"world"}' | ConvertFrom-AkoolWebhook -ErrorVariable refused -ErrorAction SilentlyContinue
        $body | ConvertFrom-AkoolWebhook -ClientId (Get-TestClientId) -ClientSecret $wrongSecret -ErrorVariable +refused -ErrorAction SilentlyContinue

        $refused.FullyQualifiedErrorId | ForEach-Object { $_.Split(',')[0] } |
            Should -Be @('Akool.WebhookSignatureInvalid', 'Akool.WebhookInvalidBody', 'Akool.WebhookDecryptionFailed')
        ($refused | Out-String) | Should -Not -Match 'Padding|CryptographicException'
    }

    It 'needs the client id with an API-key session, and says so' {
        Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri

        { '{}' | ConvertFrom-AkoolWebhook } | Should -Throw -ErrorId 'Akool.WebhookNoCredential,AkoolPS.Commands.ConvertFromAkoolWebhookCommand'
    }
}

Describe 'Get-AkoolVoice paging' {
    BeforeAll {
        Initialize-Test
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ voiceCount = 1050 }
    }

    BeforeEach { $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE }

    It 'makes exactly one request for -First 5' {
        $voices = Get-AkoolVoice -First 5

        $voices.Count | Should -Be 5
        @(Get-SimulatorJournal $sim '/api/open/v4/voice/list').Count | Should -Be 1
    }

    It 'streams all 1,050 voices in 11 pages, each voice once' {
        $voices = Get-AkoolVoice

        $voices.Count | Should -Be 1050
        ($voices.VoiceId | Sort-Object -Unique).Count | Should -Be 1050
        $pages = @(Get-SimulatorJournal $sim '/api/open/v4/voice/list')
        $pages.Count | Should -Be 11
        $pages.query | Should -Contain 'type=2&page=11&size=100'
    }

    It 'skips and counts with -Skip and -IncludeTotalCount' {
        $all = Get-AkoolVoice -First 3
        $page = Get-AkoolVoice -Skip 1 -First 2 -IncludeTotalCount

        $page[0] | Should -Be 1050
        $page[1..2].VoiceId | Should -Be $all[1..2].VoiceId
    }

    It 'has every documented field on each voice' {
        $voice = Get-AkoolVoice -First 1

        foreach ($name in 'VoiceId', 'Id', 'Name', 'Type', 'Gender', 'Language', 'Locale', 'Model', 'Styles', 'Ages', 'Scenarios', 'PreviewUrl', 'SupportsStreaming', 'Status', 'Duration', 'CreatedAt') {
            $voice.$name | Should -Not -BeNullOrEmpty -Because "$name is documented"
        }
        $voice.Duration | Should -BeOfType [TimeSpan]
        $voice.Status | Should -Be 'Completed'
    }
}
