# Scenario 6, creates in parallel: -Count `New-AkoolTranslation` calls through `ForEach-Object -Parallel
# -ThrottleLimit 10` sharing one session (`-Session $using:session`), beside the same calls one by one, in one
# pwsh. The module is found by the runspaces through $env:PSModulePath, as about_AkoolPS describes. Also
# timed, to tell the runspaces' own cost from the module's: the same -Parallel pipeline whose body only loads
# the module (Get-AkoolSession, no request), and the same pipeline with twice the calls, whose extra time is the
# throughput once the runspaces are up (the marginal speed-up); and PowerShell's own floor: the same -Parallel
# pipeline without the module, whose body only sleeps as long as one create took one by one. No module can beat
# that floor's speed-up with -Parallel on this machine.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 5,
    [int] $Count = 200,
    [int] $ThrottleLimit = 10,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
# out/AkoolPS/<version>/AkoolPS.psd1: the folder that holds AkoolPS/ goes on the module path.
$moduleRoot = Split-Path (Split-Path (Split-Path $ModulePath -Parent) -Parent) -Parent
$env:PSModulePath = $moduleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
Import-Module $KitPath   # BenchKit: MachineLoad
Import-Module $ModulePath
$session = Connect-BenchSimulator $BaseUri -PassThru

function Invoke-Sequential([string] $Tag) {
    $jobs = foreach ($i in 1..$Count) { New-AkoolTranslation -Url "https://example.com/$Tag-$i.mp4" -Language ja -Session $session }
    @($jobs).Count
}

function Invoke-Parallel([string] $Tag, [int] $Times = 1) {
    $jobs = 1..($Count * $Times) | ForEach-Object -Parallel {
        New-AkoolTranslation -Url "https://example.com/$($using:Tag)-$_.mp4" -Language ja -Session $using:session
    } -ThrottleLimit $ThrottleLimit
    @($jobs).Count / $Times
}

# Issue 16's shape: no runspaces, the rows of a CSV piped into one New-AkoolTranslation, whose creates are
# in flight together (bounded by the session's -MaxConcurrency).
$csv = Join-Path ([IO.Path]::GetTempPath()) "akoolps-bench-creates-$PID.csv"
function Invoke-Piped([string] $Tag) {
    1..$Count | ForEach-Object { [pscustomobject]@{ Url = "https://example.com/$Tag-$_.mp4" } } | Export-Csv $csv
    $jobs = Import-Csv $csv | New-AkoolTranslation -Language ja -Session $session
    @($jobs).Count
}

function Invoke-ParallelFloor([double] $CallMs) {
    $null = 1..$Count | ForEach-Object -Parallel { Start-Sleep -Milliseconds $using:CallMs } -ThrottleLimit $ThrottleLimit
    $Count
}

function Invoke-ParallelLoadOnly {
    $null = 1..$Count | ForEach-Object -Parallel { Get-AkoolSession } -ThrottleLimit $ThrottleLimit
    $Count
}

$script:lastBusy = 0
function Measure-Run([scriptblock] $Run) {
    # Wall milliseconds; how busy all cores were meanwhile (0-1) goes to $script:lastBusy.
    [GC]::Collect()
    $before = [AkoolPS.Bench.MachineLoad]::Snapshot()
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $made = & $Run
    $elapsed = $clock.Elapsed.TotalMilliseconds
    $script:lastBusy = [AkoolPS.Bench.MachineLoad]::Snapshot().BusySince($before)
    if ($made -ne $Count) { throw "$made of $Count jobs were made." }
    $elapsed
}

# Warm up (JIT of both paths, the parallel machinery).
$null = Invoke-Sequential 'warm-s' 
$null = Invoke-Parallel 'warm-p'
$null = Invoke-Piped 'warm-c'

$repeats = foreach ($r in 1..$Repeat) {
    $order = if ($r % 2) { 'sequential', 'piped', 'parallel', 'floor', 'loadOnly', 'double' } else { 'sequential', 'double', 'loadOnly', 'floor', 'parallel', 'piped' }
    $times = @{}
    foreach ($name in $order) {
        $times[$name] = switch ($name) {
            'sequential' { Measure-Run { Invoke-Sequential "s$r" } }
            'parallel' { Measure-Run { Invoke-Parallel "p$r" } }
            'piped' { Measure-Run { Invoke-Piped "c$r" } }
            'loadOnly' { Measure-Run { Invoke-ParallelLoadOnly } }
            'floor' { Measure-Run { Invoke-ParallelFloor ([Math]::Round($times.sequential / $Count)) } }
            'double' { Measure-Run { Invoke-Parallel "d$r" 2 } }
        }
        $times["${name}Busy"] = $script:lastBusy
    }
    $result = [pscustomobject]@{
        sequentialMs   = $times.sequential
        parallelMs     = $times.parallel
        loadOnlyMs     = $times.loadOnly
        floorMs        = $times.floor
        floorSpeedup   = $times.sequential / $times.floor
        speedup        = $times.sequential / $times.parallel
        pipedMs        = $times.piped
        pipedSpeedup   = $times.sequential / $times.piped
        doubleMs       = $times.double
        marginalSpeedup = $times.sequential / [Math]::Max(1, $times.double - $times.parallel)
        sequentialBusy = $times.sequentialBusy
        parallelBusy   = $times.parallelBusy
    }
    Write-BenchLine ("creates repeat {0}: {1} one by one {2:n0} ms, -Parallel -ThrottleLimit {3} {4:n0} ms (runspaces + module load alone {5:n0} ms); {6:n2}x; PowerShell's floor (sleeps, no module) {7:n0} ms = {8:n2}x; cores busy {9:p0} and {10:p0}" -f
        $r, $Count, $times.sequential, $ThrottleLimit, $times.parallel, $times.loadOnly, $result.speedup, $times.floor, $result.floorSpeedup, $times.sequentialBusy, $times.parallelBusy)
    $result
}

Remove-Item $csv -ErrorAction Ignore
[pscustomobject]@{ count = $Count; throttleLimit = $ThrottleLimit; repeats = @($repeats) } | ConvertTo-Json -Depth 6 | Set-Content $OutFile
