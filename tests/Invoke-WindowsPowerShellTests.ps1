<#
.SYNOPSIS
    Runs tests/pester under Windows PowerShell 5.1 against the module build.ps1 -Task Package laid out in out/.
.DESCRIPTION
    For .github/workflows/ci.yml on Windows: `powershell.exe -File tests/Invoke-WindowsPowerShellTests.ps1`
    after `dotnet pwsh ./build.ps1 -Task Package`. Tests tagged Pwsh7 need PowerShell 7 (ForEach-Object -Parallel,
    the AssemblyLoadContext isolation, PSResourceGet) and are left out here; everything else runs as in pwsh 7.
    Written for PowerShell 5.1: no PowerShell 7 syntax.
#>
[CmdletBinding()]
param()

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
if ($PSVersionTable.PSEdition -ne 'Desktop') { throw "Run this in Windows PowerShell 5.1 (powershell.exe); this is $($PSVersionTable.PSEdition) $($PSVersionTable.PSVersion)." }

$root = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $root 'tools/BuildTools.psm1') -Force
$version = (Import-PowerShellDataFile (Join-Path $root 'AkoolPS.psd1')).ModuleVersion
$env:AKOOLPS_MODULE = Join-Path $root "out/AkoolPS/$version/AkoolPS.psd1"
$env:AKOOLPS_SIMULATOR = Join-Path $root 'tests/AkoolPS.Simulator/bin/Release/net10.0/AkoolPS.Simulator.dll'
$env:AKOOLPS_REPOSITORY = Join-Path $root 'out/repository'
if (-not (Test-Path $env:AKOOLPS_MODULE)) { throw "No built module at ${env:AKOOLPS_MODULE}: run 'dotnet pwsh ./build.ps1 -Task Package' first." }

$results = Join-Path $root 'out/test-results'
$null = New-Item -ItemType Directory -Path $results -Force
Import-Module (Get-PesterModulePath -Root $root) -MinimumVersion 5.0
$config = New-PesterConfiguration
$config.Run.Path = Join-Path $root 'tests/pester'
$config.Run.PassThru = $true
$config.Filter.ExcludeTag = 'Pwsh7'
$config.Output.Verbosity = 'Detailed'
$config.TestResult.Enabled = $true
$config.TestResult.OutputPath = Join-Path $results 'pester-windows-powershell.xml'
$result = Invoke-Pester -Configuration $config
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
Write-Host "Windows PowerShell $($PSVersionTable.PSVersion): $($result.PassedCount) passed, $failed failed, $($result.SkippedCount + $result.NotRunCount) not run (tagged Pwsh7 or skipped)"
exit ([Math]::Min($failed, 1))
