# Tab completion at the prompt (through TabExpansion2, as PowerShell calls it), and what the
# module writes where no one is watching.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator

    function Complete([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Tab completion' {
    BeforeEach {
        Reset-TestSimulator $sim
        Disconnect-Akool
    }

    It 'completes language codes of <Line> with the name as tooltip' -ForEach @(
        @{ Line = 'New-AkoolTranslation -Url https://example.com/a.mp4 -Language j' }
        @{ Line = 'New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr, j' }
        @{ Line = 'New-AkoolTranslation -SourceLanguage j' }
        @{ Line = 'Get-AkoolVoice -LanguageCode j' }
        @{ Line = 'Get-AkoolLanguage -Code j' }
    ) {
        Connect-TestSimulator $sim

        $matches = Complete $Line

        $ja = $matches | Where-Object CompletionText -EQ 'ja'
        $ja | Should -Not -BeNullOrEmpty
        $ja.ToolTip | Should -Be 'Japanese'
        $matches[0].CompletionText | Should -Be 'ja' -Because 'codes that start with what was typed come before names that contain it'
    }

    It 'matches language names too, with the name as tooltip' {
        Connect-TestSimulator $sim

        $matches = Complete 'New-AkoolTranslation -Language Afrik'

        $matches.CompletionText | Should -Contain 'af-ZA'
        ($matches | Where-Object CompletionText -EQ 'af-ZA').ToolTip | Should -Be 'Afrikaans (South Africa)'
    }

    It 'inserts a server''s value only as a single-quoted string literal, never as code: <Code>' -ForEach @(
        @{ Code = "x';Write-Output pwned;'" }
        @{ Code = 'a|b' }
        @{ Code = 'c;d' }
        @{ Code = "e$([char]0x2018)f$([char]0x2019)g$([char]0x201A)h$([char]0x201B)i" }
        @{ Code = '$(Get-Date)' }
        @{ Code = '-Force' }
    ) {
        # The simulator serves a language list holding the hostile code (as a hostile or broken server could).
        $list = @{ code = 1000; msg = 'OK'; data = @{ lang_list = @(
            @{ lang_name = 'Japanese'; lang_code = 'ja'; url = 'https://flags.test/ja.png'; need_voice_id = $false }
            @{ lang_name = 'Hostile'; lang_code = $Code; url = 'https://flags.test/x.png'; need_voice_id = $false }
        ) } } | ConvertTo-Json -Depth 5 -Compress
        Add-SimulatorFault $sim @{ path = '/api/open/v3/language/list'; kind = 'body'; body = $list; times = 0 }
        Connect-TestSimulator $sim

        $match = Complete 'New-AkoolTranslation -Language Hostile' | Where-Object ListItemText -EQ $Code

        $match | Should -HaveCount 1
        $tokens = $errors = $null
        $ast = [Management.Automation.Language.Parser]::ParseInput($match.CompletionText, [ref] $tokens, [ref] $errors)
        $errors | Should -BeNullOrEmpty
        $ast.EndBlock.Statements | Should -HaveCount 1
        $value = $ast.EndBlock.Statements[0].PipelineElements[0].Expression
        $value | Should -BeOfType ([Management.Automation.Language.StringConstantExpressionAst])
        $value.StringConstantType | Should -Be 'SingleQuoted'
        $value.Value | Should -BeExactly $Code
    }

    It 'inserts a server''s voice id only as a string literal' {
        $voiceId = "v';Write-Output pwned;'$([char]0x2019)|x"
        $page = @{ code = 1000; msg = 'OK'; data = @{ page = 1; size = 100; count = 1; result = @(
            @{ _id = '1'; voice_id = $voiceId; name = 'Aiko'; gender = 'Female'; language = 'Japanese'; locale = 'ja-JP' }
        ) } } | ConvertTo-Json -Depth 5 -Compress
        Add-SimulatorFault $sim @{ path = '/api/open/v4/voice/list'; kind = 'body'; body = $page; times = 0 }
        Connect-TestSimulator $sim

        $offered = @(Complete 'New-AkoolSpeech -Text hello -Voice ')

        $offered.Count | Should -BeGreaterThan 0
        foreach ($match in $offered) {
            $tokens = $errors = $null
            $ast = [Management.Automation.Language.Parser]::ParseInput($match.CompletionText, [ref] $tokens, [ref] $errors)
            $errors | Should -BeNullOrEmpty
            $value = $ast.EndBlock.Statements[0].PipelineElements[0].Expression
            $value | Should -BeOfType ([Management.Automation.Language.StringConstantExpressionAst])
            $value.StringConstantType | Should -Be 'SingleQuoted'
            $value.Value | Should -BeExactly $voiceId
        }
    }

    It 'offers nothing, and does not fail, when not connected' {
        $matches = Complete 'New-AkoolTranslation -Language j'

        $matches | Where-Object ResultType -EQ 'ParameterValue' | Should -BeNullOrEmpty
    }

    It 'gives up after about two seconds when Akool is slow, rather than hang the prompt' {
        Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -SkipValidation
        Add-SimulatorFault $sim @{ path = '/api/open/v3/language/list'; kind = 'delay'; delayMs = 10000 }
        $clock = [Diagnostics.Stopwatch]::StartNew()

        $matches = Complete 'New-AkoolTranslation -Language j'

        $clock.Elapsed.TotalSeconds | Should -BeLessThan 5
        $matches | Where-Object ResultType -EQ 'ParameterValue' | Should -BeNullOrEmpty
    }
}

Describe 'Where no one is watching' {
    It 'writes no progress records in pwsh -NonInteractive with redirected output, and reports status as information' {
        Reset-TestSimulator $sim -JobDurationMs 800
        $script = Join-Path $TestDrive 'quiet.ps1'
        Set-Content $script {
            param($ModulePath, $BaseUri, $Key, $Out)
            # A runspace on this process's own console host, so that its streams can be read afterwards.
            $runspace = [runspacefactory]::CreateRunspace($Host)
            $runspace.Open()
            $shell = [powershell]::Create()
            $shell.Runspace = $runspace
            $null = $shell.AddScript({
                param($ModulePath, $BaseUri, $Key, $Out)
                $ProgressPreference = 'Continue'
                Import-Module $ModulePath
                Connect-Akool -ApiKey (ConvertTo-SecureString $Key -AsPlainText -Force) -BaseUri $BaseUri
                New-AkoolTranslation -Url https://example.com/talk.mp4 -Language ja, fr | Wait-AkoolVideo -PollInterval 0.2 | Save-AkoolVideo -Path $Out
            }).AddArgument($ModulePath).AddArgument($BaseUri).AddArgument($Key).AddArgument($Out)
            $files = $shell.Invoke()
            [pscustomobject]@{
                Files = @($files.Name)
                Progress = $shell.Streams.Progress.Count
                Information = @($shell.Streams.Information | ForEach-Object { "$($_.MessageData)" })
                Tags = @($shell.Streams.Information | ForEach-Object Tags | Sort-Object -Unique)
            } | ConvertTo-Json -Compress
        }.ToString()

        $result = (Invoke-TestPwsh -File $script -Arguments (Get-TestModulePath), $sim.Uri, (Get-TestApiKeyText), (Join-Path $TestDrive 'quiet')).Result

        $result.Files.Count | Should -Be 2
        $result.Progress | Should -Be 0
        $result.Tags | Should -Contain 'AkoolPS'
        $result.Information | Should -Contain '2 of 2 jobs ended.'
        ($result.Information | Where-Object { $_ -like '*-> Completed*' }).Count | Should -Be 2
        ($result.Information | Where-Object { $_ -like 'Saved *' }).Count | Should -Be 2
    }
}
