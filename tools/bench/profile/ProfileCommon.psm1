# Shared by the profile scripts: default paths, running a pwsh script under dotnet-trace, summarising the trace.
Set-StrictMode -Version 3.0
Import-Module (Join-Path $PSScriptRoot '../BenchCommon.psm1')

$script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path

function Get-ProfilePaths {
    $version = (Import-PowerShellDataFile (Join-Path $script:Root 'AkoolPS.psd1')).ModuleVersion
    $kitProject = Join-Path $script:Root 'tools/bench/BenchKit/BenchKit.csproj'
    $output = & dotnet build $kitProject -c Release -nologo --verbosity quiet 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Building BenchKit failed:`n$($output -join "`n")" }
    # Loads BenchKit here too (its types: SpeedscopeReport, ChildRun, ...).
    Import-Module (Join-Path $script:Root 'tools/bench/BenchKit/bin/Release/net10.0/BenchKit.dll') -Global
    $work = Join-Path $script:Root 'bench/work/profile'
    $null = New-Item -ItemType Directory -Path $work -Force
    [pscustomobject]@{
        Root      = $script:Root
        Module    = Join-Path $script:Root "out/AkoolPS/$version/AkoolPS.psd1"
        ModuleDir = Join-Path $script:Root "out/AkoolPS/$version"
        Simulator = Join-Path $script:Root 'tests/AkoolPS.Simulator/bin/Release/net10.0/AkoolPS.Simulator.dll'
        Kit       = Join-Path $script:Root 'tools/bench/BenchKit/bin/Release/net10.0/BenchKit.dll'
        Work      = $work
    }
}

function Invoke-TracedPwsh {
    # Runs a script in a fresh pwsh under dotnet-trace (sampled thread time, ~100 Hz) and returns the speedscope file.
    param([Parameter(Mandatory)] [string] $Script, [Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] [string] $Work)
    $file = Join-Path $Work "$Name.ps1"
    Set-Content -Path $file -Value $Script
    $trace = Join-Path $Work "$Name.nettrace"
    Remove-Item "$trace*", (Join-Path $Work "$Name.speedscope.json") -ErrorAction Ignore
    $pwsh = Get-PwshCommand
    $arguments = @('tool', 'exec', '-y', 'dotnet-trace', '--', 'collect', '--profile', 'dotnet-sampled-thread-time', '--format', 'Speedscope',
        '-o', $trace, '--show-child-io', '--') + $pwsh + @('-NoProfile', '-NonInteractive', '-File', $file)
    & dotnet @arguments 2>&1 | Where-Object { $_ -notmatch '^\s*$' } | ForEach-Object { Write-Host "    $_" }
    $speedscope = Join-Path $Work "$Name.speedscope.json"
    if (-not (Test-Path $speedscope)) { throw "dotnet-trace wrote no $speedscope" }
    $speedscope
}

function Show-Profile {
    # Prints where the sampled time went: self and inclusive, idle frames left out unless -KeepIdle.
    param([string] $Path, [string] $Thread, [int] $Top = 25, [string] $Frame, [switch] $KeepIdle)
    [AkoolPS.Bench.SpeedscopeReport]::Summarize($Path, $(if ($Thread) { $Thread } else { $null }), $Top, $(if ($Frame) { $Frame } else { $null }), -not $KeepIdle)
}

function Show-ProfileTree {
    # Prints the call tree below the outermost frame whose name contains -Focus.
    param([string] $Path, [string] $Focus, [int] $Depth = 8, [double] $MinMs = 10, [switch] $KeepIdle)
    [AkoolPS.Bench.SpeedscopeReport]::Tree($Path, $Focus, $Depth, $MinMs, -not $KeepIdle)
}

Export-ModuleMember -Function *
