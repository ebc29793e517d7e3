# Scenario 4, paging: Get-AkoolVoice over the whole catalogue (the simulator started with --voice-count),
# beside a raw HttpClient loop over the same pages (BenchKit's RawHttp), in one pwsh. For each: the time to
# the first voice (first page), the whole list, and the growth of the resident set over the run (sampled
# every 2 ms from /proc/self/status, after a full GC). Repeats alternate which side goes first.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 5,
    [int] $PageSize = 100,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: Measure-BenchStream and the helper types
Import-Module $ModulePath
$key = Get-BenchApiKey
Connect-BenchSimulator $BaseUri
$raw = [AkoolPS.Bench.RawHttp]::new($BaseUri, $key)
$probe = [AkoolPS.Bench.StreamProbe]::new()

# Warm up both paths (JIT, connections) on the first pages.
Get-AkoolVoice -First (3 * $PageSize) | Measure-BenchStream $probe
$null = $raw.GetEach(@(1..3 | ForEach-Object { "api/open/v4/voice/videoTranslation?page=$_&size=$PageSize" }))

function Measure-Module {
    $sampler = [AkoolPS.Bench.RssSampler]::StartSelf()
    $probe.Start()
    Get-AkoolVoice -PageSize $PageSize | Measure-BenchStream $probe
    $total = $probe.Stop()
    $null = $sampler.Stop()
    [pscustomobject]@{ totalMs = $total; firstMs = $probe.FirstMs; voices = $probe.Count; growthMB = $sampler.GrowthMB; peakMB = $sampler.PeakMB }
}

function Measure-Raw {
    $sampler = [AkoolPS.Bench.RssSampler]::StartSelf()
    $run = $raw.ReadAllVoicePages($PageSize)
    $null = $sampler.Stop()
    [pscustomobject]@{ totalMs = $run.TotalMs; firstMs = $run.FirstPageMs; voices = $run.Voices; pages = $run.Pages; growthMB = $sampler.GrowthMB; peakMB = $sampler.PeakMB }
}

$repeats = foreach ($r in 1..$Repeat) {
    $order = if ($r % 2) { 'module', 'raw' } else { 'raw', 'module' }
    $runs = @{}
    foreach ($name in $order) { $runs[$name] = if ($name -eq 'module') { Measure-Module } else { Measure-Raw } }
    if ($runs.module.voices -ne $runs.raw.voices) { throw "Get-AkoolVoice wrote $($runs.module.voices) voices, the pages hold $($runs.raw.voices)." }
    $result = [pscustomobject]@{
        module     = $runs.module
        raw        = $runs.raw
        firstRatio = $runs.module.firstMs / $runs.raw.firstMs
        totalRatio = $runs.module.totalMs / $runs.raw.totalMs
    }
    Write-BenchLine ("paging repeat {0}: {1} voices in {2} pages; first voice {3:n1} ms (raw first page {4:n1} ms); whole list {5:n0} ms, raw {6:n0} ms, ratio {7:n3}; RSS growth {8:n1} MB, raw {9:n1} MB" -f
        $r, $runs.raw.voices, $runs.raw.pages, $runs.module.firstMs, $runs.raw.firstMs, $runs.module.totalMs, $runs.raw.totalMs, $result.totalRatio, $runs.module.growthMB, $runs.raw.growthMB)
    $result
}
$raw.Dispose()

[pscustomobject]@{ pageSize = $PageSize; repeats = @($repeats) } | ConvertTo-Json -Depth 6 | Set-Content $OutFile
