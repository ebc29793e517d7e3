#Requires -Version 7.4
<#
.SYNOPSIS
    Benchmarks AkoolPS against the peers a user would otherwise use, on the Akool simulator. Not part of the tests.

.DESCRIPTION
    Each scenario runs in a fresh pwsh against a simulator of its own (started with --parent-pid, so it ends with
    this script), beside its peer in the same run, -Repeat times, alternating which side goes first. Results are
    ratios taken within one run (module beside Invoke-RestMethod, curl or a raw HttpClient loop), reported as the
    median and the spread (minimum-maximum) of the repeats, never as absolute times alone.

      Import    pwsh -c 'Import-Module; Get-AkoolSession' beside pwsh -c 'exit'            added ≤ 0.25 of a bare start
      Status    1,000 Get-AkoolVideo -Id one by one beside 1,000 Invoke-RestMethod, latency 0    ≤ 0.5
                Get-AkoolVideo -Id (1,000 ids) beside the one-by-one Invoke-RestMethod loop, -LatencyMs    ≤ 0.1
      Wait      Wait-AkoolVideo on 500 jobs of 5-60 s beside the naive foreach/Invoke-RestMethod/Start-Sleep loop
                on the same jobs: returns ≤ one poll interval + 2 s after the last job ends; requests ≤ 1.5x the
                minimum at that interval (counted in the simulator's journal)
      Paging    Get-AkoolVoice over 50,000 voices beside a raw HttpClient loop: first voice ≈ one page (≤ 1.5x the
                raw first page), whole list ≤ 1.2x, resident set grows < 50 MB
      Download  Save-AkoolVideo of a 1 GiB result beside curl -o: ≥ 0.8 of curl's throughput, memory flat (< 50 MB)
      Creates   200 rows of Import-Csv piped into New-AkoolTranslation beside one by one: ≥ 10x; and the same
                through ForEach-Object -Parallel -ThrottleLimit 10: ≥ 6x
      Save      20 results of 50 MB piped into Save-AkoolVideo (4 at once) beside -ThrottleLimit 1, the simulator capping
                each connection at -SaveBandwidthMBps: ≥ 3x the throughput, memory flat (< 50 MB)
      WaitMany  Wait-AkoolVideo on 10,000 jobs of seven kinds ending 5-60 s after the wait starts: status requests ≤ 1.5x
                the minimum at the poll interval (batch reads counted as such), each job written out within one interval
                of its end, resident set grows < 100 MB
      EndToEnd  Import-Csv of 1,000 rows | New-AkoolTranslation -Language ja, fr | Wait-AkoolVideo | Save-AkoolVideo: 2,000
                jobs of 5-60 s, 1 MiB results at 4 MiB/s per connection; the run ends within the last job's end + two poll
                intervals + the downloads the cap leaves after it; status requests ≤ 1.5x the minimum at the interval

    Writes <OutputPath>/results.md (the table, notes and findings), results.json (every number, merged with
    earlier runs of the scenarios not run this time) and wait.png (the wait scenario, drawn with ScottPlot by tools/bench/WaitChart).
    Work files go to <OutputPath>/work (ignored by git). Build the module and the simulator first
    (build.ps1 -Task Build). A full run with -Repeat 3 takes about 12 minutes on 2 cores, and the end-to-end scenario about 7 more (two repeats of 2,000 jobs).

.EXAMPLE
    dotnet pwsh ./tools/Bench.ps1 -Repeat 3

.EXAMPLE
    dotnet pwsh ./tools/Bench.ps1 -Scenario Status, Paging -Repeat 5

.EXAMPLE
    dotnet pwsh ./tools/Bench.ps1 -ReportOnly
#>
[CmdletBinding()]
param(
    # The built module manifest; default out/AkoolPS/<version>/AkoolPS.psd1.
    [string] $ModulePath,

    # The built simulator; default tests/AkoolPS.Simulator/bin/Release/net10.0/AkoolPS.Simulator.dll.
    [string] $SimulatorPath,

    # The simulator's latency for /api requests, to look like a real network (not for status part a).
    [ValidateRange(0, 10000)]
    [int] $LatencyMs = 20,

    # How many times each scenario is measured.
    [ValidateRange(1, 100)]
    [int] $Repeat = 5,

    # The wait scenario takes over a minute per repeat: it is repeated this often (default: -Repeat, at most 3).
    [ValidateRange(1, 100)]
    [int] $WaitRepeat,

    # The end-to-end scenario takes about three minutes per repeat: it is repeated this often (default: -Repeat, at most 2).
    [ValidateRange(1, 100)]
    [int] $EndToEndRepeat,

    # Where results go; default bench/ at the repository root.
    [string] $OutputPath,

    # The scenarios to run; default all.
    [ValidateSet('Import', 'Status', 'Wait', 'Paging', 'Download', 'Creates', 'Save', 'WaitMany', 'EndToEnd')]
    [string[]] $Scenario = @('Import', 'Status', 'Wait', 'Paging', 'Download', 'Creates', 'Save', 'WaitMany', 'EndToEnd'),

    # The save scenario's per-connection bandwidth cap on the simulator's result files, in MB a second.
    [ValidateRange(1, 10000)]
    [int] $SaveBandwidthMBps = 25,

    # The machine is shared: before each scenario, wait up to -QuietWaitSec for the 1-minute load average to fall
    # below this (0 = do not wait). The load at the start and end of each scenario is reported either way.
    [double] $QuietLoad = 1.5,
    [ValidateRange(0, 3600)]
    [int] $QuietWaitSec = 60,

    # How many jobs the WaitMany scenario waits for.
    [ValidateRange(100, 100000)]
    [int] $WaitManyJobs = 10000,

    # Rewrite results.md and wait.png from results.json (after editing tools/bench/Findings.md, say) without measuring.
    [switch] $ReportOnly
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$Root = Split-Path $PSScriptRoot -Parent
$BenchTools = Join-Path $PSScriptRoot 'bench'
Import-Module (Join-Path $BenchTools 'BenchCommon.psm1') -Force

$version = (Import-PowerShellDataFile (Join-Path $Root 'AkoolPS.psd1')).ModuleVersion
if (-not $ModulePath) { $ModulePath = Join-Path $Root "out/AkoolPS/$version/AkoolPS.psd1" }
if (-not $SimulatorPath) { $SimulatorPath = Join-Path $Root 'tests/AkoolPS.Simulator/bin/Release/net10.0/AkoolPS.Simulator.dll' }
if (-not $OutputPath) { $OutputPath = Join-Path $Root 'bench' }
if (-not $PSBoundParameters.ContainsKey('WaitRepeat')) { $WaitRepeat = [Math]::Min($Repeat, 3) }
if (-not $PSBoundParameters.ContainsKey('EndToEndRepeat')) { $EndToEndRepeat = [Math]::Min($Repeat, 2) }
$ModulePath = (Resolve-Path $ModulePath -ErrorAction Stop).Path
$SimulatorPath = (Resolve-Path $SimulatorPath -ErrorAction Stop).Path
$null = New-Item -ItemType Directory -Path $OutputPath -Force
$OutputPath = (Resolve-Path $OutputPath).Path
$WorkPath = Join-Path $OutputPath 'work'
$null = New-Item -ItemType Directory -Path $WorkPath -Force
$ResultsJson = Join-Path $OutputPath 'results.json'

# ---------------------------------------------------------------------------------------------------
# BenchKit: the sink cmdlet, raw HttpClient peer and memory sampler (tools/bench/BenchKit).
function Build-BenchKit {
    $project = Join-Path $BenchTools 'BenchKit/BenchKit.csproj'
    Write-BenchLine 'Building tools/bench/BenchKit'
    $output = & dotnet build $project -c Release -nologo --verbosity quiet 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Building BenchKit failed:`n$($output -join "`n")" }
    Join-Path $BenchTools 'BenchKit/bin/Release/net10.0/BenchKit.dll'
}

# ---------------------------------------------------------------------------------------------------
# Summaries: one row per measure, ratios as median (min-max) over the repeats.
function New-Row {
    # -Met is given the median ratio, or -TestValue when the target is not about the ratio.
    param([string] $Scenario, [string] $Measure, [string] $AkoolPS, [string] $Peer, [double[]] $Ratios,
        [string] $Target, [scriptblock] $Met, [string] $Notes, [Nullable[double]] $TestValue)
    $stats = Get-BenchStats $Ratios
    $tested = if ($null -ne $TestValue) { $TestValue } else { $stats.Median }
    [pscustomobject]@{
        Scenario = $Scenario; Measure = $Measure; AkoolPS = $AkoolPS; Peer = $Peer
        Ratio = $stats.Median; RatioMin = $stats.Min; RatioMax = $stats.Max; Repeats = $stats.Count
        Target = $Target; Met = [bool](& $Met $tested); Notes = $Notes
    }
}

function Format-Ms([double] $Ms) { if ($Ms -ge 10000) { '{0:n1} s' -f ($Ms / 1000) } else { '{0:n0} ms' -f $Ms } }

function Get-Median([double[]] $Values) { (Get-BenchStats $Values).Median }

function Get-ImportRows($Raw) {
    $r = @($Raw.repeats)
    New-Row 'Import' 'time added to a bare pwsh start' (Format-Ms (Get-Median $r.addedMs)) ('bare start ' + (Format-Ms (Get-Median $r.bareMs))) $r.ratio `
        '≤ 0.25' { param($m) $m -le 0.25 } ("median of {0} starts of each per repeat; in CPU time (user+sys, steadier here) the module adds {1:n2} ({2:n0} of {3:n0} ms); for scale, Import-Module Microsoft.PowerShell.Utility (PowerShell's own) adds {4}" -f $Raw.samplesPerRepeat, (Get-Median $r.cpuRatio), ((Get-Median $r.moduleCpuMs) - (Get-Median $r.bareCpuMs)), (Get-Median $r.bareCpuMs), $(if ($r[0].PSObject.Properties['utilityRatio']) { '{0:n2}' -f (Get-Median $r.utilityRatio) } else { 'not measured' }))
    Get-ImportWarmRow $Raw
}

function Get-ImportWarmRow($Raw) {
    # AkoolPS's own share: imported after Microsoft.PowerShell.Utility, whose import has PowerShell's module loader compiled.
    $r = @($Raw.repeats | Where-Object { $_.PSObject.Properties['afterUtilityRatio'] })
    if (-not $r) { return }
    New-Row 'Import' 'time added beside importing PowerShell''s own Microsoft.PowerShell.Utility, same run' ('{0:n2} of a bare start' -f (Get-Median $r.ratio)) ('Microsoft.PowerShell.Utility {0:n2}' -f (Get-Median $r.utilityRatio)) @($r | ForEach-Object { $_.ratio - $_.utilityRatio }) `
        '≤ 0 (no more than Utility)' { param($m) $m -le 0 } 'ratio column = AkoolPS''s share minus Utility''s, repeat by repeat (a difference: either share can be near zero on a noisy start)'
    New-Row 'Import' 'time added after PowerShell''s own module is imported (its loader compiled)' ('{0:n2} of a bare start' -f (Get-Median $r.afterUtilityRatio)) ('Microsoft.PowerShell.Utility {0:n2}' -f (Get-Median $r.utilityRatio)) $r.afterUtilityRatio `
        '≤ 0.1 (proposed)' { param($m) $m -le 0.1 } 'pwsh -c "Import-Module Microsoft.PowerShell.Utility; Import-Module AkoolPS; Get-AkoolSession" minus -c "Import-Module Microsoft.PowerShell.Utility", over a bare start: what AkoolPS costs once PowerShell has compiled the code that loads any manifest, binary module and format file (tools/bench/Findings.md)'
}

function Get-StatusRows($Raw) {
    $a = @($Raw.sequential); $b = @($Raw.batched)
    New-Row 'Status' "$($Raw.count) Get-AkoolVideo -Id, one by one, latency 0" (Format-Ms (Get-Median $a.moduleMs)) ('Invoke-RestMethod ' + (Format-Ms (Get-Median $a.irmMs))) $a.ratio `
        '≤ 0.5' { param($m) $m -le 0.5 } ("raw HttpClient floor for the same GETs: {0} ({1:n2} of Invoke-RestMethod); CPU time of the pwsh: AkoolPS {2:n2} of Invoke-RestMethod's" -f (Format-Ms (Get-Median $a.rawMs)), ((Get-Median $a.rawMs) / (Get-Median $a.irmMs)), (Get-Median $a.cpuRatio))
    New-Row 'Status' "Get-AkoolVideo -Id (1 call, $($Raw.count) ids), latency $($Raw.latencyMs) ms" (Format-Ms (Get-Median $b.moduleMs)) ('Invoke-RestMethod loop ' + (Format-Ms (Get-Median $b.irmMs))) $b.ratio `
        '≤ 0.1' { param($m) $m -le 0.1 } ("{0:n1} ms per id vs {1:n1} ms" -f ((Get-Median $b.moduleMs) / $Raw.count), ((Get-Median $b.irmMs) / $Raw.count))
}

function Get-WaitRows($Raw) {
    $r = @($Raw.repeats)
    $limit = $Raw.pollInterval + 2
    New-Row 'Wait' "returned after the last of $($Raw.jobs) jobs ($($Raw.minSec)-$($Raw.maxSec) s) ended" ('{0:n1} s' -f (Get-Median $r.moduleEndLateS)) ('naive loop {0:n1} s' -f (Get-Median $r.naiveEndLateS)) `
        @($r | ForEach-Object { $_.moduleEndLateS / $_.naiveEndLateS }) "AkoolPS ≤ $limit s (poll interval $($Raw.pollInterval) s + 2 s)" ([scriptblock]::Create("param(`$m) `$m -le $limit")) -TestValue (Get-Median $r.moduleEndLateS) `
        ("per job, reported after its end: AkoolPS median {0:n1} s, max {1:n1} s; naive median {2:n1} s, max {3:n1} s; ratio column = AkoolPS lateness / naive lateness" -f
            (Get-Median $r.moduleJobLate.Median), (Get-Median $r.moduleJobLate.Max), (Get-Median $r.naiveJobLate.Median), (Get-Median $r.naiveJobLate.Max))
    New-Row 'Wait' 'status requests / the minimum at the poll interval' ('{0:n0} requests ({1:n2}x)' -f (Get-Median $r.moduleRequests), (Get-Median $r.moduleRequestRatio)) ('naive {0:n0} ({1:n2}x)' -f (Get-Median $r.naiveRequests), (Get-Median $r.naiveRequestRatio)) `
        $r.moduleRequestRatio '≤ 1.5x minimum' { param($m) $m -le 1.5 } ("minimum = Σ polls at P, 2P, … from the start of the wait until each job has ended = {0:n0}; ratio column = AkoolPS requests / minimum" -f (Get-Median $r.minimumRequests))
}

function Get-PagingRows($Raw) {
    $r = @($Raw.repeats)
    $voices = $r[0].raw.voices; $pages = $r[0].raw.pages
    New-Row 'Paging' 'time to the first voice' (Format-Ms (Get-Median $r.module.firstMs)) ('raw first page ' + (Format-Ms (Get-Median $r.raw.firstMs))) $r.firstRatio `
        '≈ one page (≤ 1.5x the raw first page)' { param($m) $m -le 1.5 } 'both on a warm connection'
    New-Row 'Paging' "whole list ($voices voices, $pages pages)" (Format-Ms (Get-Median $r.module.totalMs)) ('raw HttpClient ' + (Format-Ms (Get-Median $r.raw.totalMs))) $r.totalRatio `
        '≤ 1.2' { param($m) $m -le 1.2 } 'the raw loop parses every page with JsonDocument and counts the voices'
    $growth = Get-BenchStats $r.module.growthMB
    New-Row 'Paging' 'resident set growth over the whole list' ('{0:n1} MB' -f $growth.Median) ('raw HttpClient {0:n1} MB' -f (Get-Median $r.raw.growthMB)) @($r | ForEach-Object { $_.module.growthMB / [Math]::Max(0.1, $_.raw.growthMB) }) `
        '< 50 MB' { param($m) $m -lt 50 } -TestValue $growth.Median ('AkoolPS growth min {0:n1}, max {1:n1} MB; ratio column = AkoolPS growth / raw growth' -f $growth.Min, $growth.Max)
}

function Get-DownloadRows($Raw) {
    $r = @($Raw.repeats)
    $gib = $Raw.sizeBytes / 1GB
    New-Row 'Download' ("Save-AkoolVideo of {0:0.##} GiB, throughput" -f $gib) ('{0:n0} MB/s' -f (Get-Median $r.module.mbPerS)) ('curl -o {0:n0} MB/s' -f (Get-Median $r.curl.mbPerS)) $r.ratio `
        '≥ 0.8' { param($m) $m -ge 0.8 } 'both write to the same folder on the same disk; each file checked and deleted'
    $growth = Get-BenchStats $r.module.growthMB
    New-Row 'Download' 'resident set growth during the download' ('{0:n1} MB' -f $growth.Median) ('curl peak RSS {0:n1} MB' -f (Get-Median $r.curl.peakMB)) @($r | ForEach-Object { $_.module.growthMB }) `
        'flat (< 50 MB)' { param($m) $m -lt 50 } ('ratio column = AkoolPS growth in MB; min {0:n1}, max {1:n1}' -f $growth.Min, $growth.Max)
}

function Get-SaveRows($Raw) {
    $r = @($Raw.repeats)
    $mbps = $Raw.bandwidthBytesPerSec / 1MB
    New-Row 'Save' ("{0} results of {1:n0} MB piped into Save-AkoolVideo (-ThrottleLimit 4), {2:n0} MB/s per connection" -f $Raw.count, ($Raw.sizeBytes / 1MB), $mbps) `
        ('{0:n1} MB/s ({1})' -f (Get-Median $r.concurrent.mbPerS), (Format-Ms (Get-Median $r.concurrent.ms))) ('one at a time {0:n1} MB/s ({1})' -f (Get-Median $r.oneByOne.mbPerS), (Format-Ms (Get-Median $r.oneByOne.ms))) $r.ratio `
        '≥ 3x' { param($m) $m -ge 3 } ('4 at once can reach at most 4x under a per-connection cap; resident set growth during the concurrent save: median {0:n1} MB, max {1:n1} MB (flat: < 50 MB)' -f (Get-Median $r.concurrent.growthMB), (Get-BenchStats $r.concurrent.growthMB).Max)
}

function Get-CreatesRows($Raw) {
    $r = @($Raw.repeats)
    $count = $Raw.count
    $piped = @($r | Where-Object { $_.PSObject.Properties['pipedSpeedup'] })
    if ($piped) {
        New-Row 'Creates' "Import-Csv of $count rows | New-AkoolTranslation, one pwsh, no runspaces" `
            ('{0:n0}/s ({1})' -f ($count / (Get-Median $piped.pipedMs) * 1000), (Format-Ms (Get-Median $piped.pipedMs))) `
            ('one by one {0:n0}/s ({1})' -f ($count / (Get-Median $piped.sequentialMs) * 1000), (Format-Ms (Get-Median $piped.sequentialMs))) $piped.pipedSpeedup `
            '≥ 10x' { param($m) $m -ge 10 } 'the piped creates are in flight together, bounded by the session''s -MaxConcurrency (16)'
    }
    New-Row 'Creates' "$count New-AkoolTranslation, ForEach-Object -Parallel -ThrottleLimit $($Raw.throttleLimit), one session" `
        ('{0:n0}/s ({1})' -f ($count / (Get-Median $r.parallelMs) * 1000), (Format-Ms (Get-Median $r.parallelMs))) `
        ('one by one {0:n0}/s ({1})' -f ($count / (Get-Median $r.sequentialMs) * 1000), (Format-Ms (Get-Median $r.sequentialMs))) $r.speedup `
        '≥ 6x' { param($m) $m -ge 6 } ('PowerShell''s floor, the same -Parallel pipeline without the module whose body sleeps as long as one create takes: {5} = {6:n2}x; the pipeline that only loads the module in its runspaces: {0}; both cores busy {1:p0} of the parallel run ({2:p0} one by one); marginal speed-up once the runspaces are up ({3} more calls in the same pipeline): {4:n1}x' -f (Format-Ms (Get-Median $r.loadOnlyMs)), (Get-Median $r.parallelBusy), (Get-Median $r.sequentialBusy), $count, (Get-Median $r.marginalSpeedup), (Format-Ms (Get-Median @($r | ForEach-Object { if ($_.PSObject.Properties['floorMs']) { $_.floorMs } else { [double]::NaN } }))), (Get-Median @($r | ForEach-Object { if ($_.PSObject.Properties['floorSpeedup']) { $_.floorSpeedup } else { [double]::NaN } })))
    # The proposed targets (tools/bench/Findings.md): 6x is beyond PowerShell's own -Parallel floor on two cores.
    $measured = @($r | Where-Object { $_.PSObject.Properties['floorSpeedup'] })
    if ($measured) {
        New-Row 'Creates' 'speed-up as a share of PowerShell''s -Parallel floor' ('{0:n2}x' -f (Get-Median $measured.speedup)) ('floor {0:n2}x' -f (Get-Median $measured.floorSpeedup)) @($measured | ForEach-Object { $_.speedup / $_.floorSpeedup }) `
            '≥ 0.75 (proposed)' { param($m) $m -ge 0.75 } 'per repeat, AkoolPS''s speed-up divided by the floor''s in the same repeat'
    }
    New-Row 'Creates' 'marginal speed-up once the runspaces are up' ('{0:n1}x' -f (Get-Median $r.marginalSpeedup)) 'one by one' $r.marginalSpeedup `
        '≥ 6x (proposed)' { param($m) $m -ge 6 } "the extra time of $count more calls in the same -Parallel pipeline, beside the same calls one by one"
}

function Get-WaitManyRows($Raw) {
    $r = @($Raw.repeats)
    $p = $Raw.pollInterval
    $calls = ($r[0].perCall | ForEach-Object { '{0}: {1} jobs, {2} requests (minimum {3})' -f ($_.path -replace '^/api/open/', ''), $_.jobs, $_.requests, $_.minimum }) -join '; '
    New-Row 'WaitMany' "status requests / the minimum, $($Raw.jobs) jobs of seven kinds ($($Raw.minSec)-$($Raw.maxSec) s), poll interval $p s" `
        ('{0:n0} requests' -f (Get-Median $r.requests)) ('minimum {0:n0}' -f (Get-Median $r.minimumRequests)) $r.requestRatio `
        '≤ 1.5x minimum' { param($m) $m -le 1.5 } ("minimum = polls of each running job at P, 2P, … after the wait starts, 50 ids a request for resultsByIds and listbyids; by call (first repeat): $calls")
    New-Row 'WaitMany' 'each job written out after its end' ('median {0:n1} s, max {1:n1} s' -f (Get-Median $r.lateMedianS), (Get-Median $r.lateMaxS)) "the poll interval $p s" `
        @($r | ForEach-Object { $_.lateMaxS / $p }) "every job ≤ $p s (one interval) + 0.5 s" ([scriptblock]::Create("param(`$m) `$m -le $(1 + 0.5 / $p)")) `
        ('ratio column = the latest job''s lateness / the interval; a job is seen by the first poll after its end, one interval after the poll before it, so its lateness exceeds the interval only by how much later the second read was answered than the first (the jitter of two requests, allowed up to 0.5 s); jobs later than the interval itself: {0} of {1:n0} (largest: {3:n2} s); creating the {1:n0} jobs with piped creates took {2:n1} s' -f (Get-Median $r.lateOverInterval), $Raw.jobs, ((Get-Median $r.createMs) / 1000), (Get-BenchStats $r.lateMaxS).Max)
    $growth = Get-BenchStats $r.growthMB
    New-Row 'WaitMany' 'resident set growth during the wait' ('{0:n1} MB' -f $growth.Median) ('from {0:n0} MB' -f (Get-Median $r.baselineMB)) $r.growthMB `
        '< 100 MB' { param($m) $m -lt 100 } ('ratio column = peak growth in MB, sampled every 2 ms from a full collection before the wait; after the wait and a full collection the resident set is {0:n1} MB above where it began (what the wait kept rather than passed through)' -f (Get-Median @($r | ForEach-Object { if ($_.PSObject.Properties['keptMB']) { $_.keptMB } else { [double]::NaN } })))
}

function Get-EndToEndRows($Raw) {
    $r = @($Raw.repeats)
    $mib = $Raw.sizeBytes / 1MB; $capMib = $Raw.bandwidthBytesPerSec / 1MB
    $late = Get-BenchStats @($r | ForEach-Object { $_.lateness.Max })
    New-Row 'EndToEnd' ("Import-Csv of {0:n0} rows | New-AkoolTranslation -Language {1} | Wait-AkoolVideo | Save-AkoolVideo: {2:n0} jobs of {3}-{4} s, {5:0.##} MiB results at {6:0.##} MiB/s per connection, whole run" -f $Raw.rows, ($Raw.languages -join ', '), $Raw.jobs, $Raw.minSec, $Raw.maxSec, $mib, $capMib) `
        ('{0:n1} s' -f (Get-Median $r.wholeS)) ('bound {0:n1} s' -f (Get-Median $r.boundS)) $r.ratio `
        "≤ 1 (last job's end + 2 × poll interval + downloads after it)" { param($m) $m -le 1 } -TestValue (Get-BenchStats $r.ratio).Max `
        ("met only if every repeat is within its bound (ratio column = whole run / bound); bound = the last job's end, {0:n1} s after the run's start, + 2 × {1} s + {2:n1} s: the time an ideal saver with {3} connections (Save-AkoolVideo's default -ThrottleLimit) at {4:0.##} MiB/s each, starting each file the moment its job ends, still needs after the last job has ended (all {5:n0} MiB at {3} × the cap would take {6:n1} s); the pipeline returned {7:n1} s after the last job ended; creates: {8:n0} jobs made {9:n1} s after the start ({10:n0}/s, {11:n0} calls); first job ended at {21:n1} s, its file saved at {12:n1} s (the first poll came {22:n1} s after the last create); then {23:n1} files a second (ideal {24:n0}); each file saved after its own job's end: median {13:n1} s, max {14:n1} s (ideal saver: median {15:n1} s, max {16:n1} s); resident set growth {17:n1} MB (managed heap: {18:n1} MB committed before, {19:n1} MB after, {20:n1} MB live after a full collection)" -f
            (Get-Median $r.lastJobEndS), $Raw.pollInterval, (Get-Median $r.downloadS), $Raw.connections, $capMib, ($Raw.jobs * $mib), (Get-Median $r.allBytesS),
            (Get-Median $r.afterLastEndS), $Raw.jobs, (Get-Median $r.createsS), (Get-Median $r.createsPerS), (Get-Median $r.createCalls), (Get-Median $r.firstFileSavedS),
            (Get-Median $r.lateness.Median), $late.Max, (Get-Median $r.idealLateness.Median), (Get-Median $r.idealLateness.Max),
            (Get-Median $r.growthMB), (Get-Median $r.gcCommittedBeforeMB), (Get-Median $r.gcCommittedAfterMB), (Get-Median $r.gcLiveAfterMB),
            (Get-Median @($r | ForEach-Object { if ($_.PSObject.Properties['firstJobEndS']) { $_.firstJobEndS } else { [double]::NaN } })), (Get-Median $r.firstPollAfterLastCreateS),
            (Get-Median @($r | ForEach-Object { if ($_.PSObject.Properties['savedPerS']) { $_.savedPerS } else { [double]::NaN } })), ($Raw.connections * $Raw.bandwidthBytesPerSec / $Raw.sizeBytes))
    New-Row 'EndToEnd' 'status requests / the minimum at the poll interval' ('{0:n0} requests ({1:n2}x)' -f (Get-Median $r.statusRequests), (Get-Median $r.requestRatio)) ('minimum {0:n0}' -f (Get-Median $r.minimumRequests)) `
        $r.requestRatio '≤ 1.5x minimum' { param($m) $m -le 1.5 } `
        ("minimum = Σ over jobs of the polls at P, 2P, … from the last create (Wait-AkoolVideo reads all its input first) until the job has ended; {0:n0} file requests for {1:n0} files" -f
            (Get-Median $r.fileRequests), $Raw.jobs)
}

# ---------------------------------------------------------------------------------------------------
function Write-WaitChart($Raw, [string] $Path) {
    # The repeat whose AkoolPS lateness is the median one, drawn by tools/bench/WaitChart (ScottPlot) in its own process.
    $repeats = @($Raw.repeats | Sort-Object moduleEndLateS)
    $run = $repeats[[int][Math]::Floor(($repeats.Count - 1) / 2)]
    $start = [double]$run.waitStartMs
    $rows = @($run.rows)
    $seconds = { param($v) if ($null -eq $v) { $null } else { ([double]$v - $start) / 1000 } }
    $chart = [ordered]@{
        jobEnd         = @($rows | ForEach-Object { & $seconds $_.endMs })
        moduleReported = @($rows | ForEach-Object { & $seconds $_.moduleMs })
        naiveReported  = @($rows | ForEach-Object { & $seconds $_.naiveMs })
        moduleReturned = & $seconds $run.moduleEndMs
        naiveReturned  = & $seconds $run.naiveEndMs
        title          = "Wait-AkoolVideo beside a naive loop: $($Raw.jobs) jobs of $($Raw.minSec)-$($Raw.maxSec) s, poll interval $($Raw.pollInterval) s"
        subtitle       = ('AkoolPS returned {0:n1} s after the last end, {1} requests; naive loop {2:n1} s, {3}; minimum {4}' -f
            $run.moduleEndLateS, $run.moduleRequests, $run.naiveEndLateS, $run.naiveRequests, $run.minimumRequests)
    }
    $data = Join-Path ([IO.Path]::GetTempPath()) "akoolps-wait-chart-$PID.json"
    try {
        $chart | ConvertTo-Json -Depth 3 -Compress | Set-Content -LiteralPath $data -Encoding utf8NoBOM
        $output = & dotnet (Build-WaitChart) $data $Path 2>&1
        if ($LASTEXITCODE -ne 0) { throw "Drawing $Path failed:`n$($output -join "`n")" }
    } finally {
        Remove-Item -LiteralPath $data -ErrorAction Ignore
    }
}

function Build-WaitChart {
    $project = Join-Path $BenchTools 'WaitChart/WaitChart.csproj'
    $output = & dotnet build $project -c Release -nologo --verbosity quiet 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Building WaitChart failed:`n$($output -join "`n")" }
    Join-Path $BenchTools 'WaitChart/bin/Release/net10.0/WaitChart.dll'
}

function Get-MachineText {
    $cpu = (Get-Content /proc/cpuinfo -ErrorAction Ignore | Where-Object { $_ -like 'model name*' } | Select-Object -First 1) -replace '^model name\s*:\s*', ''
    $memory = (Get-Content /proc/meminfo -ErrorAction Ignore | Where-Object { $_ -like 'MemTotal*' }) -replace '\D', ''
    $os = (Get-Content /etc/os-release -ErrorAction Ignore | Where-Object { $_ -like 'PRETTY_NAME=*' }) -replace '^PRETTY_NAME="?|"$', ''
    # The commit of the module measured: the repository that holds -ModulePath (a worktree of an older commit, say).
    $repository = Split-Path $ModulePath -Parent
    $commit = try { (& git -C $repository rev-parse --short HEAD 2>$null) } catch { $null }
    $dirty = try { if (& git --no-optional-locks -C $repository status --porcelain -- src 2>$null) { ' (src/ has uncommitted changes)' } else { '' } } catch { '' }
    "{0} cores ({1}), {2:n0} GB RAM, {3}; .NET {4}, PowerShell {5}; AkoolPS {6}, commit {7}{8}" -f
        [Environment]::ProcessorCount, $cpu, ([double]$memory / 1MB), $os, [Environment]::Version, $PSVersionTable.PSVersion, $version, $commit, $dirty
}

function Format-Ratio($Row) {
    $format = if ([Math]::Abs($Row.Ratio) -ge 10) { '{0:n1}' } elseif ([Math]::Abs($Row.Ratio) -ge 0.1) { '{0:n2}' } else { '{0:n3}' }
    $median = $format -f $Row.Ratio
    if ($Row.Repeats -le 1) { return $median }
    "$median ($($format -f $Row.RatioMin)–$($format -f $Row.RatioMax))"
}

function Write-Results($All, [string] $Path) {
    $order = 'Import', 'Status', 'Wait', 'WaitMany', 'Paging', 'Download', 'Creates', 'Save', 'EndToEnd'
    $lines = [Collections.Generic.List[string]]::new()
    $lines.Add('# AkoolPS benchmark')
    $lines.Add('')
    $lines.Add('Written by `tools/Bench.ps1` (`build.ps1 -Task Bench`). Every ratio is taken within one run, AkoolPS beside its peer on the same simulator in the same process or at the same time; the ratio column is the median of the repeats with the spread (minimum–maximum) in brackets. Absolute times are shown for orientation only: this machine is shared and noisy.')
    $lines.Add('')
    $lines.Add('| Scenario | Measure | AkoolPS | Peer | Ratio, median (min–max) | Repeats | Target | Met | Notes |')
    $lines.Add('|---|---|---|---|---|---|---|---|---|')
    foreach ($name in $order) {
        if (-not $All.scenarios.PSObject.Properties[$name]) { continue }
        $entry = $All.scenarios.$name
        foreach ($row in $entry.rows) {
            $met = if ($row.Met) { 'met' } else { '**missed**' }
            # A pipe inside a cell (a measure that names a pipeline) would end the cell: escape it.
            $cells = @($row.Scenario, $row.Measure, $row.AkoolPS, $row.Peer, (Format-Ratio $row), $row.Repeats, $row.Target, $met, $row.Notes) | ForEach-Object { "$_" -replace '\|', '\|' }
            $lines.Add('| ' + ($cells -join ' | ') + ' |')
        }
    }
    $lines.Add('')
    $lines.Add('## Runs')
    $lines.Add('')
    foreach ($name in $order) {
        if (-not $All.scenarios.PSObject.Properties[$name]) { continue }
        $entry = $All.scenarios.$name
        $lines.Add("- $name`: $($entry.runAt), $($entry.settings); $($entry.machine)")
    }
    $lines.Add('')
    $lines.Add('## How each scenario is measured')
    $lines.Add('')
    $lines.Add('- **Import**: `pwsh -NoProfile -NonInteractive -c "Import-Module <manifest>; Get-AkoolSession"` beside `-c exit`, started with `[Environment]::ProcessPath` + `$PSHOME/pwsh.dll`, alternating; per repeat the median of several starts of each. Ratio = (module − bare) / bare. For scale, `-c "Import-Module Microsoft.PowerShell.Utility"` is timed the same way.')
    $lines.Add('- **Status**: one pwsh; 1,000 translation jobs; a) simulator latency 0, `foreach ($id in $ids) { $null = Get-AkoolVideo -Id $id }` beside `Invoke-RestMethod -Uri <infobymodelid?video_model_id=…> -Headers @{ x-api-key }` the same way (and a raw HttpClient loop as the floor: what the simulator and loopback cost); b) latency `-LatencyMs`, `Get-AkoolVideo -Id $ids` beside the Invoke-RestMethod loop.')
    $lines.Add('- **Wait**: 500 translation jobs whose durations (5–60 s, evenly spread, shuffled) are planned with `/__admin/next-jobs`; `Wait-AkoolVideo -PollInterval 5` on them and, at the same moment in another pwsh, the naive `while (pending) { foreach { Invoke-RestMethod; if ended: note it } ; Start-Sleep 5 }` loop on the SAME jobs. Job ends are the simulator''s `createdAt + durationMs`; report times are when each object reached a compiled sink (AkoolPS) or the loop saw status 3/4. Requests are the journal''s infobymodelid entries minus the naive loop''s own count. Minimum = Σ over jobs of the polls at P, 2P, … after the wait started until the job has ended. See `wait.png`.')
    $lines.Add('- **Paging**: simulator `--voice-count 50000`; `Get-AkoolVoice | Measure-BenchStream` (a compiled sink that notes the first arrival) beside BenchKit''s `RawHttp.ReadAllVoicePages` (one HttpClient, page after page, each parsed), same pwsh, warm connections. Memory = peak minus starting resident set (VmRSS sampled every 2 ms after a full GC).')
    $lines.Add('- **Download**: simulator `--result-size-bytes 1073741824`; `Save-AkoolVideo -Force` beside `curl -s -S -f -o` on the job''s `VideoUrl`, same folder (`bench/work`); lengths checked, files deleted after each run.')
    $lines.Add('- **Save**: simulator `--result-size-bytes 52428800 --bandwidth-bytes-per-sec <-SaveBandwidthMBps>`; 20 completed translations piped into `Save-AkoolVideo -Path bench/work/save` with `-ThrottleLimit 4` (the default) beside `-ThrottleLimit 1`, alternating; lengths checked, files deleted after each run; resident set sampled every 2 ms during the concurrent save.')
    $lines.Add('- **WaitMany**: simulator latency `-LatencyMs`; 10,000 jobs made by the module''s piped creates (20 % translations into ja and fr, 5 % each talking photo, lip sync and image, 35 % image to video and 10 % text to video with `-Count 10`, 20 % face swaps), then retimed through `/__admin/jobs/{id}` to end 5-60 s (spread evenly, shuffled) after a moment just after the wait starts; `$jobs | Wait-AkoolVideo -PollInterval 10 | Measure-BenchStream`. Requests are the journal''s entries for the four status calls from the start of the wait; the minimum is, for each call, Σ over k of the jobs still running at the k-th poll (P, 2P, …), divided by 50 and rounded up where the call takes 50 ids. Lateness = when the sink got the job minus the simulator''s end. Memory: VmRSS sampled every 2 ms after a full collection.')
    $lines.Add('- **Creates**: one session from `Connect-Akool -PassThru`; `1..200 | ForEach-Object -Parallel { New-AkoolTranslation -Url … -Language ja -Session $using:session } -ThrottleLimit 10` beside a `foreach` of the same calls; the runspaces find the module through `$env:PSModulePath`. Also timed: PowerShell''s floor, the same `-Parallel` pipeline without the module whose body sleeps as long as one create took one by one (no module can beat its speed-up in that pipeline); the pipeline that only loads the module; and the same pipeline with twice the calls, whose extra time gives the marginal speed-up once the runspaces are up.')
    $lines.Add('- **EndToEnd**: simulator `--result-size-bytes 1048576 --bandwidth-bytes-per-sec 4194304 --latency-ms <-LatencyMs>`; a CSV of 1,000 rows (`Url` = a distinct `https://example.com/course/lesson-NNNN.mp4`, and a `Title` that binds to nothing), 2,000 job durations (5–60 s, evenly spread, shuffled) planned with `/__admin/next-jobs`; after a two-row warm-up of the same pipeline, `Import-Csv | New-AkoolTranslation -Language ja, fr | Wait-AkoolVideo -PollInterval 5 | Save-AkoolVideo -Path bench/work/e2e-N | Measure-BenchStream` in one pwsh, timed from just before `Import-Csv` to the pipeline''s return. Job ends are the simulator''s `createdAt + durationMs`; each file''s save is when it reached the compiled sink, joined to its job by name (the job''s `source` and `language` in `/__admin/jobs`). Bound = last job end − start + 2 × 5 s + D, where D = the ideal saver''s last finish − the last job end: the ideal saver gives each file, in end order, the first of Save-AkoolVideo''s default 4 connections that is free, no earlier than its job''s end, for size / cap seconds. Requests are the journal''s `infobymodelid` entries after the start; minimum = Σ over jobs of the polls at P, 2P, … after the last create until the job has ended. Resident set sampled every 2 ms after a full GC. Every file checked (name, length) and deleted.')
    $lines.Add('')
    if ($All.scenarios.PSObject.Properties['Wait']) {
        $lines.Add('![The wait scenario](wait.png)')
        $lines.Add('')
    }
    $findings = Join-Path $BenchTools 'Findings.md'
    if (Test-Path $findings) {
        $lines.Add((Get-Content $findings -Raw).TrimEnd())
        $lines.Add('')
    }
    Set-Content -Path $Path -Value $lines
}

# ---------------------------------------------------------------------------------------------------
$kit = Build-BenchKit
Add-Type -Path $kit
$latency = "$LatencyMs"
$definitions = [ordered]@{
    Import   = @{ Script = 'Scenario.Import.ps1'; Simulator = $null; Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = $Repeat }; Rows = ${function:Get-ImportRows}
        Settings = "$Repeat repeats" }
    Status   = @{ Script = 'Scenario.Status.ps1'; Simulator = @('--job-duration-ms', '86400000', '--credit', '100000000')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = $Repeat; LatencyMs = $LatencyMs }; Rows = ${function:Get-StatusRows}
        Settings = "$Repeat repeats, latency 0 then $LatencyMs ms" }
    Wait     = @{ Script = 'Scenario.Wait.ps1'; Simulator = @('--latency-ms', $latency, '--credit', '100000000')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = $WaitRepeat; WorkPath = $WorkPath }; Rows = ${function:Get-WaitRows}
        Settings = "$WaitRepeat repeats, latency $LatencyMs ms" }
    Paging   = @{ Script = 'Scenario.Paging.ps1'; Simulator = @('--latency-ms', $latency, '--voice-count', '50000', '--legacy-voice-list', 'true')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = $Repeat }; Rows = ${function:Get-PagingRows}
        Settings = "$Repeat repeats, latency $LatencyMs ms" }
    Download = @{ Script = 'Scenario.Download.ps1'; Simulator = @('--latency-ms', $latency, '--result-size-bytes', '1073741824', '--job-duration-ms', '200')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = $Repeat; WorkPath = $WorkPath }; Rows = ${function:Get-DownloadRows}
        Settings = "$Repeat repeats, files are not delayed by the latency" }
    Creates  = @{ Script = 'Scenario.Creates.ps1'; Simulator = @('--latency-ms', $latency, '--credit', '100000000')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = $Repeat }; Rows = ${function:Get-CreatesRows}
        Settings = "$Repeat repeats, latency $LatencyMs ms" }
    Save     = @{ Script = 'Scenario.Save.ps1'; Simulator = @('--result-size-bytes', '52428800', '--bandwidth-bytes-per-sec', "$($SaveBandwidthMBps * 1MB)", '--job-duration-ms', '200', '--credit', '100000000')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = [Math]::Min($Repeat, 3); WorkPath = $WorkPath }; Rows = ${function:Get-SaveRows}
        Settings = "$([Math]::Min($Repeat, 3)) repeats, $SaveBandwidthMBps MB/s per connection" }
    WaitMany = @{ Script = 'Scenario.WaitMany.ps1'; Simulator = @('--latency-ms', $latency, '--credit', '1000000000')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = [Math]::Min($Repeat, 2); Jobs = $WaitManyJobs }; Rows = ${function:Get-WaitManyRows}
        Settings = "$([Math]::Min($Repeat, 2)) repeats, $WaitManyJobs jobs, latency $LatencyMs ms" }
    EndToEnd = @{ Script = 'Scenario.EndToEnd.ps1'; Simulator = @('--latency-ms', $latency, '--credit', '100000000', '--result-size-bytes', '1048576', '--bandwidth-bytes-per-sec', '4194304')
        Parameters = @{ ModulePath = $ModulePath; KitPath = $kit; Repeat = $EndToEndRepeat; WorkPath = $WorkPath }; Rows = ${function:Get-EndToEndRows}
        Settings = "$EndToEndRepeat repeats, latency $LatencyMs ms, 1 MiB results at 4 MiB/s per connection" }
}

$all = if (Test-Path $ResultsJson) { Get-Content $ResultsJson -Raw | ConvertFrom-Json } else { $null }
if (-not $all -or -not $all.PSObject.Properties['scenarios']) { $all = [pscustomobject]@{ scenarios = [pscustomobject]@{} } }
$machine = Get-MachineText
$clock = [Diagnostics.Stopwatch]::StartNew()
Write-BenchLine "AkoolPS benchmark: $($Scenario -join ', '); $machine"
Write-BenchLine "module $ModulePath; simulator $SimulatorPath"

$failures = @()
foreach ($name in $definitions.Keys) {
    if ($ReportOnly -or $name -notin $Scenario) { continue }
    $definition = $definitions[$name]
    Write-BenchLine "=== $name"
    $load = [AkoolPS.Bench.MachineLoad]::LoadAverage()
    if ($QuietLoad -gt 0 -and $load -ge $QuietLoad) {
        Write-BenchLine ("load average {0:n2}: waiting up to {1} s for the machine to quieten" -f $load, $QuietWaitSec)
        $deadline = [DateTime]::UtcNow.AddSeconds($QuietWaitSec)
        while ([DateTime]::UtcNow -lt $deadline -and ($load = [AkoolPS.Bench.MachineLoad]::LoadAverage()) -ge $QuietLoad) { Start-Sleep -Seconds 5 }
    }
    $loadAtStart = [AkoolPS.Bench.MachineLoad]::LoadAverage()
    $simulator = $null
    try {
        $parameters = $definition.Parameters.Clone()
        if ($null -ne $definition.Simulator) {
            $simulator = Start-AkoolSimulator -Path $SimulatorPath -Arguments $definition.Simulator
            $parameters.BaseUri = $simulator.Uri
        }
        $outFile = Join-Path $WorkPath "$name.json"
        $raw = Invoke-BenchScript -File (Join-Path $BenchTools $definition.Script) -Parameters $parameters -OutFile $outFile
        $rows = @(& $definition.Rows $raw)
        $loadText = 'load average {0:n2} at the start, {1:n2} at the end' -f $loadAtStart, [AkoolPS.Bench.MachineLoad]::LoadAverage()
        $entry = [pscustomobject]@{ runAt = (Get-Date).ToString('yyyy-MM-dd HH:mm'); settings = "$($definition.Settings); $loadText"; machine = $machine; rows = $rows; raw = $raw }
        $all.scenarios | Add-Member -NotePropertyName $name -NotePropertyValue $entry -Force
        foreach ($row in $rows) {
            Write-BenchLine ("{0} / {1}: AkoolPS {2}, peer {3}, ratio {4} → {5}" -f $row.Scenario, $row.Measure, $row.AkoolPS, $row.Peer, (Format-Ratio $row), $(if ($row.Met) { 'met' } else { 'MISSED' }))
        }
        # Keep what is done so far, in case a later scenario fails.
        $all | ConvertTo-Json -Depth 12 -Compress | Set-Content $ResultsJson
    } catch {
        Write-Host "$name failed: $($_.Exception.Message)" -ForegroundColor Red
        $failures += $name
    } finally {
        Stop-AkoolSimulator $simulator
    }
}

if ($ReportOnly) {
    # The rows again from the numbers kept, so that a change to a summary shows without measuring again.
    foreach ($name in $definitions.Keys) {
        if ($all.scenarios.PSObject.Properties[$name]) {
            $all.scenarios.$name.rows = @(& $definitions[$name].Rows $all.scenarios.$name.raw)
        }
    }
    $all | ConvertTo-Json -Depth 12 -Compress | Set-Content $ResultsJson
}

if ($all.scenarios.PSObject.Properties['Wait']) {
    Write-WaitChart $all.scenarios.Wait.raw (Join-Path $OutputPath 'wait.png')
}
Write-Results $all (Join-Path $OutputPath 'results.md')
Write-BenchLine ("Done in {0:n1} min: {1}" -f $clock.Elapsed.TotalMinutes, (Join-Path $OutputPath 'results.md'))
if ($failures) {
    Write-Host "Scenarios that failed: $($failures -join ', ')" -ForegroundColor Red
    exit 1
}
