# Talking avatars and content moderation as a user runs them: Get-AkoolAvatar, New-AkoolTalkingAvatar and
# Test-AkoolContent against the simulator, checking objects, error ids, saved files and what was sent.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator

    function Initialize-Test([int] $JobDurationMs = 600) {
        Reset-TestSimulator $sim -JobDurationMs $JobDurationMs
        Connect-TestSimulator $sim
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    function Get-SentBody([string] $PathLike) {
        @(Get-SimulatorJournal $sim $PathLike | Where-Object method -EQ 'POST' | ForEach-Object { $_.body | ConvertFrom-Json })
    }

    function Get-ErrorId($Record) { $Record.FullyQualifiedErrorId.Split(',')[0] }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Get-AkoolAvatar' {
    BeforeEach { Initialize-Test }

    It 'streams every page lazily: -First 3 costs one request, the whole list three' {
        $first = Get-AkoolAvatar -First 3
        $firstRequests = @(Get-SimulatorJournal $sim '/api/open/v3/avatar/list').Count
        $all = Get-AkoolAvatar

        $first.Count | Should -Be 3
        $first[0] | Should -BeOfType AkoolPS.AkoolAvatar
        $firstRequests | Should -Be 1
        $all.Count | Should -Be 250
        @($all.AvatarId | Select-Object -Unique).Count | Should -Be 250
        @(Get-SimulatorJournal $sim '/api/open/v3/avatar/list').Count | Should -Be 4
        $all[0].PreviewUrl | Should -Not -BeNullOrEmpty
        $all[0].Source | Should -Be 'Official'
    }

    It 'filters by type and source at Akool, by name here, and pages with -Skip' {
        $streaming = Get-AkoolAvatar -Type Streaming
        $uploads = Get-AkoolAvatar -Source Uploaded -Name 'my AVATAR 1*'
        $skipped = Get-AkoolAvatar -Skip 2 -First 1
        $queries = @(Get-SimulatorJournal $sim '/api/open/v3/avatar/list').query

        $streaming.Type | Select-Object -Unique | Should -Be 'Streaming'
        $queries[0] | Should -Match 'type=2'
        $uploads.Name | Should -Be @('My avatar 1', 'My avatar 10', 'My avatar 11', 'My avatar 12', 'My avatar 13', 'My avatar 14', 'My avatar 15', 'My avatar 16', 'My avatar 17', 'My avatar 18', 'My avatar 19')
        $uploads.Source | Select-Object -Unique | Should -Be 'Uploaded'
        $skipped.AvatarId | Should -Be (Get-AkoolAvatar -First 3)[2].AvatarId
    }
}

Describe 'New-AkoolTalkingAvatar' {
    BeforeEach { Initialize-Test }

    It 'makes a talking avatar from connect to saved file' {
        $folder = Join-Path $TestDrive 'avatar'
        Disconnect-Akool
        Connect-TestSimulator $sim

        $file = Get-AkoolAvatar -Type Talking -Source Official -First 1 |
            New-AkoolTalkingAvatar -AudioUrl https://example.com/welcome.mp3 -BackgroundUrl https://example.com/office.png -Wait |
            Save-AkoolVideo -Path $folder

        $file.Name | Should -BeLike '*.talking-avatar.mp4'
        $file.Length | Should -BeGreaterThan 0
        $body = Get-SentBody '*/talkingavatar/create'
        $body.Count | Should -Be 1
        ($body[0].width, $body[0].height, $body[0].avatar_from) | Should -Be @(3840, 2160, 2)
        $body[0].elements.type | Should -Be @('image', 'avatar', 'audio')
        $body[0].elements[1].avatar_id | Should -Be (Get-AkoolAvatar -First 1).AvatarId
        $body[0].elements[2].url | Should -Be 'https://example.com/welcome.mp3'
    }

    It 'speaks a text in a voice, for an avatar named by id (looked up) or by URL' {
        $voice = [pscustomobject]@{ VoiceId = '6889b628662160e2caad5dbc'; Name = 'Aria' }
        $official = (Get-AkoolAvatar -Source Official -First 1).AvatarId

        $byId = New-AkoolTalkingAvatar -Avatar $official -Text 'Hello there.' -Voice $voice
        $byUrl = New-AkoolTalkingAvatar https://example.com/me.mp4 -Text 'Hi.' -Voice 6889b628662160e2caad5dbc -Background '#102030'

        ($byId.Kind, $byUrl.Kind) | Should -Be @('TalkingAvatar', 'TalkingAvatar')
        $sent = Get-SentBody '*/talkingavatar/create'
        $sent[0].avatar_from | Should -Be 2
        $sent[0].elements[1].input_text | Should -Be 'Hello there.'
        $sent[0].elements[1].voice_id | Should -Be '6889b628662160e2caad5dbc'
        $sent[1].avatar_from | Should -Be 3
        $sent[1].elements[0].url | Should -Be '#102030'
        $sent[1].elements[1].url | Should -Be 'https://example.com/me.mp4'
    }

    It 'refuses an unknown avatar id, an unsupported avatar file and too long a text before any create' {
        New-AkoolTalkingAvatar -Avatar No_Such_Avatar -AudioUrl https://example.com/a.mp3 -ErrorVariable missing -ErrorAction SilentlyContinue
        { New-AkoolTalkingAvatar -Avatar https://example.com/me.gif -AudioUrl https://example.com/a.mp3 } | Should -Throw -ErrorId 'Akool.UnsupportedMedia*'
        { New-AkoolTalkingAvatar -Avatar https://example.com/me.png -Text ('a' * 50001) -Voice v1 } | Should -Throw -ErrorId 'Akool.TextTooLong*'

        Get-ErrorId $missing[0] | Should -Be 'Akool.AvatarNotFound'
        $missing[0].Exception.Message | Should -Match 'Get-AkoolAvatar'
        @(Get-SimulatorJournal $sim '*/talkingavatar/create').Count | Should -Be 0
    }

    It 'takes its audio from a finished job piped in, and says to wait for an unfinished one' {
        $avatar = Get-AkoolAvatar -Source Official -First 1
        $finished = [pscustomobject]@{ Kind = 'Speech'; Status = 'Completed'; AudioUrl = 'https://example.com/speech.mp3' }
        $running = [pscustomobject]@{ Kind = 'Speech'; Status = 'Processing'; AudioUrl = $null }

        $made = $finished, $running | New-AkoolTalkingAvatar -Avatar $avatar -ErrorVariable notReady -ErrorAction SilentlyContinue

        @($made).Count | Should -Be 1
        (Get-SentBody '*/talkingavatar/create')[0].elements[1].url | Should -Be 'https://example.com/speech.mp3'
        $notReady.Count | Should -Be 1
        $notReady[0].Exception.Message | Should -Match 'Add -Wait'
        $notReady[0].Exception.Message | Should -Match 'Wait-AkoolVideo'
    }

    It 'sends nothing with -WhatIf' {
        New-AkoolTalkingAvatar https://example.com/me.png -AudioUrl https://example.com/a.mp3 -WhatIf

        @(Get-SimulatorJournal $sim '*/talkingavatar/create').Count | Should -Be 0
    }
}

Describe 'Test-AkoolContent' {
    BeforeEach { Initialize-Test -JobDurationMs 300 }

    It 'gates publishing in a script: a compliant text passes, a non-compliant one is held back with reasons' {
        $published = [Collections.Generic.List[string]]::new()
        $held = [Collections.Generic.List[object]]::new()
        foreach ($script in 'Welcome to our spring sale.', 'A story full of violence.') {
            $verdict = Test-AkoolContent -Text $script -Language en
            if ($verdict.Conclusion -ne 'Compliant') { $held.Add($verdict) } else { $published.Add($script) }
        }

        $published | Should -Be @('Welcome to our spring sale.')
        $held.Count | Should -Be 1
        $held[0] | Should -BeOfType AkoolPS.AkoolModeration
        $held[0].Conclusion | Should -Be 'NonCompliant'
        $held[0].Reasons[0] | Should -Match 'violence'
        $held[0].ContentType | Should -Be 'Text'
        $sent = Get-SentBody '*/analysis/sentiment'
        ($sent.type | Select-Object -Unique), ($sent.language | Select-Object -Unique) | Should -Be @(4, 'en')
    }

    It 'follows the simulator''s configured words, and reports Unknown as not cleared' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ moderationBlockedWords = @('pineapple'); moderationUnclearWords = @('maybe') }

        $image = Test-AkoolContent -ImageUrl https://example.com/pineapple.png -Prompt 'look for fruit'
        $unclear = Test-AkoolContent -Text 'maybe so'
        $audio = Test-AkoolContent -AudioUrl https://example.com/talk.mp3

        ($image.Conclusion, $unclear.Conclusion, $audio.Conclusion) | Should -Be @('NonCompliant', 'Unknown', 'Compliant')
        $unclear.IsCompliant | Should -BeFalse
        $sent = Get-SentBody '*/analysis/sentiment'
        $sent.type | Should -Be @(1, 4, 3)
        $sent[0].input | Should -Be 'look for fruit'
    }

    It 'writes the job with -NoWait; Wait-AkoolVideo then reads its verdict as its result' {
        $job = Test-AkoolContent -Text 'hate speech' -NoWait
        $done = $job | Wait-AkoolVideo -Timeout 30

        $job | Should -BeOfType AkoolPS.AkoolVideo
        $job.Kind | Should -Be 'Moderation'
        $job.Media | Should -Be 'None'
        $done.Status | Should -Be 'Completed'
        $done.Result | Should -Be 'NonCompliant'
        @(Get-SimulatorJournal $sim '/api/open/v3/content/analysis/infobyid').Count | Should -BeGreaterThan 0
    }

    It 'reports a failed analysis as an error, so a gate holds the content back' {
        $null = Invoke-SimulatorAdmin $sim 'next-jobs' -Body @{ count = 1; fail = @{ errorCode = 1015 } }

        $verdict = Test-AkoolContent -Text 'fine words' -ErrorVariable failed -ErrorAction SilentlyContinue

        $verdict | Should -BeNullOrEmpty
        Get-ErrorId $failed[0] | Should -Be 'Akool.VideoFailed'
        ($verdict.Conclusion -ne 'Compliant') | Should -BeTrue
    }

    It 'spends nothing with -WhatIf and refuses bad input before any request' {
        Test-AkoolContent -Text 'hello' -WhatIf
        { Test-AkoolContent -Text 'hello' -Language english } | Should -Throw -ErrorId 'Akool.InvalidLanguage*'
        { Test-AkoolContent -VideoUrl file:///etc/passwd } | Should -Throw -ErrorId 'Akool.InvalidUrl*'

        @(Get-SimulatorJournal $sim '*/analysis/sentiment').Count | Should -Be 0
    }
}
