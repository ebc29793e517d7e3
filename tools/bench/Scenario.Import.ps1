# Scenario 1, import: `pwsh -NoProfile -c 'Import-Module <path>; Get-AkoolSession'` beside `pwsh -NoProfile -c 'exit'`.
# Each repeat starts both several times, alternating which goes first, and keeps the median of each. Besides the
# wall time (the target), the CPU time of each start (getrusage of the children) is kept: it is steadier on a busy machine.
# For scale, the same is measured for importing PowerShell's own Microsoft.PowerShell.Utility (a manifest module too).
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 5,
    [int] $Samples = 5,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: ChildRun

$pwsh = Get-PwshCommand
$prefix = @($pwsh | Select-Object -Skip 1)
$commands = [ordered]@{
    bare   = 'exit'
    module = "Import-Module '$ModulePath'; Get-AkoolSession"
    utility = 'Import-Module Microsoft.PowerShell.Utility'
    # AkoolPS after a module whose import had PowerShell's loader compiled: the module's own share of the cost.
    afterUtility = "Import-Module Microsoft.PowerShell.Utility; Import-Module '$ModulePath'; Get-AkoolSession"
}

function Measure-Start([string] $Command) {
    $run = [AkoolPS.Bench.ChildRun]::Run($pwsh[0], [string[]](@($prefix) + @('-NoProfile', '-NonInteractive', '-Command', $Command)))
    if ($run.ExitCode -ne 0) { throw "pwsh -c '$Command' exited with $($run.ExitCode): $($run.Output)" }
    $run
}

# Warm the file cache and the runtime's own caches once.
$null = Measure-Start $commands.bare
$null = Measure-Start $commands.module

$repeats = foreach ($r in 1..$Repeat) {
    $times = @{}
    foreach ($key in 'bare', 'module', 'utility', 'afterUtility', 'bareCpu', 'moduleCpu', 'utilityCpu', 'afterUtilityCpu') { $times[$key] = [Collections.Generic.List[double]]::new() }
    foreach ($s in 1..$Samples) {
        $order = if (($r + $s) % 2) { 'bare', 'module', 'utility', 'afterUtility' } else { 'afterUtility', 'utility', 'module', 'bare' }
        foreach ($name in $order) {
            $run = Measure-Start $commands[$name]
            $times[$name].Add($run.WallMs)
            $times["${name}Cpu"].Add($run.CpuMs)
        }
    }
    $bare = (Get-BenchStats $times.bare).Median
    $module = (Get-BenchStats $times.module).Median
    $bareCpu = (Get-BenchStats $times.bareCpu).Median
    $moduleCpu = (Get-BenchStats $times.moduleCpu).Median
    $utility = (Get-BenchStats $times.utility).Median
    $result = [pscustomobject]@{
        bareMs    = $bare
        moduleMs  = $module
        addedMs   = $module - $bare
        ratio     = ($module - $bare) / $bare
        bareCpuMs = $bareCpu
        moduleCpuMs = $moduleCpu
        cpuRatio  = ($moduleCpu - $bareCpu) / $bareCpu
        utilityMs = $utility
        utilityRatio = ($utility - $bare) / $bare
        afterUtilityRatio = ((Get-BenchStats $times.afterUtility).Median - $utility) / $bare
        bareAll   = @($times.bare)
        moduleAll = @($times.module)
    }
    Write-BenchLine ("import repeat {0}: bare {1:n0} ms, with module {2:n0} ms, added {3:n2} of a bare start (CPU: {4:n0} and {5:n0} ms, added {6:n2}); Microsoft.PowerShell.Utility adds {7:n2}, AkoolPS after it {8:n2}" -f $r, $bare, $module, $result.ratio, $bareCpu, $moduleCpu, $result.cpuRatio, $result.utilityRatio, $result.afterUtilityRatio)
    $result
}

[pscustomobject]@{ repeats = @($repeats); samplesPerRepeat = $Samples } | ConvertTo-Json -Depth 6 | Set-Content $OutFile
