# The live check's logic (tools/LiveCheck.psm1, build.ps1 -Task LiveCheck) against the simulator: CI has no
# Akool key, so these tests are what keeps it honest. Answers of another shape come from the simulator's
# 'body' fault.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    Import-Module (Join-Path $PSScriptRoot '../../tools/LiveCheck.psm1') -Force
    $sim = Start-TestSimulator

    function Invoke-Check([switch] $Spend, [switch] $ClientCredentials, [string] $WebhookSample) {
        $credentials = if ($ClientCredentials) { @{ ClientId = (Get-TestClientId); ClientSecret = (Get-TestApiKey) } } else { @{ ApiKey = (Get-TestApiKey); ClientId = (Get-TestClientId) } }
        Invoke-AkoolLiveCheck -BaseUri $sim.Uri @credentials -ReportPath (Join-Path $TestDrive 'live-check.md') -SavePath (Join-Path $TestDrive 'saved') `
            -Spend:$Spend -Force -Timeout (New-TimeSpan -Minutes 1) -PollInterval (New-TimeSpan -Milliseconds 200) -WebhookSample $WebhookSample 6>$null
    }

    function New-WebhookBody([string] $Plain) {
        # Sealed as Akool's webhook page says: AES-CBC (key = client secret, IV = client id), SHA-1 of the sorted four.
        $aes = [Security.Cryptography.Aes]::Create()
        $aes.Key = [Text.Encoding]::UTF8.GetBytes((Get-TestApiKeyText))
        $aes.IV = [Text.Encoding]::UTF8.GetBytes((Get-TestClientId))
        $data = [Convert]::ToBase64String($aes.EncryptCbc([Text.Encoding]::UTF8.GetBytes($Plain), $aes.IV))
        $timestamp = "$([DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds())"
        $nonce = '1234'
        $sorted = [string[]] @((Get-TestClientId), $timestamp, $nonce, $data)
        [Array]::Sort($sorted, [StringComparer]::Ordinal)
        $signature = -join ([Security.Cryptography.SHA1]::HashData([Text.Encoding]::UTF8.GetBytes(-join $sorted)) | ForEach-Object { $_.ToString('x2') })
        @{ signature = $signature; dataEncrypt = $data; timestamp = [long] $timestamp; nonce = $nonce } | ConvertTo-Json -Compress
    }
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Compare-AkoolShape' {
    It 'reports <Name>' -ForEach @(
        @{ Name = 'nothing for the expected shape'; Json = '{"code":1000,"data":{"list":[{"a":"x"},{"a":"y","b":1}]}}'; Drift = @() }
        @{ Name = 'a field sent but not modelled'; Json = '{"code":1000,"extra":{"x":1},"data":{"list":[]}}'; Drift = @('extra extra') }
        @{ Name = 'a field expected but absent'; Json = '{"data":{"list":[{"b":2}]}}'; Drift = @('missing code', 'missing data.list[].a') }
        @{ Name = 'a type that differs, once per path'; Json = '{"code":"1000","data":{"list":[{"a":1},{"a":2},{"a":null}]}}'; Drift = @('type code', 'type data.list[].a') }
        @{ Name = 'an object where a list was expected'; Json = '{"code":1000,"data":{"list":{"a":"x"}}}'; Drift = @('type data.list') }
    ) {
        $shape = [ordered]@{ code = 'number'; 'msg?' = 'string'; data = [ordered]@{ list = @([ordered]@{ a = 'string'; 'b?' = 'number' }) } }
        $element = [System.Text.Json.JsonDocument]::Parse($Json).RootElement

        $found = @(Compare-AkoolShape -Expected $shape -Actual $element)

        @($found | ForEach-Object { "$($_.Kind) $($_.Path)" } | Sort-Object) | Should -Be @($Drift | Sort-Object)
    }
}

Describe 'The live check against the simulator' {
    BeforeEach {
        Reset-TestSimulator $sim -JobDurationMs 600
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    It 'passes every read with no drift, spends nothing, and writes the report' {
        $rows = @(Invoke-Check)

        $rows.Call | Should -Be @((Get-AkoolLiveCheckTable).Name)
        $rows | ForEach-Object { $_.Result | Should -Be 'pass' -Because "$($_.Call): $($_.Detail)"; @($_.Drift).Count | Should -Be 0 -Because $_.Call }
        Get-SimulatorJournal $sim '*/create*' | Should -BeNullOrEmpty
        (Get-SimulatorJournal $sim '/api/open/v3/faceswap/quota/info').Count | Should -Be 2 -Because 'one raw call and Get-AkoolCredit'
        $report = Get-Content (Join-Path $TestDrive 'live-check.md') -Raw
        $report | Should -Match '\| call \| result \| drift \| detail \|'
        $report | Should -Match '\| Languages \| pass \| none \|'
        $report | Should -Not -Match ([regex]::Escape((Get-TestApiKeyText)))
    }

    It 'shows an extra field, a missing field and a changed type as drift' {
        Add-SimulatorFault $sim @{ path = '/api/open/v3/faceswap/quota/info'; kind = 'body'; body = '{"code":1000,"msg":"OK","data":{"credit":"12","bonus":5}}' }
        Add-SimulatorFault $sim @{ path = '/api/open/v3/language/list'; kind = 'body'; body = '{"code":1000,"msg":"OK","data":{"lang_list":[{"lang_name":"Japanese","lang_code":"ja"}]}}' }

        $rows = @(Invoke-Check)

        $credit = $rows | Where-Object Call -EQ 'Credit'
        @($credit.Drift | ForEach-Object { "$($_.Kind) $($_.Path)" } | Sort-Object) | Should -Be @('extra data.bonus', 'type data.credit')
        $languages = $rows | Where-Object Call -EQ 'Languages'
        @($languages.Drift | ForEach-Object { "$($_.Kind) $($_.Path)" }) | Should -Be @('missing data.lang_list[].url')
        $report = Get-Content (Join-Path $TestDrive 'live-check.md') -Raw
        $report | Should -Match 'extra data\.bonus'
        $report | Should -Match 'missing data\.lang_list\[\]\.url'
    }

    It 'fails a row whose answer is not what Akool should send, and the removed voice list as it is today' {
        Add-SimulatorFault $sim @{ path = '/api/open/v3/faceswap/quota/info'; kind = 'code'; code = 1109 }
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ legacyVoiceList = $false }

        $rows = @(Invoke-Check)

        ($rows | Where-Object Call -EQ 'Credit').Result | Should -Be 'fail'
        ($rows | Where-Object Call -EQ 'Credit').Detail | Should -Match 'code 1109'
        ($rows | Where-Object Call -EQ 'Voices').Result | Should -Be 'fail'
        ($rows | Where-Object Call -EQ 'Voices').Detail | Should -Match 'HTTP 404'
        ($rows | Where-Object Call -EQ 'Languages').Result | Should -Be 'pass'
    }

    It 'with client credentials checks getToken too, and says when its exp is not believable' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ tokenExpOffsetSec = 1 }

        $rows = @(Invoke-Check -ClientCredentials)

        $rows[0].Call | Should -Be 'getToken'
        $rows[0].Result | Should -Be 'pass'
        $rows[0].Detail | Should -Match 'not believed'
        @(Get-SimulatorJournal $sim '/api/open/v3/getToken').Count | Should -Be 2 -Because 'one raw call and one for the module session'
        $rows | ForEach-Object { $_.Result | Should -Be 'pass' -Because "$($_.Call): $($_.Detail)" }
    }

    It 'reads a webhook sample through ConvertFrom-AkoolWebhook' {
        $sample = New-WebhookBody '{"_id":"6b0a2a1d567c5fd7884c607a","status":3,"type":"lipsync","url":"https://cdn.example.com/a.mp4","brand_new":1}'

        $row = @(Invoke-Check -WebhookSample $sample) | Where-Object Call -EQ 'Webhook sample'

        $row.Result | Should -Be 'pass'
        $row.Detail | Should -Match 'kind LipSync'
        @($row.Drift | ForEach-Object { "$($_.Kind) $($_.Path)" }) | Should -Be @('extra brand_new')
    }

    It 'with -Spend makes the cheapest job of each kind, waits, saves, and counts the credits spent' {
        $before = (Invoke-SimulatorAdmin $sim 'config' -Method GET).credit

        $rows = @(Invoke-Check -Spend)

        $jobs = $rows | Where-Object Call -Like '* job, status *'
        @($jobs.Call | ForEach-Object { ($_ -split ' ')[0] } | Sort-Object) | Should -Be @('ImageToVideo', 'ImageToVideo', 'ImageToVideo', 'LipSync', 'TalkingPhoto', 'Translation')
        ($rows | Where-Object Call -Like 'Credit estimate*').Detail | Should -Match 'estimated [0-9.]+ credits .*Akool charged [0-9.]+'
        $rows | ForEach-Object { $_.Result | Should -Be 'pass' -Because "$($_.Call): $($_.Detail)" }
        $jobs | ForEach-Object { @($_.Drift | Where-Object Kind -NE 'extra').Count | Should -Be 0 -Because "$($_.Call): $(($_.Drift | Out-String))" }
        $after = (Invoke-SimulatorAdmin $sim 'config' -Method GET).credit
        (Get-Content (Join-Path $TestDrive 'live-check.md') -Raw) | Should -Match "Credits spent: $($before - $after)"
        @(Get-ChildItem (Join-Path $TestDrive 'saved') -Filter *.mp4).Count | Should -Be 6
        $update = (Get-SimulatorJournal $sim '/api/open/v4/image2Video/updateVideoAudio')[0].body | ConvertFrom-Json
        $update.audio_type | Should -Be 1
        $update.PSObject.Properties.Name | Should -Not -Contain 'audio_url'
    }

    It 'with -Spend spends nothing when the cost is not confirmed' {
        Mock -ModuleName LiveCheck Read-Host { 'n' }

        $rows = @(Invoke-AkoolLiveCheck -BaseUri $sim.Uri -ApiKey (Get-TestApiKey) -Spend -ReportPath (Join-Path $TestDrive 'declined.md') 6>$null)

        ($rows | Where-Object Call -EQ 'Jobs (-Spend)').Result | Should -Be 'skip'
        Should -Invoke -ModuleName LiveCheck Read-Host -Times 1 -Exactly -ParameterFilter { $Prompt -match 'Akool publishes prices for 2 of them: 25 credits' }
        Get-SimulatorJournal $sim '*/create*' | Should -BeNullOrEmpty
    }
}

Describe 'build.ps1 -Task LiveCheck without credentials' {
    It 'says so in one line and exits 0' {
        $script = Join-Path $PSScriptRoot '../../tools/LiveCheck.ps1'
        $run = Invoke-TestPwsh -File $script -Arguments @('-ModulePath', (Get-TestModulePath)) `
            -Environment @{ AKOOL_API_KEY = $null; AKOOL_CLIENT_ID = $null; AKOOL_CLIENT_SECRET = $null }

        $run.ExitCode | Should -Be 0
        @($run.Output.Trim() -split "`n").Count | Should -Be 1
        $run.Output | Should -Match 'no Akool credentials'
    }
}
