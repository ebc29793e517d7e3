#Requires -Version 7.4
<#
.SYNOPSIS
    Measures the two shapes of a parallel batch on the simulator: each runspace creating, waiting for and
    saving its own video (a throttle slot held through each render), beside examples/Invoke-ParallelTranslation.ps1
    (create every job, then one Wait-AkoolVideo for all, saving each as it ends).
.DESCRIPTION
    Needs the built module and simulator (dotnet pwsh ./build.ps1 -Task Build). Prints one line per shape and
    writes an object with the seconds of each. The numbers in the example's help come from this script.
.EXAMPLE
    dotnet pwsh ./tools/Measure-ParallelTranslation.ps1 -Videos 40 -JobDurationMs 5000
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 1000)] [int] $Videos = 40,
    [ValidateRange(100, 600000)] [int] $JobDurationMs = 5000,
    [ValidateRange(0, 1000)] [int] $LatencyMs = 20,
    [ValidateRange(1, 64)] [int] $ThrottleLimit = 4,
    [double] $PollInterval = 1,
    [string] $ModulePath,
    [string] $SimulatorPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $PSScriptRoot 'BuildTools.psm1') -Force
$version = (Import-PowerShellDataFile (Join-Path $root 'AkoolPS.psd1')).ModuleVersion
if (-not $ModulePath) { $ModulePath = Join-Path $root "out/AkoolPS/$version/AkoolPS.psd1" }
if (-not $SimulatorPath) { $SimulatorPath = Join-Path $root 'tests/AkoolPS.Simulator/bin/Release/net10.0/AkoolPS.Simulator.dll' }
Import-Module $ModulePath -Force

$simulator = Start-AkoolSimulator -Path $SimulatorPath -Arguments @('--job-duration-ms', "$JobDurationMs", '--latency-ms', "$LatencyMs", '--credit', '100000000')
$work = Join-Path ([IO.Path]::GetTempPath()) "akoolps-parallel-$PID"
$env:AKOOL_API_KEY = 'simulator-api-key-000001'    # the simulator's own key, not a secret
$env:AKOOL_BASE_URI = $simulator.Uri
try {
    $urls = 1..$Videos | ForEach-Object { "https://media.example.com/talk$_.mp4" }

    # The earlier shape: a runspace per video creates, waits and saves, so each holds its slot through the render.
    $perVideo = Measure-Command {
        $session = Connect-Akool -PassThru
        $modulePath = $ModulePath
        $urls | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
            Import-Module $using:modulePath
            New-AkoolTranslation -Url $_ -Language es -Session $using:session -Confirm:$false |
                Wait-AkoolVideo -Session $using:session -PollInterval $using:PollInterval |
                Save-AkoolVideo -Path (Join-Path $using:work 'per-video') -Session $using:session
        } | Out-Null
        Disconnect-Akool -Session $session
    }

    # The example as it is now.
    $example = Join-Path $root 'examples/Invoke-ParallelTranslation.ps1'
    $createThenWait = Measure-Command {
        $summary = & $example -Url $urls -Language es -OutputPath (Join-Path $work 'batch') -ThrottleLimit $ThrottleLimit -PollInterval $PollInterval
        if ($summary.Completed -ne $Videos) { throw "The example completed $($summary.Completed) of $Videos videos." }
    }

    $settings = "$Videos videos, jobs of $($JobDurationMs / 1000) s, $LatencyMs ms per request, -ThrottleLimit $ThrottleLimit, poll every $PollInterval s"
    Write-Host "Per-video runspaces (create, wait, save in each): $('{0:n1}' -f $perVideo.TotalSeconds) s ($settings)"
    Write-Host "Create every job, then one wait for all:          $('{0:n1}' -f $createThenWait.TotalSeconds) s"
    [pscustomobject]@{ Settings = $settings; PerVideoSeconds = $perVideo.TotalSeconds; CreateThenWaitSeconds = $createThenWait.TotalSeconds }
} finally {
    $env:AKOOL_API_KEY = $null
    $env:AKOOL_BASE_URI = $null
    Stop-AkoolSimulator $simulator
    Remove-Item $work -Recurse -Force -ErrorAction Ignore
}
