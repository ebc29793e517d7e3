# The swaps as a user runs them: face detection, face swap, character swap and head swap, from connect
# to saved file, what is refused before any request (the journal shows none), and their webhooks.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator @('--webhook-retry-delay-ms', '100')

    function Initialize-Test([int] $JobDurationMs = 600) {
        Reset-TestSimulator $sim -JobDurationMs $JobDurationMs
        Connect-Akool -ClientId (Get-TestClientId) -ClientSecret (Get-TestApiKey) -BaseUri $sim.Uri -RetryDelay 0.05
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    function Get-ErrorId($Errors) { @($Errors | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) }

    function Test-Png([string] $Path) {
        $bytes = [IO.File]::ReadAllBytes($Path)
        ($bytes[0..7] -join ',') -eq '137,80,78,71,13,10,26,10'
    }

    function Test-Mp4([string] $Path) {
        $bytes = [IO.File]::ReadAllBytes($Path)
        [Text.Encoding]::ASCII.GetString($bytes, 4, 4) -eq 'ftyp'
    }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Every swap kind, from connect to saved file' {
    BeforeAll { Initialize-Test }

    It 'swaps faces found by Find-AkoolFace in a photo, a face in a video, a character and a head' {
        $folder = Join-Path $TestDrive 'swaps'

        $new = Find-AkoolFace https://example.com/me.jpg | Select-Object -First 1
        $map = Find-AkoolFace https://example.com/team.jpg | ForEach-Object { @{ Source = $new; Target = $_ } }
        $photo = New-AkoolFaceSwap -TargetUrl https://example.com/team.jpg -FaceMap $map -Wait -Timeout 60 | Save-AkoolVideo -Path $folder
        $video = New-AkoolFaceSwap -Face https://example.com/me.jpg -TargetUrl https://example.com/clip.mp4 -Style Beautify -Wait | Save-AkoolVideo -Path $folder
        $character = New-AkoolCharacterSwap https://example.com/robot.png https://example.com/dance.mp4 -Mode Replace -Duration 8 -Wait | Save-AkoolVideo -Path $folder
        $head = Find-AkoolHead https://example.com/meeting.mp4 | Select-Object -First 1 |
            New-AkoolHeadSwap -ImageUrl https://example.com/me.jpg -Wait | Save-AkoolVideo -Path $folder

        $photo.Name | Should -Be 'team.faceswap.png'
        Test-Png $photo.FullName | Should -BeTrue
        $video.Name | Should -Be 'clip.faceswap.mp4'
        Test-Mp4 $video.FullName | Should -BeTrue
        $character.Name | Should -Be 'dance.character-swap.mp4'
        Test-Mp4 $character.FullName | Should -BeTrue
        $head.Name | Should -Be 'meeting.headswap.mp4'
        Test-Mp4 $head.FullName | Should -BeTrue

        $sent = (Get-SimulatorJournal $sim '*faceswapPlusByImage')[0].body | ConvertFrom-Json
        $sent.single_face_mode | Should -BeFalse
        @($sent.face_mapping).Count | Should -Be @($map).Count
        $sent.face_mapping[0].source_face_info.face_url | Should -Be $new.FaceUrl.AbsoluteUri
        $sent.face_mapping[0].source_face_info.PSObject.Properties.Name | Should -Not -Contain 'bbox'
        @(Get-SimulatorJournal $sim '/api/open/v3/faceswap/result/listbyids').Count | Should -BeGreaterThan 0
        ((Get-SimulatorJournal $sim '*characterSwap/create').body | ConvertFrom-Json).mode | Should -Be 'replace'
    }
}

Describe 'Find-AkoolFace' {
    BeforeEach { Initialize-Test }

    It 'gives each face the box of its crop as corners, converted from Akool''s x, y, width, height' {
        $faces = @(Find-AkoolFace -Url https://example.com/team.jpg)
        $raw = Invoke-RestMethod -Method Post -Uri "$($sim.Uri.ToString().TrimEnd('/'))/interface/detect-api/detect_faces" -ContentType 'application/json' `
            -Headers @{ 'x-api-key' = (Get-TestApiKeyText) } -Body '{"url":"https://example.com/team.jpg","return_face_url":true}'
        $crops = @($raw.faces_obj.'0'.crop_region)

        $faces.Count | Should -Be $crops.Count
        for ($i = 0; $i -lt $faces.Count; $i++) {
            $x, $y, $w, $h = $crops[$i]
            $faces[$i].Box | Should -Be @($x, $y, ($x + $w), ($y + $h))
            $faces[$i].FaceUrl | Should -Be $raw.faces_obj.'0'.face_urls[$i]
            $faces[$i].Frame | Should -Be 0
        }
    }

    It 'reads the frames of a video, and writes nothing for an image without a face' {
        $video = @(Find-AkoolFace https://example.com/clip.mp4 -Frames 3)
        ($video.Frame | Sort-Object -Unique) | Should -Be @(0, 30, 60)
        ($video | Where-Object Frame -eq 60 | Select-Object -First 1).Time | Should -Be ([TimeSpan]::FromSeconds(2))

        Find-AkoolFace https://example.com/noface.jpg | Should -BeNullOrEmpty
    }
}

Describe 'New-AkoolFaceSwap refusals' {
    BeforeEach { Initialize-Test }

    It 'refuses a map without a target face, a whole image without a box and a bad map entry, before any request' {
        $face = Find-AkoolFace https://example.com/team.jpg | Select-Object -First 1

        { New-AkoolFaceSwap -TargetUrl https://example.com/team.jpg -FaceMap @{ Source = $face } } |
            Should -Throw -ErrorId 'Akool.TargetFaceRequired,AkoolPS.Commands.NewAkoolFaceSwapCommand'
        { New-AkoolFaceSwap -TargetUrl https://example.com/team.jpg -FaceMap @{ Source = @{ Url = 'https://example.com/me.jpg' }; Target = $face } } |
            Should -Throw -ErrorId 'Akool.BoxRequired,AkoolPS.Commands.NewAkoolFaceSwapCommand'
        { New-AkoolFaceSwap -TargetUrl https://example.com/team.jpg -FaceMap @{ Source = 42; Target = $face } } |
            Should -Throw -ErrorId 'Akool.InvalidFaceMap,AkoolPS.Commands.NewAkoolFaceSwapCommand'
        { New-AkoolFaceSwap -TargetUrl https://example.com/team.jpg } |
            Should -Throw -ErrorId 'Akool.FaceRequired,AkoolPS.Commands.NewAkoolFaceSwapCommand'

        Get-SimulatorJournal $sim '*faceswapPlusByImage' | Should -BeNullOrEmpty
    }

    It 'sends a whole image with its box, and -WhatIf sends nothing' {
        $me = Find-AkoolFace https://example.com/me-full.jpg | Select-Object -First 1
        $map = @{ Source = @{ Url = 'https://example.com/me-full.jpg'; Box = $me.Box }; Target = (Find-AkoolFace https://example.com/team.jpg)[0] }

        New-AkoolFaceSwap -TargetUrl https://example.com/team.jpg -FaceMap $map -WhatIf
        Get-SimulatorJournal $sim '*faceswapPlusByImage' | Should -BeNullOrEmpty

        $job = New-AkoolFaceSwap -TargetUrl https://example.com/team.jpg -FaceMap $map
        $job.Kind | Should -Be 'FaceSwap'
        $sent = (Get-SimulatorJournal $sim '*faceswapPlusByImage').body | ConvertFrom-Json
        $sent.face_mapping[0].source_face_info.bbox | Should -Be $me.Box
        $sent.source_url | Should -Be 'https://example.com/me-full.jpg'
    }
}

Describe 'New-AkoolCharacterSwap' {
    BeforeEach { Initialize-Test }

    It 'says the credits it would spend with -WhatIf and refuses a duration out of range' {
        $log = Join-Path $TestDrive 'whatif.txt'
        $null = Start-Transcript -Path $log
        New-AkoolCharacterSwap https://example.com/hero.png https://example.com/scene.mp4 -Resolution 1080p -Duration 12 -WhatIf
        $null = Stop-Transcript
        Get-Content $log -Raw | Should -BeLike '*What if:*for 45 credits*'
        { New-AkoolCharacterSwap https://example.com/hero.png https://example.com/scene.mp4 -Duration 121 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AkoolPS.Commands.NewAkoolCharacterSwapCommand'
        Get-SimulatorJournal $sim '*characterSwap*' | Should -BeNullOrEmpty
    }
}

Describe 'Find-AkoolHead and New-AkoolHeadSwap' {
    BeforeEach { Initialize-Test }

    It 'refuses a head swap with six mappings before any request' {
        $swap = @{}
        0..5 | ForEach-Object { $swap[$_] = 'https://example.com/me.jpg' }

        { New-AkoolHeadSwap -VideoUrl https://example.com/crowd.mp4 -Swap $swap } |
            Should -Throw -ErrorId 'Akool.TooManySwaps,AkoolPS.Commands.NewAkoolHeadSwapCommand'

        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
    }

    It 'analyses a video not yet analysed, then sends Akool''s documented defaults' {
        $job = New-AkoolHeadSwap -VideoUrl https://example.com/meeting.mp4 -Swap @{ 0 = 'https://example.com/me.jpg' } -KeepOriginalSound:$false

        $job.Kind | Should -Be 'HeadSwap'
        (Get-SimulatorJournal $sim '/api/open/v4/headswap/*' | Where-Object method -eq 'POST').path |
            Should -Be @('/api/open/v4/headswap/analyze', '/api/open/v4/headswap/task/create')
        $sent = (Get-SimulatorJournal $sim '*task/create').body | ConvertFrom-Json
        $sent.model_name, $sent.resolution, $sent.keep_original_sound | Should -Be @('akool-premium', '720p', $false)
        $sent.mappings[0].obj_id | Should -Be 0
    }

    It 'refuses a head the analysis did not find, and reports a failed head swap with Akool''s 2001' {
        $heads = @(Find-AkoolHead https://example.com/meeting.mp4)
        { New-AkoolHeadSwap -VideoUrl https://example.com/meeting.mp4 -Swap @{ 9 = 'https://example.com/me.jpg' } } |
            Should -Throw -ErrorId 'Akool.UnknownHead,AkoolPS.Commands.NewAkoolHeadSwapCommand'
        Get-SimulatorJournal $sim '*task/create' | Should -BeNullOrEmpty

        $null = Invoke-SimulatorAdmin $sim 'next-jobs' -Body @{ fail = @{ atProgress = 0 } }
        $heads[0] | New-AkoolHeadSwap -ImageUrl https://example.com/me.jpg -Wait -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Get-ErrorId $failed | Should -Be @('Akool.VideoFailed')
        $failed[0].TargetObject.ErrorCode | Should -Be 2001
    }

    It 'stops waiting for an analysis at -Timeout' {
        $null = Invoke-SimulatorAdmin $sim 'next-jobs' -Body @{ durationMs = 600000 }

        Find-AkoolHead https://example.com/slow.mp4 -Timeout 2 -ErrorVariable slow -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        Get-ErrorId $slow | Should -Be @('Akool.HeadAnalysisTimedOut')
    }
}

Describe 'Swap webhooks' {
    BeforeEach { Initialize-Test -JobDurationMs 200 }

    It 'reads a face swap notice as a FaceSwap event' {
        $probe = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
        $listener = [Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/akool/")
        $listener.Start()
        try {
            $job = New-AkoolFaceSwap -Face https://example.com/me.jpg -TargetUrl https://example.com/team.jpg -WebhookUrl "http://127.0.0.1:$port/akool/"
            $pending = $listener.GetContextAsync()
            $pending.Wait([TimeSpan]::FromSeconds(30)) | Should -BeTrue
            $context = $pending.Result
            $body = [IO.StreamReader]::new($context.Request.InputStream).ReadToEnd()
            $context.Response.StatusCode = 200
            $context.Response.Close()
        } finally {
            $listener.Stop()
        }

        $event = $body | ConvertFrom-AkoolWebhook -ClientId (Get-TestClientId) -ClientSecret (Get-TestApiKey) -MaxAge 600
        $event.Kind | Should -Be 'FaceSwap'
        $event.Id | Should -Be $job.Id
    }
}
