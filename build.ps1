#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and demonstrates AkoolPS. Needs only the .NET SDK: run it as `dotnet pwsh ./build.ps1`.

.DESCRIPTION
    Tasks:
      Build  compiles the solution and lays the module out in out/AkoolPS/<version>/
      Test   Package, then the xunit tests, then the Pester tests in a fresh pwsh that imports the built module
      Package  Build, then AkoolPS.<version>.nupkg in out/repository with Publish-PSResource
      Demo   Build, then starts the Akool simulator and translates a video into two languages, waits, saves
      Bench  Build in Release, then tools/Bench.ps1: each scenario beside its peer (Invoke-RestMethod, curl, a raw
             HttpClient) on the simulator, written to bench/results.md and bench/wait.png. Not part of Test.
      LiveCheck  with AKOOL_API_KEY (or AKOOL_CLIENT_ID + AKOOL_CLIENT_SECRET): Build, then tools/LiveCheck.ps1
             against the real Akool API: every read, with the drift between Akool's answers and what the module
             models, into out/live-check.md; -Spend also makes the cheapest job of each kind, once confirmed.
             Without credentials it says so in one line and exits 0. Not part of Test; CI does not run it.
      Clean  removes out/ and every bin/ and obj/ folder

    It prints what it does and stops at the first failure with a non-zero exit code.

.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test

.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Bench -Scenario Status, Wait -Repeat 5
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Bench', 'LiveCheck', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Bench: the simulator's added latency per API request, to look like a real network.
    [ValidateRange(0, 10000)]
    [int] $LatencyMs = 20,

    # Bench: how many times each scenario is measured.
    [ValidateRange(1, 100)]
    [int] $Repeat = 3,

    # Bench: the scenarios to run (Import, Status, Wait, Paging, Download, Creates, Save, EndToEnd); default all.
    [string[]] $Scenario,

    # Test: run only the xunit tests that match this filter (dotnet test --filter syntax). For quick
    # work on one area; CI and the README's command run everything.
    [string] $XunitFilter,

    # Test: run only these Pester files (paths under tests/pester) instead of the whole folder.
    [string[]] $PesterPath,

    # LiveCheck: also make the cheapest job of each kind (spends credits, asks first).
    [switch] $Spend,

    # LiveCheck: the API address; default AKOOL_BASE_URI, else https://openapi.akool.com.
    [uri] $BaseUri
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$Version = (Import-PowerShellDataFile (Join-Path $Root 'AkoolPS.psd1')).ModuleVersion
$ModuleDir = Join-Path $Out "AkoolPS/$Version"
$ResultsDir = Join-Path $Out 'test-results'
$SimulatorDll = Join-Path $Root "tests/AkoolPS.Simulator/bin/$Configuration/net10.0/AkoolPS.Simulator.dll"
$Repository = Join-Path $Out 'repository'

Import-Module (Join-Path $Root 'tools/BuildTools.psm1') -Force

function Invoke-Build {
    Write-Step "Building AkoolPS $Version ($Configuration)"
    Invoke-Native dotnet build (Join-Path $Root 'AkoolPS.sln') -c $Configuration "-p:Version=$Version" -nologo --verbosity minimal

    Write-Step "Laying out the module in $ModuleDir"
    Remove-Item (Join-Path $Out 'AkoolPS') -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $ModuleDir -Force
    # The cmdlet assembly and the loader that isolates its dependencies sit at the top; the client and
    # every package it needs go into dependencies/, loaded in their own context (see src/AkoolPS.Guard/DependencyRouting.cs).
    $binaries = Join-Path $Root "src/AkoolPS/bin/$Configuration/netstandard2.0"
    $dependencies = New-Item -ItemType Directory -Path (Join-Path $ModuleDir 'dependencies') -Force
    Copy-Item (Join-Path $binaries 'AkoolPS.dll') $ModuleDir
    Copy-Item (Join-Path $Root "src/AkoolPS.Isolation/bin/$Configuration/net8.0/AkoolPS.Isolation.dll") $ModuleDir
    # The guard's assembly name carries the version (see src/AkoolPS.Guard); its file name does not.
    Copy-Item (Join-Path $Root "src/AkoolPS.Guard/bin/$Configuration/netstandard2.0/AkoolPS.Guard.$Version.dll") (Join-Path $ModuleDir 'AkoolPS.Guard.dll')
    Get-ChildItem $binaries -Filter *.dll | Where-Object Name -NE 'AkoolPS.dll' | Copy-Item -Destination $dependencies
    Copy-Item (Join-Path $Root 'AkoolPS.psd1') $ModuleDir
    # The Gallery shows the release's own notes: the CHANGELOG.md section of this version.
    Set-ManifestReleaseNote -Path (Join-Path $ModuleDir 'AkoolPS.psd1') -Text (Get-ChangelogSection -Path (Join-Path $Root 'CHANGELOG.md') -Version $Version)
    Copy-Item (Join-Path $Root 'src/AkoolPS/AkoolPS.Format.ps1xml') $ModuleDir
    Copy-Item (Join-Path $Root 'LICENSE') $ModuleDir
    Write-Step 'Compiling the help from docs/en-US into MAML'
    Import-Module (Join-Path $Root 'tools/help/HelpBuilder.psm1') -Force
    Build-AkoolHelp -DocsPath (Join-Path $Root 'docs/en-US') -OutputPath $ModuleDir
    Get-ChildItem $ModuleDir -Recurse -File | Format-Table @{ n = 'File'; e = { [IO.Path]::GetRelativePath($ModuleDir, $_.FullName) } }, Length -AutoSize | Out-String | Write-Host
}

function Invoke-Package {
    Invoke-Build
    Write-Step "Packing AkoolPS $Version into $Repository"
    Remove-Item $Repository -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $Repository -Force
    Invoke-FreshPwsh -File (Join-Path $Root 'tools/Package.ps1') -Arguments @('-ModulePath', $ModuleDir, '-RepositoryPath', $Repository) `
        -Environment (New-IsolatedProfile (Join-Path $Out 'package-home'))
}

function Invoke-Test {
    Invoke-Package
    Remove-Item $ResultsDir -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $ResultsDir -Force

    Write-Step 'Running the xunit tests'
    $xunitFailed = $false
    try {
        [string[]] $filter = if ($XunitFilter) { '--filter', $XunitFilter } else { @() }
        Invoke-Native dotnet test (Join-Path $Root 'AkoolPS.sln') -c $Configuration --no-build -nologo `
            --logger 'trx' --logger 'console;verbosity=normal' --results-directory $ResultsDir @filter
    } catch {
        $xunitFailed = $true
    }
    $xunit = Get-TrxTotal -Path $ResultsDir
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed"
    if ($xunitFailed -or $xunit.Failed -gt 0 -or $xunit.Passed -eq 0) {
        Write-TestTotal -Passed $xunit.Passed -Failed ([Math]::Max(1, $xunit.Failed))
        throw 'The xunit tests failed; the Pester tests were not run.'
    }

    Write-Step 'Running the Pester tests in a fresh pwsh against the built module'
    $pester = Get-PesterModulePath -Root $Root
    $env:AKOOLPS_MODULE = Join-Path $ModuleDir 'AkoolPS.psd1'
    $env:AKOOLPS_SIMULATOR = $SimulatorDll
    $env:AKOOLPS_REPOSITORY = $Repository
    $summary = Join-Path $ResultsDir 'pester-summary.json'
    $pesterPaths = if ($PesterPath) { $PesterPath | ForEach-Object { (Resolve-Path $_).Path } } else { Join-Path $Root 'tests/pester' }
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$pester' -MinimumVersion 5.0
`$config = New-PesterConfiguration
`$config.Run.Path = @($(($pesterPaths | ForEach-Object { "'$_'" }) -join ', '))
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Detailed'
`$result = Invoke-Pester -Configuration `$config
`$failed = `$result.FailedCount + `$result.FailedBlocksCount + `$result.FailedContainersCount
@{ Passed = `$result.PassedCount; Failed = `$failed; Skipped = `$result.SkippedCount + `$result.NotRunCount } | ConvertTo-Json | Set-Content '$summary'
exit [Math]::Min(`$failed, 1)
"@
    $pesterFailed = $false
    try {
        Invoke-FreshPwsh -Command $script
    } catch {
        $pesterFailed = $true
    }
    $pesterTotal = Get-PesterTotal -Path $summary
    Write-Host "Pester: $($pesterTotal.Passed) passed, $($pesterTotal.Failed) failed"
    $failed = $xunit.Failed + $pesterTotal.Failed
    if ($pesterFailed -and $pesterTotal.Failed -eq 0) { $failed++ }
    Write-TestTotal -Passed ($xunit.Passed + $pesterTotal.Passed) -Failed $failed
    if ($failed -gt 0) { throw 'The Pester tests failed.' }
}

function Invoke-Demo {
    Invoke-Build
    Write-Step 'Starting the Akool simulator'
    $simulator = Start-AkoolSimulator -Path $SimulatorDll -Arguments @('--job-duration-ms', '6000')
    try {
        Write-Host "Simulator at $($simulator.Uri)"
        $demo = Join-Path $Root 'tools/Demo.ps1'
        Invoke-FreshPwsh -File $demo -Arguments @('-ModulePath', (Join-Path $ModuleDir 'AkoolPS.psd1'), '-BaseUri', $simulator.Uri, '-OutputPath', (Join-Path $Out 'demo'))
    } finally {
        Write-Step 'Stopping the simulator'
        Stop-AkoolSimulator $simulator
    }
}

function Invoke-Bench {
    # Measured on the Release build, whatever -Configuration says.
    $script:Configuration = 'Release'
    $script:SimulatorDll = Join-Path $Root 'tests/AkoolPS.Simulator/bin/Release/net10.0/AkoolPS.Simulator.dll'
    Invoke-Build
    Write-Step "Benchmarking AkoolPS $Version beside its peers (latency $LatencyMs ms, $Repeat repeats)"
    $arguments = @{ ModulePath = (Join-Path $ModuleDir 'AkoolPS.psd1'); SimulatorPath = $SimulatorDll; LatencyMs = $LatencyMs; Repeat = $Repeat }
    if ($Scenario) { $arguments.Scenario = $Scenario }
    & (Join-Path $Root 'tools/Bench.ps1') @arguments
    if ($LASTEXITCODE) { throw "The benchmark exited with code $LASTEXITCODE." }
}

function Invoke-LiveCheck {
    $liveCheck = Join-Path $Root 'tools/LiveCheck.ps1'
    if (-not $env:AKOOL_API_KEY -and -not ($env:AKOOL_CLIENT_ID -and $env:AKOOL_CLIENT_SECRET)) {
        # One line and exit 0: CI and anyone without a key run it harmlessly.
        & $liveCheck -ModulePath (Join-Path $ModuleDir 'AkoolPS.psd1')
        exit 0
    }
    Invoke-Build
    Write-Step "Checking AkoolPS $Version against the real Akool API$(if ($Spend) { ', spending credits once confirmed' })"
    $arguments = @{ ModulePath = (Join-Path $ModuleDir 'AkoolPS.psd1'); Spend = $Spend; ReportPath = (Join-Path $Out 'live-check.md'); SavePath = (Join-Path $Out 'live-check') }
    if ($BaseUri) { $arguments.BaseUri = $BaseUri }
    & $liveCheck @arguments
    if ($LASTEXITCODE) { throw "The live check found failures (exit code $LASTEXITCODE); see out/live-check.md." }
}

function Invoke-Clean {
    Write-Step 'Removing out/, bin/ and obj/'
    Remove-Item $Out -Recurse -Force -ErrorAction Ignore
    Get-ChildItem $Root -Directory -Recurse -Include bin, obj |
        Where-Object FullName -NotMatch '[\\/]\.git[\\/]' |
        Remove-Item -Recurse -Force -ErrorAction Ignore
}

try {
    Push-Location $Root
    switch ($Task) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Demo' { Invoke-Demo }
        'Package' { Invoke-Package }
        'Bench' { Invoke-Bench }
        'LiveCheck' { Invoke-LiveCheck }
        'Clean' { Invoke-Clean }
    }
    Write-Step "$Task succeeded"
} catch {
    Write-Host "`n$Task failed: $($_.Exception.Message)" -ForegroundColor Red
    exit 1
} finally {
    Pop-Location
}
