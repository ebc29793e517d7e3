# Connect-Akool in each of its forms, the session it makes, and what happens when credentials are wrong or expire.
BeforeAll {
    function Initialize-Test {
        Disconnect-Akool
        foreach ($name in $envNames) { [Environment]::SetEnvironmentVariable($name, $null) }
        Reset-TestSimulator $sim
    }
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator
    $envNames = 'AKOOL_API_KEY', 'AKOOL_CLIENT_ID', 'AKOOL_CLIENT_SECRET', 'AKOOL_BASE_URI'
    $savedEnv = @{}
    foreach ($name in $envNames) { $savedEnv[$name] = [Environment]::GetEnvironmentVariable($name) }

    function Get-SimulatorToken {
        (Invoke-RestMethod -Method POST -Uri "$($sim.Uri)/api/open/v3/getToken" -ContentType 'application/json' `
            -Body (@{ clientId = Get-TestClientId; clientSecret = Get-TestApiKeyText } | ConvertTo-Json)).token
    }
}

AfterAll {
    Disconnect-Akool
    foreach ($name in $envNames) { [Environment]::SetEnvironmentVariable($name, $savedEnv[$name]) }
    Stop-TestSimulator $sim
}


Describe 'Connect-Akool' {
    BeforeEach { Initialize-Test }

    It 'connects with an API key, checked with one request' {
        Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri

        $session = Get-AkoolSession
        $session.AuthMethod | Should -Be 'ApiKey'
        $session.BaseUri | Should -Be "$($sim.Uri)/"
        $session.IsConnected | Should -BeTrue
        $journal = Get-SimulatorJournal $sim
        $journal.Count | Should -Be 1
        $journal[0].path | Should -Be '/api/open/v3/language/list'
        $journal[0].auth | Should -Be 'apiKey'
    }

    It 'connects with a client id and secret through getToken, then sends the bearer token' {
        Connect-Akool -ClientId (Get-TestClientId) -ClientSecret (Get-TestApiKey) -BaseUri $sim.Uri
        Get-AkoolLanguage -Refresh | Out-Null

        $session = Get-AkoolSession
        $session.AuthMethod | Should -Be 'ClientCredential'
        $session.ClientId | Should -Be (Get-TestClientId)
        $session.TokenExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.AddDays(300))
        $journal = Get-SimulatorJournal $sim
        @($journal | Where-Object path -EQ '/api/open/v3/getToken').Count | Should -Be 1
        @($journal | Where-Object path -EQ '/api/open/v3/language/list' | Where-Object auth -EQ 'bearer').Count | Should -Be 2
    }

    It 'connects with a PSCredential, as Azure Automation gives one' {
        $credential = [pscredential]::new((Get-TestClientId), (Get-TestApiKey))

        Connect-Akool -Credential $credential -BaseUri $sim.Uri

        (Get-AkoolSession).AuthMethod | Should -Be 'ClientCredential'
    }

    It 'connects with a token obtained elsewhere' {
        $token = ConvertTo-SecureString (Get-SimulatorToken) -AsPlainText -Force
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE

        Connect-Akool -Token $token -BaseUri $sim.Uri

        (Get-AkoolSession).AuthMethod | Should -Be 'Token'
        (Get-SimulatorJournal $sim)[0].auth | Should -Be 'bearer'
    }

    It 'reads AKOOL_API_KEY and AKOOL_BASE_URI when no credential is given' {
        $env:AKOOL_API_KEY = Get-TestApiKeyText
        $env:AKOOL_BASE_URI = $sim.Uri

        Connect-Akool

        (Get-AkoolSession).AuthMethod | Should -Be 'ApiKey'
        (Get-AkoolSession).BaseUri | Should -Be "$($sim.Uri)/"
    }

    It 'reads AKOOL_CLIENT_ID and AKOOL_CLIENT_SECRET when there is no API key' {
        $env:AKOOL_CLIENT_ID = Get-TestClientId
        $env:AKOOL_CLIENT_SECRET = Get-TestApiKeyText
        $env:AKOOL_BASE_URI = $sim.Uri

        Connect-Akool

        (Get-AkoolSession).AuthMethod | Should -Be 'ClientCredential'
    }

    It 'says what to do when no credential is given anywhere' {
        { Connect-Akool -BaseUri $sim.Uri } | Should -Throw -ErrorId 'Akool.NoCredential,AkoolPS.Commands.ConnectAkoolCommand'
        Get-AkoolSession | Should -BeNullOrEmpty
    }

    It 'refuses a wrong key with Akool.1101 and an authentication error that does not show the key' {
        $wrong = 'wrong-key-that-must-never-be-shown-123'

        $thrown = { Connect-Akool -ApiKey (ConvertTo-SecureString $wrong -AsPlainText -Force) -BaseUri $sim.Uri } |
            Should -Throw -PassThru

        $thrown.FullyQualifiedErrorId | Should -BeLike 'Akool.1101,*'
        $thrown.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $thrown.Exception.Message | Should -Match 'Connect-Akool'
        $text = ($thrown | Format-List * -Force | Out-String) + ($thrown.Exception | Format-List * -Force | Out-String) + $thrown.ToString()
        $text | Should -Not -Match ([regex]::Escape($wrong))
        Get-AkoolSession | Should -BeNullOrEmpty
    }

    It 'makes no request with -SkipValidation' {
        Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -SkipValidation

        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
        Get-AkoolSession | Should -Not -BeNullOrEmpty
    }

    It 'keeps the request settings it was given in the session' {
        $session = Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -SkipValidation -PassThru -TimeoutSec 7 -MaxRetry 2 -MaxConcurrency 3

        $session.TimeoutSec | Should -Be 7
        $session.MaxRetry | Should -Be 2
        $session.MaxConcurrency | Should -Be 3
        (Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -SkipValidation -PassThru).MaxConcurrency | Should -Be 16
        { Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -SkipValidation -MaxConcurrency 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AkoolPS.Commands.ConnectAkoolCommand'
    }

    It 'writes out a session that shows no secret, also when exported' {
        $session = Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -PassThru
        $file = Join-Path $TestDrive 'session.xml'
        $session | Export-Clixml $file

        $session.GetType().FullName | Should -Be 'AkoolPS.AkoolSession'
        ($session | Format-List * -Force | Out-String) + $session.ToString() + (Get-Content $file -Raw) |
            Should -Not -Match ([regex]::Escape((Get-TestApiKeyText)))
    }

    It 'ends the session with Disconnect-Akool' {
        $session = Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -PassThru

        Disconnect-Akool

        Get-AkoolSession | Should -BeNullOrEmpty
        $session.IsConnected | Should -BeFalse
        { Get-AkoolLanguage } | Should -Throw -ErrorId 'Akool.NotConnected,AkoolPS.Commands.GetAkoolLanguageCommand'
        { Get-AkoolLanguage -Session $session } | Should -Throw -ErrorId 'Akool.SessionClosed,AkoolPS.Commands.GetAkoolLanguageCommand'
    }
}

Describe 'An expired session' {
    BeforeEach { Initialize-Test }

    It 'is Akool.1101 for a token that Akool no longer accepts' {
        Connect-Akool -Token (ConvertTo-SecureString (Get-SimulatorToken) -AsPlainText -Force) -BaseUri $sim.Uri
        $null = Invoke-SimulatorAdmin $sim 'tokens/revoke'

        { Get-AkoolLanguage -Refresh -ErrorAction Stop } | Should -Throw -ErrorId 'Akool.1101,AkoolPS.Commands.GetAkoolLanguageCommand'
    }

    It 'renews the token of client credentials by itself' {
        Connect-Akool -ClientId (Get-TestClientId) -ClientSecret (Get-TestApiKey) -BaseUri $sim.Uri
        $null = Invoke-SimulatorAdmin $sim 'tokens/revoke'

        Get-AkoolLanguage -Refresh | Should -Not -BeNullOrEmpty

        @(Get-SimulatorJournal $sim '/api/open/v3/getToken').Count | Should -Be 2
    }
}

Describe 'A cmdlet run with no session' {
    BeforeEach { Initialize-Test }

    It 'connects from AKOOL_API_KEY as Connect-Akool with no arguments would, and says so in a verbose line' {
        $env:AKOOL_API_KEY = Get-TestApiKeyText
        $env:AKOOL_BASE_URI = $sim.Uri

        $verbose = Get-AkoolCredit -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

        $verbose.Message | Should -Contain 'No Akool session in this runspace: connecting with the credentials in AKOOL_API_KEY, as Connect-Akool with no arguments would.'
        $session = Get-AkoolSession
        $session.AuthMethod | Should -Be 'ApiKey'
        $session.BaseUri | Should -Be "$($sim.Uri)/"
        $session.MaxRetry | Should -Be 4
        # Checked with one request first, as Connect-Akool does, then the credit.
        @(Get-SimulatorJournal $sim | ForEach-Object path) | Should -Be @('/api/open/v3/language/list', '/api/open/v3/faceswap/quota/info')
    }

    It 'connects from AKOOL_CLIENT_ID and AKOOL_CLIENT_SECRET, once for the runspace' {
        $env:AKOOL_CLIENT_ID = Get-TestClientId
        $env:AKOOL_CLIENT_SECRET = Get-TestApiKeyText
        $env:AKOOL_BASE_URI = $sim.Uri

        Get-AkoolCredit | Should -Not -BeNullOrEmpty
        Get-AkoolCredit | Should -Not -BeNullOrEmpty

        (Get-AkoolSession).AuthMethod | Should -Be 'ClientCredential'
        @(Get-SimulatorJournal $sim '/api/open/v3/getToken').Count | Should -Be 1
    }

    It 'stops with Akool.NotConnected when the environment holds no credentials either' {
        { Get-AkoolCredit } | Should -Throw -ErrorId 'Akool.NotConnected,AkoolPS.Commands.GetAkoolCreditCommand'
        Get-SimulatorJournal $sim | Should -BeNullOrEmpty
    }

    It 'stops with the credentials'' own error when Akool refuses them' {
        $env:AKOOL_API_KEY = 'not-the-key-of-the-simulator'
        $env:AKOOL_BASE_URI = $sim.Uri

        { Get-AkoolCredit } | Should -Throw -ErrorId 'Akool.1101,AkoolPS.Commands.GetAkoolCreditCommand'
        Get-AkoolSession | Should -BeNullOrEmpty
    }
}

Describe 'Log lines' {
    BeforeEach {
        Initialize-Test
        Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri
    }

    It 'show each request under -Verbose, or when $VerbosePreference asks, and its body under -Debug, without prompting' {
        $bySwitch = Get-AkoolLanguage -Refresh -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        # A preference set in a function's own scope, as a script's [CmdletBinding()] -Verbose sets it.
        $byPreference = & {
            $VerbosePreference = 'Continue'
            Get-AkoolLanguage -Refresh 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        }
        # -Debug alone: debug lines, and no prompt for the verbose ones (PowerShell reports verbose as Inquire then).
        $debug = Get-AkoolLanguage -Refresh -Debug 5>&1 4>&1 | Where-Object { $_ -is [System.Management.Automation.InformationalRecord] }
        $quiet = Get-AkoolLanguage -Refresh 4>&1 5>&1 | Where-Object { $_ -is [System.Management.Automation.InformationalRecord] }

        $bySwitch.Message | Should -Match 'language/list.*HTTP 200'
        $byPreference.Message | Should -Match 'language/list.*HTTP 200'
        $debug.Message | Should -Match 'language/list.*answer: .*lang_code'
        $debug | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Should -BeNullOrEmpty
        $quiet | Should -BeNullOrEmpty
    }
}
