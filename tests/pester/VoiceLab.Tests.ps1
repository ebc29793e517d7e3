# VoiceLab as a user runs it: Get-AkoolVoice, New-AkoolVoiceClone, New-AkoolSpeech, New-AkoolVoiceChange,
# Remove-AkoolVoice, and speech piped into New-AkoolLipSync and New-AkoolTalkingPhoto; DESIGN.md's second example.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator

    function Initialize-Test([int] $JobDurationMs = 300) {
        Reset-TestSimulator $sim -JobDurationMs $JobDurationMs
        Connect-TestSimulator $sim
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    function Get-Sent([string] $Path) {
        @(Get-SimulatorJournal $sim $Path | Where-Object method -EQ 'POST' | ForEach-Object { $_.body | ConvertFrom-Json })
    }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe "DESIGN.md's second example" {
    BeforeAll { Initialize-Test }

    It 'reads a script in a cloned voice, lip-syncs it onto a presenter video and saves it, exactly as written' {
        Push-Location $TestDrive
        try {
            Set-Content ./script.txt "Hello, I am the presenter.`nThis is read in my own voice."

            # --- the example, unchanged ---
            $me = New-AkoolVoiceClone -SourceUrl https://example.com/me.mp3 -Name Me -Wait
            New-AkoolSpeech -Text (Get-Content ./script.txt -Raw) -Voice $me -Wait |
                New-AkoolLipSync -VideoUrl https://example.com/presenter.mp4 -Wait |
                Save-AkoolVideo -Path ./out
            # ---

            $saved = @(Get-ChildItem ./out)
        } finally {
            Pop-Location
        }

        $me.Kind | Should -Be 'VoiceClone'
        $me.Status | Should -Be 'Completed'
        $me.VoiceId | Should -Not -BeNullOrEmpty
        $saved.Count | Should -Be 1
        $saved[0].Name | Should -BeLike 'presenter*.mp4'
        $saved[0].Length | Should -BeGreaterThan 0

        # The clone's voice_id, as Akool reports it, is what the speech was made with.
        $detail = Invoke-RestMethod -Uri "$(([string]$sim.Uri).TrimEnd('/'))/api/open/v4/voice/detail/$($me.Id)" -Headers @{ 'x-api-key' = Get-TestApiKeyText }
        $tts = Get-Sent '/api/open/v4/voice/tts'
        $tts.Count | Should -Be 1
        $tts[0].voice_id | Should -Be $detail.data.voice_id
        $tts[0].voice_id | Should -Be $me.VoiceId
        $tts[0].input_text | Should -Match 'presenter'
        $lipsync = Get-Sent '/api/open/v3/content/video/lipsync'
        $lipsync.Count | Should -Be 1
        $lipsync[0].audio_url | Should -BeLike '*/speech.mp3'
    }
}

Describe 'Get-AkoolVoice' {
    BeforeAll { Initialize-Test }

    It 'lists Akool voices by default as AkoolVoice objects, one page per request as the pipeline asks' {
        $voices = Get-AkoolVoice -PageSize 5 | Select-Object -First 3

        $voices.Count | Should -Be 3
        $voices[0].GetType().FullName | Should -Be 'AkoolPS.AkoolVoice'
        $voices | ForEach-Object { $_.Type | Should -Be 'Akool'; $_.VoiceId | Should -Not -BeNullOrEmpty; $_.Model | Should -BeLike 'Akool Multilingual *' }
        $pages = @(Get-SimulatorJournal $sim '/api/open/v4/voice/list')
        $pages.Count | Should -Be 1
        $pages[0].query | Should -Match 'type=2'
        @(Get-SimulatorJournal $sim '/api/open/v4/voice/videoTranslation').Count | Should -Be 0
    }

    It 'sends -Name, -Gender, -Age, -Style and -Scenario as Akool''s comma lists and matches -Language on locale or name' {
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
        $female = Get-AkoolVoice -Gender Female -Style Calm, Cheerful -Age Young, Middle -Scenario Advertisement, Education -Name a
        $polish = Get-AkoolVoice -Language pl
        $byName = Get-AkoolVoice -Language Polish

        $query = (Get-SimulatorJournal $sim '/api/open/v4/voice/list')[0].query
        [uri]::UnescapeDataString($query) | Should -Match 'gender=Female'
        [uri]::UnescapeDataString($query) | Should -Match 'style=Calm,Cheerful'
        [uri]::UnescapeDataString($query) | Should -Match 'age=Young,Middle'
        [uri]::UnescapeDataString($query) | Should -Match 'scenario=Advertisement,Education'
        [uri]::UnescapeDataString($query) | Should -Match 'name=a'
        $female | ForEach-Object { $_.Gender | Should -Be 'Female' }
        $polish.Count | Should -BeGreaterThan 0
        $polish | ForEach-Object { $_.Locale | Should -Be 'pl' }
        $byName.VoiceId | Should -Be $polish.VoiceId
    }

    It 'pages with -Skip, -First and -IncludeTotalCount' {
        $all = Get-AkoolVoice -First 3 -PageSize 2
        $page = Get-AkoolVoice -Skip 1 -First 2 -IncludeTotalCount -PageSize 2

        $page[0] | Should -Be 56
        $page[1..2].VoiceId | Should -Be $all[1..2].VoiceId
    }

    It 'lists your clones with -Type Clone, a running clone without a voice id, and both kinds with -Type All' {
        $clone = New-AkoolVoiceClone -SourceUrl https://example.com/anna.wav -Name Anna -Gender Female -Language de
        $running = Get-AkoolVoice -Type Clone
        $all = Get-AkoolVoice -Type All -First 2

        $running.Count | Should -Be 1
        $running.Type | Should -Be 'Clone'
        $running.Id | Should -Be $clone.Id
        $running.Status | Should -BeIn 'Queued', 'Processing'
        $running.VoiceId | Should -BeNullOrEmpty
        $all[0].Type | Should -Be 'Clone'
        $all[1].Type | Should -Be 'Akool'
    }
}

Describe 'New-AkoolSpeech' {
    BeforeEach { Initialize-Test }

    It 'makes one audio job per piped text, waits, and saves it as an mp3' {
        $voice = Get-AkoolVoice -First 1
        $jobs = 'First line.', 'Second line.' | New-AkoolSpeech -Voice $voice -Wait

        $jobs.Count | Should -Be 2
        $jobs | ForEach-Object { $_.Kind | Should -Be 'Speech'; $_.Media | Should -Be 'Audio'; $_.AudioUrl | Should -Not -BeNullOrEmpty; $_.VideoUrl | Should -BeNullOrEmpty }
        (Get-Sent '/api/open/v4/voice/tts').voice_id | Should -Be @($voice.VoiceId, $voice.VoiceId)
        $file = $jobs[0] | Save-AkoolVideo -Path (Join-Path $TestDrive 'speech')
        $file.Extension | Should -Be '.mp3'
        [IO.File]::ReadAllBytes($file.FullName)[0..2] | Should -Be ([byte[]][char[]]'ID3')
    }

    It 'sends the voice options, the language, the format and -Option as Akool names them' {
        $null = New-AkoolSpeech -Text 'Olá' -Voice akool-voice-00000001 -Language pt -Speed 0.8 -Volume 70 -Emotion happy -Stability 0.5 -SimilarityBoost 0.25 -StyleStrength 1 -Format wav -Option @{ speaker_boost = $true; previous_text = 'Oi.' }

        $body = (Get-Sent '/api/open/v4/voice/tts')[0]
        $body.voice_id | Should -Be 'akool-voice-00000001'
        $body.language_code | Should -Be 'pt'
        $body.voice_options.speed | Should -Be 0.8
        $body.voice_options.volume | Should -Be 70
        $body.voice_options.emotion | Should -Be 'happy'
        $body.voice_options.stability | Should -Be 0.5
        $body.voice_options.similarity_boost | Should -Be 0.25
        $body.voice_options.style | Should -Be 1
        $body.voice_options.speaker_boost | Should -BeTrue
        $body.extra_options.previous_text | Should -Be 'Oi.'
        $body.extra_options.audio_setting.format | Should -Be 'wav'
    }

    It 'refuses <Case> before any request' -TestCases @(
        @{ Case = 'an empty text'; Arguments = @{ Text = '' }; Id = 'Akool.TextRequired' }
        @{ Case = 'a text over 50,000 characters'; Arguments = @{ Text = 'a' * 50001 }; Id = 'Akool.TextTooLong' }
        @{ Case = 'a speed out of range'; Arguments = @{ Text = 'hi'; Speed = 1.5 }; Id = 'ParameterArgumentValidationError' }
        @{ Case = 'a volume out of range'; Arguments = @{ Text = 'hi'; Volume = 101 }; Id = 'ParameterArgumentValidationError' }
        @{ Case = 'a stability out of range'; Arguments = @{ Text = 'hi'; Stability = 1.1 }; Id = 'ParameterArgumentValidationError' }
        @{ Case = 'a language that is not ISO 639-1'; Arguments = @{ Text = 'hi'; Language = 'Portuguese' }; Id = 'Akool.InvalidLanguage' }
        @{ Case = 'an option that has its own parameter'; Arguments = @{ Text = 'hi'; Option = @{ speed = 1 } }; Id = 'Akool.InvalidOption' }
    ) {
        param($Arguments, $Id)
        { New-AkoolSpeech -Voice akool-voice-00000001 @Arguments -ErrorAction Stop } | Should -Throw -ErrorId "$Id*"
        @(Get-SimulatorJournal $sim '/api/open/v4/voice/*').Count | Should -Be 0
    }

    It 'refuses a voice clone that has not finished, saying to wait, before any speech request' {
        $clone = New-AkoolVoiceClone -SourceUrl https://example.com/me.mp3 -Name Me

        $thrown = { New-AkoolSpeech -Text 'hi' -Voice $clone -ErrorAction Stop } | Should -Throw -PassThru
        $thrown.Exception.Message | Should -Match 'Add -Wait to New-AkoolVoiceClone, or pipe the clone job through Wait-AkoolVideo'
        @(Get-SimulatorJournal $sim '/api/open/v4/voice/tts').Count | Should -Be 0
    }

    It 'takes a finished clone piped in as its voice' {
        $job = New-AkoolVoiceClone -SourceUrl https://example.com/me.mp3 -Wait | New-AkoolSpeech -Text 'Piped voice.'

        $job.Kind | Should -Be 'Speech'
        (Get-Sent '/api/open/v4/voice/tts')[0].voice_id | Should -HaveCount 1
        (Get-Sent '/api/open/v4/voice/tts')[0].voice_id.Length | Should -Be 64
    }
}

Describe 'Speech piped into New-AkoolLipSync and New-AkoolTalkingPhoto' {
    BeforeEach { Initialize-Test }

    It 'gives the finished audio to a talking photo' {
        $photo = New-AkoolSpeech -Text 'Hi there.' -Voice akool-voice-00000002 -Wait | New-AkoolTalkingPhoto -PhotoUrl https://example.com/anna.jpg

        $photo.Kind | Should -Be 'TalkingPhoto'
        (Get-Sent '/api/open/v3/content/video/createbytalkingphoto')[0].audio_url | Should -BeLike '*/speech.mp3'
    }

    It 'reports a speech job that has not finished as an error per job that says how to wait, for <Cmdlet>' -TestCases @(
        @{ Cmdlet = 'New-AkoolLipSync'; Arguments = @{ VideoUrl = 'https://example.com/presenter.mp4' } }
        @{ Cmdlet = 'New-AkoolTalkingPhoto'; Arguments = @{ PhotoUrl = 'https://example.com/anna.jpg' } }
    ) {
        param($Cmdlet, $Arguments)
        $speech = New-AkoolSpeech -Text 'Not yet.' -Voice akool-voice-00000002
        $done = New-AkoolSpeech -Text 'Done.' -Voice akool-voice-00000002 -Wait
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE

        $made = $speech, $done | & $Cmdlet @Arguments -ErrorAction Continue 2>&1
        $errors = @($made | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        $jobs = @($made | Where-Object { $_ -isnot [Management.Automation.ErrorRecord] })

        $errors.Count | Should -Be 1
        $errors[0].Exception.Message | Should -Match 'Add -Wait to New-AkoolSpeech'
        $errors[0].Exception.Message | Should -Match 'Wait-AkoolVideo'
        $jobs.Count | Should -Be 1
        @(Get-SimulatorJournal $sim '/api/open/v3/content/video/*' | Where-Object method -EQ 'POST').Count | Should -Be 1
    }
}

Describe 'New-AkoolVoiceChange and New-AkoolVoiceClone' {
    BeforeEach { Initialize-Test }

    It 'changes a recording''s voice into a wav that Save-AkoolVideo saves' {
        $voice = Get-AkoolVoice | Where-Object Model -EQ 'Akool Multilingual 1' | Select-Object -First 1
        $job = New-AkoolVoiceChange -SourceUrl https://example.com/talk.mp3 -Voice $voice -Format wav -Speed 1.1 -RemoveBackgroundNoise -Wait
        $file = $job | Save-AkoolVideo -Path (Join-Path $TestDrive 'change')

        $job.Kind | Should -Be 'VoiceChange'
        $file.Extension | Should -Be '.wav'
        $body = (Get-Sent '/api/open/v4/voice/change')[0]
        $body.voice_id | Should -Be $voice.VoiceId
        $body.voice_options.file_format | Should -Be 'wav'
        $body.voice_options.remove_background_noise | Should -BeTrue
    }

    It 'sends the clone''s tags, language, model and prompt and tracks it with voice/detail' {
        $clone = New-AkoolVoiceClone -SourceUrl https://example.com/me.mp3 -Name 'My Voice' -Language de -Model 'Akool Multilingual 3' -Gender Male -Age Middle -Style Calm -Scenario Education -Prompt 'Hallo zusammen.' -RemoveBackgroundNoise -Wait

        $clone.Result | Should -Be $clone.VoiceId
        $body = (Get-Sent '/api/open/v4/voice/clone')[0]
        $body.voice_model_name | Should -Be 'Akool Multilingual 3'
        $body.voice_options.language | Should -Be 'de'
        $body.voice_options.gender | Should -Be 'Male'
        $body.voice_options.clone_prompt | Should -Be 'Hallo zusammen.'
        @(Get-SimulatorJournal $sim "/api/open/v4/voice/detail/$($clone.Id)").Count | Should -BeGreaterThan 0
        (Get-AkoolVideo -Id $clone.Id -Kind VoiceClone).VoiceId | Should -Be $clone.VoiceId
    }
}

Describe 'Remove-AkoolVoice' {
    BeforeEach { Initialize-Test -JobDurationMs 0 }

    It 'deletes a piped clone after asking, and refuses an Akool voice before any request' {
        $null = New-AkoolVoiceClone -SourceUrl https://example.com/me.mp3 -Name Gone
        (Get-Command Remove-AkoolVoice).ImplementingType.GetCustomAttributes([Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'

        Get-AkoolVoice -Type Clone | Remove-AkoolVoice -Confirm:$false
        Get-AkoolVoice -First 1 | Remove-AkoolVoice -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue

        @(Get-AkoolVoice -Type Clone).Count | Should -Be 0
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'Akool.NotAClone*'
        @(Get-Sent '/api/open/v4/voice/del').Count | Should -Be 1
    }

    It 'reports an id Akool did not delete as an error with its reason' {
        Remove-AkoolVoice -Id 0123456789abcdef01234567 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed[0].FullyQualifiedErrorId | Should -BeLike 'Akool.VoiceNotDeleted*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].Exception.Message | Should -Match 'resource not found'
    }

    It 'sends nothing under -WhatIf' {
        Remove-AkoolVoice -Id 0123456789abcdef01234567 -WhatIf
        @(Get-Sent '/api/open/v4/voice/del').Count | Should -Be 0
    }
}

Describe 'Tab completion of -Voice' {
    BeforeAll { Initialize-Test }

    It 'offers matching voice names and inserts their quoted voice id' {
        $line = 'New-AkoolSpeech -Text hi -Voice Calm'
        $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length

        $result.CompletionMatches.Count | Should -BeGreaterThan 0
        $result.CompletionMatches[0].CompletionText | Should -Match "^'akool-voice-\d{8}'$"
        $result.CompletionMatches[0].ListItemText | Should -Match '^Calm '
    }
}
