# Secrets never shown: every cmdlet, succeeding and failing, with -Verbose and -Debug, under a
# transcript; then the transcript, all six streams, every error record and the exported session
# are searched for the API key (= client secret), the token and any JWT at all.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator @('--webhook-retry-delay-ms', '100')
    Reset-TestSimulator $sim -JobDurationMs 300
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Secrets' {
    It 'appear nowhere: not in the transcript, any stream, any error, the session or its export' {
        $key = Get-TestApiKeyText
        $token = (Invoke-RestMethod -Method POST -Uri "$($sim.Uri)/api/open/v3/getToken" -ContentType 'application/json' `
            -Body (@{ clientId = Get-TestClientId; clientSecret = $key } | ConvertTo-Json)).token
        $transcript = Join-Path $TestDrive 'transcript.txt'
        $folder = Join-Path $TestDrive 'saved'
        $Error.Clear()
        $DebugPreference = 'Continue'
        $VerbosePreference = 'Continue'
        $InformationPreference = 'Continue'

        Start-Transcript -Path $transcript
        try {
            $streams = & {
                # Failing calls first: a wrong key, a revoked token, errors from Akool, a bad webhook.
                try { Connect-Akool -ApiKey (ConvertTo-SecureString "$key-wrong" -AsPlainText -Force) -BaseUri $sim.Uri -Verbose -Debug } catch { $_ }
                Connect-Akool -Token (ConvertTo-SecureString $token -AsPlainText -Force) -BaseUri $sim.Uri -Verbose -Debug
                $null = Invoke-SimulatorAdmin $sim 'tokens/revoke'
                try { Get-AkoolLanguage -Refresh -Verbose -Debug } catch { $_ }

                # Then everything working, with client credentials: getToken carries the secret and the token.
                $session = Connect-Akool -ClientId (Get-TestClientId) -ClientSecret (Get-TestApiKey) -BaseUri $sim.Uri -PassThru -Verbose -Debug
                $session
                $session.ToString()
                Get-AkoolSession -Verbose -Debug | Format-List * -Force | Out-String
                Get-AkoolLanguage -Code ja -Verbose -Debug
                Get-AkoolVoice -LanguageCode ja -First 2 -Verbose -Debug
                Get-AkoolCredit -Verbose -Debug
                Add-SimulatorFault $sim @{ path = '/api/open/v3/content/video/createbytranslate'; kind = 'code'; code = 1003; msg = 'url is required' }
                New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr -Verbose -Debug -ErrorAction Continue
                $jobs = New-AkoolTranslation -Url https://example.com/a.mp4 -Language fr, ja -Verbose -Debug
                $jobs | Get-AkoolVideo -Verbose -Debug
                $jobs | Wait-AkoolVideo -PollInterval 0.1 -Verbose -Debug | Save-AkoolVideo -Path $folder -IncludeSubtitles -Verbose -Debug
                New-AkoolTalkingPhoto https://example.com/a.jpg https://example.com/a.mp3 -Verbose -Debug
                New-AkoolLipSync https://example.com/a.mp4 https://example.com/a.mp3 -Verbose -Debug
                $image = New-AkoolImageToVideo https://example.com/a.png 'turn' -Wait -Verbose -Debug
                $image | Add-AkoolVideoAudio -GenerateAudio -Verbose -Debug
                Get-AkoolVideo -Id 0123456789abcdef01234567 -Verbose -Debug -ErrorAction Continue
                '{"signature":"x","dataEncrypt":"eA==","timestamp":1,"nonce":"1"}' | ConvertFrom-AkoolWebhook -Verbose -Debug -ErrorAction Continue
                Disconnect-Akool -Verbose -Debug
            } *>&1 | ForEach-Object { "$_" } | Out-String -Width 500
        } finally {
            Stop-Transcript
        }
        $exported = Join-Path $TestDrive 'session.xml'
        Get-Variable session -ValueOnly -ErrorAction SilentlyContinue | Export-Clixml $exported
        $everything = @(
            $streams
            Get-Content $transcript -Raw
            Get-Content $exported -Raw -ErrorAction SilentlyContinue
            $Error | ForEach-Object {
                $_ | Format-List * -Force | Out-String -Width 500
                $_.ToString()
                for ($e = $_.Exception; $e; $e = $e.InnerException) { $e.Message; $e.ToString() }
            }
        ) -join "`n"

        # The run did show requests, bodies and failures: the search below looked at real text.
        $streams | Should -Match 'POST /api/open/v3/getToken -> HTTP 200'
        $streams | Should -Match 'POST /api/open/v3/getToken body: \{"clientId":"sim-client-00001","clientSecret":"\*\*\*"\}'
        $streams | Should -Match 'code 1101'
        $everything | Should -Not -Match ([regex]::Escape($key))
        $everything | Should -Not -Match ([regex]::Escape($token))
        $everything | Should -Not -Match 'eyJ[A-Za-z0-9_-]{10,}\.'
    }
}
