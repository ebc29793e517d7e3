# Shared by the Pester tests: the built module, a simulator per test file, and its admin API.
# build.ps1 -Task Test sets AKOOLPS_MODULE (the built manifest) and AKOOLPS_SIMULATOR (the simulator's dll).
Set-StrictMode -Version 3.0
# The simulator is started and called as the build does it.
Import-Module (Join-Path $PSScriptRoot '../../tools/BuildTools.psm1')

$script:ApiKey = 'simulator-api-key-000001'
$script:ClientId = 'sim-client-00001'

function Invoke-TestPwsh {
    # Runs a script file in a new pwsh (-NonInteractive, output captured), with environment variables
    # set for that process only; returns its exit code, its whole output and its last JSON line parsed.
    param([Parameter(Mandatory)] [string] $File, [object[]] $Arguments = @(), [hashtable] $Environment = @{})
    $process = Get-CurrentProcessPath
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' } else { @() }
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $Environment[$name])
    }
    try {
        $output = & $process @prefix -NoProfile -NonInteractive -File $File @Arguments 2>&1 | Out-String
        $exitCode = $LASTEXITCODE
    } finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
    $json = $output -split "`n" | Where-Object { $_ -like '{*' } | Select-Object -Last 1
    [pscustomobject]@{ ExitCode = $exitCode; Output = $output; Result = if ($json) { $json | ConvertFrom-Json } }
}

function Get-TestModulePath {
    if (-not $env:AKOOLPS_MODULE -or -not (Test-Path $env:AKOOLPS_MODULE)) {
        throw 'AKOOLPS_MODULE must name the built module manifest; run the tests through build.ps1 -Task Test.'
    }
    $env:AKOOLPS_MODULE
}

function Get-TestApiKey { ConvertTo-SecureString $script:ApiKey -AsPlainText -Force }

function Get-TestApiKeyText { $script:ApiKey }

function Get-TestClientId { $script:ClientId }

function Start-TestSimulator {
    param([string[]] $Arguments = @())
    if (-not $env:AKOOLPS_SIMULATOR -or -not (Test-Path $env:AKOOLPS_SIMULATOR)) {
        throw 'AKOOLPS_SIMULATOR must name the built simulator; run the tests through build.ps1 -Task Test.'
    }
    # Get-AkoolVoice still reads the video-translation voice list that Akool removed on 2025-11-25 (it moves to
    # VoiceLab); until then the tests run the simulator with that list served.
    Start-AkoolSimulator -Path $env:AKOOLPS_SIMULATOR -Arguments (@('--legacy-voice-list', 'true') + $Arguments)
}

function Stop-TestSimulator($Simulator) { Stop-AkoolSimulator $Simulator }

function Invoke-SimulatorAdmin {
    # Calls the simulator's admin API (a path the real Akool API does not have).
    param(
        [Parameter(Mandatory)] $Simulator,
        [Parameter(Mandatory)] [string] $Path,
        [string] $Method = 'POST',
        $Body
    )
    Invoke-AkoolSimulatorAdmin -BaseUri $Simulator.Uri -Path $Path -Method $Method -Body $Body
}

function Reset-TestSimulator($Simulator, [int] $JobDurationMs = 1500) {
    $null = Invoke-SimulatorAdmin $Simulator 'reset'
    $null = Invoke-SimulatorAdmin $Simulator 'config' -Body @{ jobDurationMs = $JobDurationMs }
}

function Get-SimulatorJournal($Simulator, [string] $PathLike = '*') {
    # Invoke-RestMethod writes a JSON array as one object: enumerate it here.
    foreach ($entry in (Invoke-SimulatorAdmin $Simulator 'journal' -Method GET)) {
        if ($entry.path -like $PathLike) { $entry }
    }
}

function Get-SimulatorJobs($Simulator) {
    foreach ($job in (Invoke-SimulatorAdmin $Simulator 'jobs' -Method GET)) { $job }
}

function Add-SimulatorFault($Simulator, [hashtable] $Rule) {
    $null = Invoke-SimulatorAdmin $Simulator 'faults' -Body $Rule
}

function Connect-TestSimulator($Simulator, [switch] $PassThru) {
    Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $Simulator.Uri -RetryDelay 0.05 -MaxRetryDelay 1 -PassThru:$PassThru
}

function Get-AkoolCodeProblem([string] $Code) {
    # Parses PowerShell code (a help example, an example script) and checks every AkoolPS command in it: it is
    # a cmdlet of the imported module, and each -Parameter (or key of a hashtable splatted into it) is one of
    # its parameters or aliases. Writes one line per problem.
    $exported = @(Get-Command -Module AkoolPS -CommandType Cmdlet | ForEach-Object Name)
    $tokens = $errors = $null
    $ast = [Management.Automation.Language.Parser]::ParseInput($Code, [ref] $tokens, [ref] $errors)
    foreach ($parseError in $errors) { "The code does not parse: $($parseError.Message)" }
    $splats = @{}
    foreach ($assignment in $ast.FindAll({ param($a) $a -is [Management.Automation.Language.AssignmentStatementAst] }, $true)) {
        $value = if ($assignment.Right -is [Management.Automation.Language.CommandExpressionAst]) { $assignment.Right.Expression }
        if ($assignment.Left -is [Management.Automation.Language.VariableExpressionAst] -and $value -is [Management.Automation.Language.HashtableAst]) {
            $splats[$assignment.Left.VariablePath.UserPath] = @($value.KeyValuePairs | ForEach-Object { $_.Item1.SafeGetValue() })
        }
    }
    foreach ($call in $ast.FindAll({ param($a) $a -is [Management.Automation.Language.CommandAst] }, $true)) {
        $name = $call.GetCommandName()
        if (-not $name -or $name -notmatch '-Akool') { continue }
        if ($name -notin $exported) { "$name is not a cmdlet of AkoolPS."; continue }
        $parameters = (Get-Command $name).Parameters.Values
        $used = @($call.CommandElements | Where-Object { $_ -is [Management.Automation.Language.CommandParameterAst] } | ForEach-Object ParameterName)
        foreach ($splat in $call.CommandElements | Where-Object { $_ -is [Management.Automation.Language.VariableExpressionAst] -and $_.Splatted }) {
            $used += @($splats[$splat.VariablePath.UserPath])
        }
        foreach ($parameter in $used) {
            if (-not ($parameters | Where-Object { $_.Name -eq $parameter -or $_.Aliases -contains $parameter })) { "$name has no parameter -$parameter." }
        }
    }
}

Export-ModuleMember -Function *
