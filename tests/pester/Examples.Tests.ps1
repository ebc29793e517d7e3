# The scripts in examples/ run as their users run them, against the simulator: the runbook (with an
# Azure Automation credential asset, and with the environment), the ForEach-Object -Parallel batch, and
# the Azure Function fed the simulator's real webhook posts. The Automation and Functions hosts are
# stood in for by small doubles: Get-AutomationPSCredential, HttpResponseContext and Push-OutputBinding.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # The examples import AkoolPS only when it is not loaded: load the built module first.
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator @('--webhook-retry-delay-ms', '100')

    $examples = Join-Path (Split-Path (Split-Path $PSScriptRoot)) 'examples'
    $runbook = Join-Path $examples 'Invoke-TranslationRunbook.ps1'
    $parallel = Join-Path $examples 'Invoke-ParallelTranslation.ps1'
    $functionApp = Join-Path $examples 'AzureFunction'

    $akoolVariables = 'AKOOL_API_KEY', 'AKOOL_CLIENT_ID', 'AKOOL_CLIENT_SECRET', 'AKOOL_BASE_URI', 'AKOOL_OUTPUT_PATH', 'AKOOL_WEBHOOK_MAX_AGE'
    $savedEnvironment = @{}
    foreach ($name in $akoolVariables) {
        $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }

    function Initialize-Test([int] $JobDurationMs = 500) {
        Disconnect-Akool
        Reset-TestSimulator $sim -JobDurationMs $JobDurationMs
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ webhookRetryDelayMs = 100 }
    }

    function Add-PlannedFailure([int] $Count = 1) {
        $null = Invoke-SimulatorAdmin $sim 'next-jobs' -Body @{
            count = $Count
            fail  = @{ errorCode = 1205; errorReason = 'The voice could not be rendered' }
        }
    }

    function Split-Output([object[]] $Output) {
        # What a script wrote with 2>&1: its objects and its errors apart.
        [pscustomobject]@{
            Objects = @($Output | Where-Object { $_ -isnot [Management.Automation.ErrorRecord] })
            Errors  = @($Output | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        }
    }
}

AfterAll {
    Disconnect-Akool
    foreach ($name in $savedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($name, $savedEnvironment[$name]) }
    Stop-TestSimulator $sim
}

Describe 'The examples and the READMEs' {
    BeforeDiscovery {
        $root = Split-Path (Split-Path $PSScriptRoot)
        $sources = @(
            Get-ChildItem (Join-Path $root 'examples') -Recurse -Filter *.ps1 | ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } }
            foreach ($readme in 'README.md', 'examples/README.md') { @{ Name = $readme; Path = Join-Path $root $readme } }
        )
    }

    It '<Name> uses only AkoolPS cmdlets and parameters that exist' -ForEach $sources {
        $text = Get-Content $Path -Raw
        $code = if ($Path -like '*.md') {
            [regex]::Matches($text, '(?s)```powershell\r?\n(.*?)```') | ForEach-Object { $_.Groups[1].Value }
        } else {
            $text
        }
        @($code).Count | Should -BeGreaterThan 0
        $code | ForEach-Object { Get-AkoolCodeProblem $_ } | Should -BeNullOrEmpty
        $text | Should -Not -Match 'simulator-api-key|AKDt8rWEczpYPzCGur2xE' -Because 'the examples hold no secrets'
    }
}

Describe 'examples/Invoke-TranslationRunbook.ps1 in Azure Automation' {
    BeforeAll {
        # Azure Automation's cmdlet for a credential asset: user name = client id, password = client secret.
        $assetsAsked = [Collections.Generic.List[string]]::new()
        function Get-AutomationPSCredential([string] $Name) {
            $assetsAsked.Add($Name)
            [pscredential]::new((Get-TestClientId), (Get-TestApiKey))
        }

        # Azure Automation's variable assets, which outlive the sandbox of a run.
        $automationVariables = @{}
        function Get-AutomationVariable {
            [CmdletBinding()] param([string] $Name)
            if (-not $automationVariables.ContainsKey($Name)) { throw "Variable asset '$Name' not found." }
            $automationVariables[$Name]
        }
        function Set-AutomationVariable {
            [CmdletBinding()] param([string] $Name, [object] $Value)
            if (-not $automationVariables.ContainsKey($Name)) { throw "Variable asset '$Name' not found." }
            $automationVariables[$Name] = $Value
        }
    }

    BeforeEach {
        Initialize-Test
        $assetsAsked.Clear()
        $automationVariables.Clear()
        $automationVariables['AkoolPendingJobs'] = '[]'
    }

    It 'translates every video of a CSV file, reports the job that failed without stopping, and writes one summary' {
        $csv = Join-Path $examples 'videos.csv'
        (Import-Csv $csv).Url | Should -Be @('https://media.example.com/keynote.mp4', 'https://media.example.com/demo.mp4')
        $folder = Join-Path $TestDrive 'automation'
        Add-PlannedFailure

        $run = Split-Output (& $runbook -CsvPath $csv -Language fr, de -OutputPath $folder -BaseUri $sim.Uri `
                -Timeout 60 -PollInterval 0.2 -IncludeSubtitles 2>&1)

        $run.Objects.Count | Should -Be 1 -Because 'a runbook writes one summary object'
        $summary = $run.Objects[0]
        $summary.Succeeded | Should -BeFalse
        $summary.Videos | Should -Be 2
        $summary.Created | Should -Be 4
        $summary.Completed | Should -Be 3
        $summary.Failed | Should -Be 1
        $summary.TimedOut | Should -Be 0
        $summary.Elapsed | Should -BeOfType [TimeSpan]

        $failure = @($summary.Failures)
        $failure.Count | Should -Be 1
        $failure[0].ErrorId | Should -Be 'Akool.VideoFailed'
        $failure[0].ErrorCode | Should -Be 1205
        $failure[0].Message | Should -Match 'The voice could not be rendered'
        $failure[0].Url | Should -Be 'https://media.example.com/keynote.mp4'
        $failure[0].Job.Status | Should -Be 'Failed'
        "$($failure[0])" | Should -Be "Akool.VideoFailed: https://media.example.com/keynote.mp4 ($($failure[0].Language))"

        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'Akool.VideoFailed,*'
        $run.Errors[0].TargetObject.Id | Should -Be $failure[0].Id

        $summary.Files.Count | Should -Be 9 -Because 'three completed jobs, each a video and two subtitle files'
        foreach ($file in $summary.Files) {
            Test-Path -LiteralPath $file.FullName | Should -BeTrue
            (Get-Item -LiteralPath $file.FullName).Length | Should -BeGreaterThan 0
        }
        $saved = @(Get-ChildItem $folder -Filter *.mp4).Name
        $saved.Count | Should -Be 3
        $saved | Should -Not -Contain "keynote.$($failure[0].Language).mp4"

        $assetsAsked | Should -Be @('Akool')
        @(Get-SimulatorJournal $sim '/api/open/v3/getToken').Count | Should -Be 1 -Because 'the credential asset is a client id and secret'
        @(Get-SimulatorJournal $sim '/api/open/v3/content/video/createbytranslate').Count | Should -Be 2
        Get-AkoolSession | Should -BeNullOrEmpty -Because 'the runbook ends the session it made'
    }

    It 'reports jobs still running at -Timeout as timed out, and their jobs can be waited for later' {
        Initialize-Test -JobDurationMs 600000
        $folder = Join-Path $TestDrive 'later'

        $run = Split-Output (& $runbook -Url https://media.example.com/long.mp4 -Language ja -OutputPath $folder `
                -BaseUri $sim.Uri -Timeout 1 -PollInterval 0.2 2>&1)

        $summary = $run.Objects[0]
        $summary.Created | Should -Be 1
        $summary.Completed | Should -Be 0
        $summary.TimedOut | Should -Be 1
        $summary.Failed | Should -Be 0
        $summary.Failures[0].ErrorId | Should -Be 'Akool.WaitTimeout'
        $run.Errors[0].FullyQualifiedErrorId | Should -BeLike 'Akool.WaitTimeout,*'

        # The next run picks the job up instead of paying for it again.
        $pending = Join-Path $TestDrive 'pending.xml'
        $summary.Failures.Job | Export-Clixml $pending
        $null = Invoke-SimulatorAdmin $sim "jobs/$($summary.Failures[0].Id)" -Body @{ complete = $true }
        Connect-TestSimulator $sim
        $files = Import-Clixml $pending | Wait-AkoolVideo -PollInterval 0.1 -Timeout 30 | Save-AkoolVideo -Path $folder

        $files.Name | Should -Be 'long.ja.mp4'
        @(Get-SimulatorJournal $sim '/api/open/v3/content/video/createbytranslate').Count | Should -Be 1
    }
}

Describe 'examples/Invoke-TranslationRunbook.ps1 picking up the jobs of an earlier run' {
    BeforeAll {
        function Get-AutomationPSCredential([string] $Name) { [pscredential]::new((Get-TestClientId), (Get-TestApiKey)) }
        $automationVariables = @{}
        function Get-AutomationVariable {
            [CmdletBinding()] param([string] $Name)
            if (-not $automationVariables.ContainsKey($Name)) { throw "Variable asset '$Name' not found." }
            $automationVariables[$Name]
        }
        function Set-AutomationVariable {
            [CmdletBinding()] param([string] $Name, [object] $Value)
            if (-not $automationVariables.ContainsKey($Name)) { throw "Variable asset '$Name' not found." }
            $automationVariables[$Name] = $Value
        }
    }

    BeforeEach {
        Initialize-Test -JobDurationMs 600000
        $automationVariables.Clear()
    }

    It 'keeps the jobs still running in the Automation variable, not on the sandbox disk, and the next run saves them' {
        $automationVariables['AkoolPendingJobs'] = '[]'
        $folder = Join-Path $TestDrive 'sandbox-1'

        $first = Split-Output (& $runbook -Url https://media.example.com/long.mp4 -Language ja -OutputPath $folder `
                -BaseUri $sim.Uri -Timeout 1 -PollInterval 0.2 2>&1)

        $first.Objects[0].TimedOut | Should -Be 1
        $kept = @($automationVariables['AkoolPendingJobs'] | ConvertFrom-Json)
        $kept.Count | Should -Be 1
        $kept[0].Id | Should -Be $first.Objects[0].Failures[0].Id
        $kept[0].Kind | Should -Be 'Translation'
        Get-ChildItem $folder -Force -ErrorAction Ignore | Should -BeNullOrEmpty -Because 'the sandbox disk is gone after the run'

        # The job ends at Akool; the next run, in a new sandbox, waits for it with its own new job.
        $null = Invoke-SimulatorAdmin $sim "jobs/$($kept[0].Id)" -Body @{ complete = $true }
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 300 }
        $folder = Join-Path $TestDrive 'sandbox-2'
        $second = Split-Output (& $runbook -Url https://media.example.com/next.mp4 -Language ja -OutputPath $folder `
                -BaseUri $sim.Uri -Timeout 60 -PollInterval 0.2 2>&1)

        $summary = $second.Objects[0]
        $summary.Created | Should -Be 1
        $summary.Resumed | Should -Be 1
        $summary.Completed | Should -Be 2
        $summary.Succeeded | Should -BeTrue
        @($summary.Files.Name | Sort-Object) | Should -Be @('long.ja.mp4', 'next.ja.mp4')
        $automationVariables['AkoolPendingJobs'] | Should -Be '[]'
        @(Get-SimulatorJournal $sim '/api/open/v3/content/video/createbytranslate').Count | Should -Be 2 -Because 'the late job was not paid for again'
    }

    It 'says what to create when the Automation variable is missing, before any credit is spent' {
        { & $runbook -Url https://media.example.com/a.mp4 -Language ja -OutputPath $TestDrive -BaseUri $sim.Uri } |
            Should -Throw '*variable ''AkoolPendingJobs'' was not found*'
        Get-SimulatorJournal $sim '/api/open/v3/content/video/*' | Should -BeNullOrEmpty
    }
}

Describe 'examples/Invoke-TranslationRunbook.ps1 keeping its jobs in a file outside Azure Automation' {
    BeforeEach {
        Initialize-Test -JobDurationMs 600000
        $env:AKOOL_API_KEY = Get-TestApiKeyText
        $env:AKOOL_BASE_URI = $sim.Uri
    }

    AfterEach {
        $env:AKOOL_API_KEY = $null
        $env:AKOOL_BASE_URI = $null
    }

    It 'writes the jobs still running to -StatePath, and the next run saves them and removes the file' {
        Get-Command Get-AutomationVariable -ErrorAction Ignore | Should -BeNullOrEmpty
        $folder = Join-Path $TestDrive 'local'
        $state = Join-Path $TestDrive 'state/pending.json'

        $first = (& $runbook -Url https://media.example.com/long.mp4 -Language es -OutputPath $folder -StatePath $state -Timeout 1 -PollInterval 0.2 2>$null)
        $first.TimedOut | Should -Be 1
        $kept = @(Get-Content $state -Raw | ConvertFrom-Json)
        $kept.Id | Should -Be $first.Failures[0].Id

        $null = Invoke-SimulatorAdmin $sim "jobs/$($kept[0].Id)" -Body @{ complete = $true }
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ jobDurationMs = 300 }
        $second = & $runbook -Url https://media.example.com/short.mp4 -Language es -OutputPath $folder -StatePath $state -Timeout 60 -PollInterval 0.2

        $second.Resumed | Should -Be 1
        $second.Completed | Should -Be 2
        Test-Path $state | Should -BeFalse
        Test-Path (Join-Path $folder 'long.es.mp4') | Should -BeTrue
    }
}

Describe 'examples/Invoke-TranslationRunbook.ps1 as a scheduled task' {
    BeforeEach {
        Initialize-Test
        $env:AKOOL_API_KEY = Get-TestApiKeyText
        $env:AKOOL_BASE_URI = $sim.Uri
    }

    AfterEach {
        $env:AKOOL_API_KEY = $null
        $env:AKOOL_BASE_URI = $null
    }

    It 'connects from the environment, and a video Akool would refuse is one failure among the others' {
        Get-Command Get-AutomationPSCredential -ErrorAction Ignore | Should -BeNullOrEmpty
        $folder = Join-Path $TestDrive 'scheduled'

        $run = Split-Output (& $runbook -Url https://media.example.com/a.mp4, 'ftp://media.example.com/b.mp4' -Language es `
                -OutputPath $folder -Timeout 60 -PollInterval 0.2 2>&1)

        $summary = $run.Objects[0]
        $summary.Created | Should -Be 1
        $summary.Completed | Should -Be 1
        $summary.Failed | Should -Be 1
        $summary.Failures[0].ErrorId | Should -Be 'Akool.InvalidUrl'
        $summary.Failures[0].Stage | Should -Be 'Create'
        $summary.Failures[0].Url | Should -Be 'ftp://media.example.com/b.mp4'
        $run.Errors.FullyQualifiedErrorId | Should -BeLike 'Akool.InvalidUrl,*'
        $summary.Files.Name | Should -Be 'a.es.mp4'
        Test-Path (Join-Path $folder 'a.es.mp4') | Should -BeTrue

        @(Get-SimulatorJournal $sim '/api/open/v3/getToken').Count | Should -Be 0 -Because 'AKOOL_API_KEY is an API key'
        @(Get-SimulatorJournal $sim '/api/open/v3/content/video/createbytranslate').Count | Should -Be 1
    }

    It 'does not stop on a failed job even when the caller set $ErrorActionPreference = Stop' {
        Add-PlannedFailure
        $ErrorActionPreference = 'Stop'

        $run = Split-Output (& $runbook -Url https://media.example.com/a.mp4 -Language es, it -OutputPath (Join-Path $TestDrive 'strict') `
                -Timeout 60 -PollInterval 0.2 2>&1)

        $run.Objects[0].Completed | Should -Be 1
        $run.Objects[0].Failed | Should -Be 1
    }

    It 'stops before any credit is spent when a language is unknown or the credentials are missing' {
        { & $runbook -Url https://media.example.com/a.mp4 -Language xx -OutputPath $TestDrive } |
            Should -Throw -ErrorId 'Akool.LanguageNotFound,*'
        $env:AKOOL_API_KEY = $null
        { & $runbook -Url https://media.example.com/a.mp4 -Language es -OutputPath $TestDrive } |
            Should -Throw -ErrorId 'Akool.NoCredential,*'

        Get-SimulatorJournal $sim '/api/open/v3/content/video/*' | Should -BeNullOrEmpty
    }
}

Describe 'examples/Invoke-ParallelTranslation.ps1' -Tag 'Pwsh7' {
    BeforeEach { Initialize-Test }

    It 'creates every job once, from one shared session, and collects the results into one summary' {
        $videos = 1..5 | ForEach-Object { [pscustomobject]@{ Url = "https://media.example.com/talk$_.mp4" } }
        $credential = [pscredential]::new((Get-TestClientId), (Get-TestApiKey))
        $folder = Join-Path $TestDrive 'parallel'
        Add-PlannedFailure

        $run = Split-Output ($videos | & $parallel -Language fr, de -OutputPath $folder -Credential $credential -BaseUri $sim.Uri `
                -ThrottleLimit 3 -Timeout 60 -PollInterval 0.2 2>&1)

        $run.Objects.Count | Should -Be 1
        $summary = $run.Objects[0]
        $summary.Videos | Should -Be 5
        $summary.Created | Should -Be 10
        $summary.Completed | Should -Be 9
        $summary.Failed | Should -Be 1
        $summary.TimedOut | Should -Be 0
        $summary.Succeeded | Should -BeFalse
        $summary.Results.Count | Should -Be 10
        ($summary.Results.Id | Sort-Object -Unique).Count | Should -Be 10
        $failed = @($summary.Results | Where-Object Status -EQ 'Failed')
        $failed.ErrorId | Should -Be 'Akool.VideoFailed'
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].TargetObject.Id | Should -Be $failed[0].Id

        $summary.Files.Count | Should -Be 9
        @(Get-ChildItem $folder -Filter *.mp4).Count | Should -Be 9
        foreach ($result in $summary.Results | Where-Object Status -EQ 'Completed') {
            $result.Files.Name | Should -Be "$([IO.Path]::GetFileNameWithoutExtension($result.Url)).$($result.Language).mp4"
        }

        # One create per video, each video once; one token for the one session every runspace shared.
        $creates = @(Get-SimulatorJournal $sim '/api/open/v3/content/video/createbytranslate')
        $creates.Count | Should -Be 5
        ($creates.body | ConvertFrom-Json).url | Sort-Object | Should -Be ($videos.Url | Sort-Object)
        @(Get-SimulatorJobs $sim).Count | Should -Be 10
        @(Get-SimulatorJournal $sim '/api/open/v3/getToken').Count | Should -Be 1

        # Every job is created before the one wait polls any: no runspace is held through a render.
        $paths = @(Get-SimulatorJournal $sim | ForEach-Object path)
        $lastCreate = [Array]::LastIndexOf($paths, '/api/open/v3/content/video/createbytranslate')
        $firstPoll = [Array]::IndexOf($paths, '/api/open/v3/content/video/infobymodelid')
        $firstPoll | Should -BeGreaterThan $lastCreate
    }

    It 'takes about one render for a batch bigger than -ThrottleLimit, not one render per -ThrottleLimit videos' {
        Initialize-Test -JobDurationMs 4000
        $env:AKOOL_API_KEY = Get-TestApiKeyText
        try {
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $summary = & $parallel -Url (1..8 | ForEach-Object { "https://media.example.com/v$_.mp4" }) -Language es `
                -OutputPath (Join-Path $TestDrive 'fast') -BaseUri $sim.Uri -ThrottleLimit 2 -PollInterval 0.2
            $clock.Stop()
        } finally {
            $env:AKOOL_API_KEY = $null
        }

        $summary.Completed | Should -Be 8
        # Holding a slot per render, 8 videos 2 at a time would take 4 renders (16 s) at least.
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 16
    }
}

Describe 'examples/AzureFunction receiving Akool''s webhooks' -Tag 'Pwsh7' {
    BeforeAll {
        # The Functions worker defines this type; run.ps1 casts its answer to it.
        class HttpResponseContext {
            [object] $StatusCode
            [object] $Body
            [hashtable] $Headers
        }

        $run = Join-Path $functionApp 'AkoolWebhook/run.ps1'
        $saveResult = Join-Path $functionApp 'AkoolSaveResult/run.ps1'
        $pushed = [Collections.Generic.List[object]]::new()

        # The Functions worker's cmdlet for output bindings: keep what run.ps1 answers.
        function Push-OutputBinding([string] $Name, [object] $Value) {
            $pushed.Add([pscustomobject]@{ Name = $Name; Value = $Value })
        }

        function New-FunctionRequest([string] $RawBody, [switch] $BodyOnly) {
            # $Request as the worker hands it over: for JSON, Body is already a hashtable.
            $parsed = try { $RawBody | ConvertFrom-Json -AsHashtable } catch { $RawBody }
            [pscustomobject]@{
                Method  = 'POST'
                Url     = 'https://contoso-akool.azurewebsites.net/api/AkoolWebhook'
                Headers = @{ 'content-type' = 'application/json' }
                Query   = @{}
                Params  = @{}
                Body    = $parsed
                RawBody = if ($BodyOnly) { $null } else { $RawBody }
            }
        }

        function Invoke-Function($Request) {
            # Runs run.ps1 once and gives back the response it pushed; queue messages stay in $pushed.
            $before = $pushed.Count
            $null = & $run -Request $Request -TriggerMetadata @{} 3>$null 6>$null
            $responses = @($pushed | Select-Object -Skip $before | Where-Object Name -EQ 'Response')
            $responses.Count | Should -Be 1 -Because 'run.ps1 answers every request exactly once'
            $responses[0].Value
        }

        function Get-QueuedMessage { @($pushed | Where-Object Name -EQ 'SaveQueue' | ForEach-Object Value) }

        function Invoke-SaveFunction($Message) {
            # The queue-triggered function, handed a message as the worker hands a JSON one: a hashtable.
            & $saveResult -QueueItem $Message -TriggerMetadata @{ DequeueCount = 1 } 6>$null
        }

        function Start-WebhookReceiver {
            $probe = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
            $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
            $listener = [Net.HttpListener]::new()
            $listener.Prefixes.Add("http://127.0.0.1:$port/api/AkoolWebhook/")
            $listener.Start()
            [pscustomobject]@{ Listener = $listener; Url = "http://127.0.0.1:$port/api/AkoolWebhook/" }
        }

        function Receive-IntoFunction($Receiver, [int] $Count, [int] $TimeoutSec = 30) {
            # Takes the simulator's posts, hands each to run.ps1, and answers the simulator with what run.ps1 pushed.
            for ($i = 0; $i -lt $Count; $i++) {
                $pending = $Receiver.Listener.GetContextAsync()
                if (-not $pending.Wait([TimeSpan]::FromSeconds($TimeoutSec))) { throw "Only $i of $Count webhook posts arrived." }
                $context = $pending.Result
                $body = [IO.StreamReader]::new($context.Request.InputStream).ReadToEnd()
                $response = Invoke-Function (New-FunctionRequest $body)
                $context.Response.StatusCode = [int] $response.StatusCode
                $context.Response.Close()
                [pscustomobject]@{ Body = $body; Response = $response }
            }
        }
    }

    BeforeEach {
        Initialize-Test
        $pushed.Clear()
        $env:AKOOL_CLIENT_ID = Get-TestClientId
        $env:AKOOL_CLIENT_SECRET = Get-TestApiKeyText
        $env:AKOOL_BASE_URI = $sim.Uri
        $env:AKOOL_OUTPUT_PATH = Join-Path $TestDrive "results-$([guid]::NewGuid().ToString('n'))"
        # The worker runs profile.ps1 once when it starts.
        & (Join-Path $functionApp 'profile.ps1')
    }

    AfterEach {
        'AKOOL_CLIENT_ID', 'AKOOL_CLIENT_SECRET', 'AKOOL_BASE_URI', 'AKOOL_OUTPUT_PATH' |
            ForEach-Object { [Environment]::SetEnvironmentVariable($_, $null) }
    }

    It 'is an app the Functions host can load: the triggers, the host settings, the module requirement' {
        $binding = Get-Content (Join-Path $functionApp 'AkoolWebhook/function.json') -Raw | ConvertFrom-Json
        $trigger = $binding.bindings | Where-Object type -EQ 'httpTrigger'
        $trigger.name | Should -Be 'Request'
        $trigger.methods | Should -Be 'post'
        $trigger.authLevel | Should -BeIn 'anonymous', 'function'
        ($binding.bindings | Where-Object type -EQ 'http').name | Should -Be 'Response'
        (Get-Content (Join-Path $functionApp 'host.json') -Raw | ConvertFrom-Json).managedDependency.enabled | Should -BeTrue
        $queue = $binding.bindings | Where-Object type -EQ 'queue'
        $queue.direction | Should -Be 'out'
        $queue.name | Should -Be 'SaveQueue'
        $saver = (Get-Content (Join-Path $functionApp 'AkoolSaveResult/function.json') -Raw | ConvertFrom-Json).bindings
        $saver.type | Should -Be 'queueTrigger'
        $saver.queueName | Should -Be $queue.queueName
        $saver.name | Should -Be 'QueueItem'
        (Get-Content (Join-Path $functionApp 'host.json') -Raw | ConvertFrom-Json).extensions.queues.maxDequeueCount | Should -BeGreaterThan 1

        # The Functions host takes 'N.*' or an exact version. AkoolPS is 0.x, where a minor release may break
        # scripts, so the exact version is pinned; from 1.0 on, the major version ('1.*').
        $required = (Import-PowerShellDataFile (Join-Path $functionApp 'requirements.psd1')).AkoolPS
        $module = [version](Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../AkoolPS.psd1')).ModuleVersion
        $expected = if ($module.Major -eq 0) { $module.ToString(3) } else { "$($module.Major).*" }
        $required | Should -BeExactly $expected
        (Get-AkoolSession).AuthMethod | Should -Be 'ClientCredential' -Because 'profile.ps1 connects from the app settings'
    }

    It 'answers every notice of a job with 200 at once, queues the completed one, and the queue function saves it' {
        $receiver = Start-WebhookReceiver
        try {
            $job = New-AkoolTranslation -Url https://media.example.com/keynote.mp4 -Language fr -WebhookUrl $receiver.Url
            $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
            $notices = @(Receive-IntoFunction $receiver -Count 2)
        } finally {
            $receiver.Listener.Stop()
        }

        $notices.Response.StatusCode | Should -Be @([Net.HttpStatusCode]::OK, [Net.HttpStatusCode]::OK)
        $notices.Response.Body.status | Should -Be @('Processing', 'Completed')
        $notices.Response.Body.id | Should -Be @($job.Id, $job.Id)
        $notices[1].Response.Body.queued | Should -BeTrue
        Test-Path $env:AKOOL_OUTPUT_PATH | Should -BeFalse -Because 'the HTTP function saves nothing itself'
        @(Get-SimulatorJournal $sim '/api/open/v3/content/video/infobymodelid').Count | Should -Be 0 -Because 'the HTTP function answered without a request'
        $messages = @(Get-QueuedMessage)
        $messages.Count | Should -Be 1
        $messages[0].id | Should -Be $job.Id
        $messages[0].kind | Should -Be 'Translation'

        $names = @(Invoke-SaveFunction $messages[0])

        $saved = @(Get-ChildItem $env:AKOOL_OUTPUT_PATH -File)
        $saved.Count | Should -Be 1
        $saved[0].Length | Should -BeGreaterThan 0
        $names | Should -Be $saved[0].Name
        # A second delivery of the same message (the queue retries at least once) replaces the file.
        Invoke-SaveFunction ($messages[0] | ConvertTo-Json -Compress) | Should -Be $saved[0].Name
        @(Get-ChildItem $env:AKOOL_OUTPUT_PATH -File).Count | Should -Be 1

        # The simulator got 200 for each notice, so it sent each once; the function read the job once, to save it.
        # (The simulator logs a delivery once it has read the answer: give it a moment.)
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        $deliveries = @()
        while ($deliveries.Count -lt 2 -and [DateTime]::UtcNow -lt $deadline) {
            Start-Sleep -Milliseconds 50
            $deliveries = @(Invoke-SimulatorAdmin $sim "webhooks?jobId=$($job.Id)" -Method GET | ForEach-Object { $_ })
        }
        $deliveries.httpStatus | Should -Be @(200, 200)
        @(Get-SimulatorJournal $sim '/api/open/v3/content/video/infobymodelid').Count | Should -Be 2 -Because 'each save read the job once'
    }

    It 'lets a save that fails throw, so that the queue delivers the message again' {
        $job = New-AkoolTranslation -Url https://media.example.com/keynote.mp4 -Language fr
        $null = Invoke-SimulatorAdmin $sim "jobs/$($job.Id)" -Body @{ complete = $true }
        $null = New-Item -ItemType File -Path $env:AKOOL_OUTPUT_PATH -Force    # a file where the folder should be

        { Invoke-SaveFunction @{ id = $job.Id; kind = 'Translation' } } | Should -Throw
        Invoke-SaveFunction @{ kind = 'Translation' } 3>$null | Should -BeNullOrEmpty -Because 'a message it cannot use is dropped, not retried'
    }

    It 'answers 200 for a job that failed, and saves nothing' {
        Add-PlannedFailure
        $receiver = Start-WebhookReceiver
        try {
            $null = New-AkoolLipSync -VideoUrl https://media.example.com/talk.mp4 -AudioUrl https://media.example.com/dub.wav -WebhookUrl $receiver.Url
            $notices = @(Receive-IntoFunction $receiver -Count 2)
        } finally {
            $receiver.Listener.Stop()
        }

        $notices.Response.StatusCode | Should -Be @([Net.HttpStatusCode]::OK, [Net.HttpStatusCode]::OK)
        $notices[1].Response.Body.status | Should -Be 'Failed'
        Get-QueuedMessage | Should -BeNullOrEmpty
    }

    It 'checks a body the worker parsed, and answers 401 with nothing else to a changed or foreign body' {
        $receiver = Start-WebhookReceiver
        try {
            $null = New-AkoolTranslation -Url https://media.example.com/keynote.mp4 -Language de -WebhookUrl $receiver.Url
            $completed = @(Receive-IntoFunction $receiver -Count 2)[1].Body
        } finally {
            $receiver.Listener.Stop()
        }
        $pushed.Clear()
        $tampered = $completed -replace '"nonce":"(\d)', '"nonce":"9$1'

        $parsed = Invoke-Function (New-FunctionRequest $completed -BodyOnly)
        $changed = Invoke-Function (New-FunctionRequest $tampered)
        $foreign = Invoke-Function (New-FunctionRequest '{"event":"push","ref":"main"}')
        $empty = Invoke-Function (New-FunctionRequest '')

        $parsed.StatusCode | Should -Be ([Net.HttpStatusCode]::OK)
        @(Get-QueuedMessage).Count | Should -Be 1 -Because 'only the body that checked out is queued'
        foreach ($refused in $changed, $foreign, $empty) {
            $refused.StatusCode | Should -Be ([Net.HttpStatusCode]::Unauthorized)
            $refused.Body | Should -BeNullOrEmpty
        }
    }

    It 'answers 500, so that Akool posts again, while it cannot check notices' {
        Disconnect-Akool
        $env:AKOOL_CLIENT_ID = $null
        $env:AKOOL_CLIENT_SECRET = $null

        (Invoke-Function (New-FunctionRequest '{"signature":"a","dataEncrypt":"b","timestamp":1,"nonce":"1"}')).StatusCode |
            Should -Be ([Net.HttpStatusCode]::InternalServerError)
    }
}
