# Scenario 2, status calls. In one pwsh:
#   a) simulator latency 0: 1,000 `Get-AkoolVideo -Id <id>` one by one beside 1,000 Invoke-RestMethod calls
#      with the same header (and, as a floor, the same 1,000 GETs from a raw HttpClient loop);
#   b) latency -LatencyMs: `Get-AkoolVideo -Id $ids` (1,000 ids, one call) beside the one-by-one Invoke-RestMethod loop.
# Repeats alternate which side goes first.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 5,
    [int] $Count = 1000,
    [int] $LatencyMs = 20,
    # Part a only (for tools/bench/profile).
    [switch] $SequentialOnly,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: Measure-BenchStream and the helper types
Import-Module $ModulePath
$key = Get-BenchApiKey
$null = Invoke-BenchAdmin $BaseUri 'config' -Body @{ latencyMs = 0 }
Connect-BenchSimulator $BaseUri

# The jobs: translations into every language that needs no voice, until there are enough.
$languages = @(Get-AkoolLanguage | Where-Object { -not $_.NeedsVoiceId } | ForEach-Object Code)
$ids = [Collections.Generic.List[string]]::new()
for ($k = 0; $ids.Count -lt $Count; $k++) {
    foreach ($job in New-AkoolTranslation -Url "https://example.com/status-$k.mp4" -Language $languages) { $ids.Add($job.Id) }
}
$ids = @($ids | Select-Object -First $Count)
Write-BenchLine "status: $($ids.Count) jobs created"

$headers = @{ 'x-api-key' = $key }
$base = $BaseUri.TrimEnd('/')
$uris = @($ids | ForEach-Object { "$base/api/open/v3/content/video/infobymodelid?video_model_id=$_" })
$paths = @($ids | ForEach-Object { "api/open/v3/content/video/infobymodelid?video_model_id=$_" })
$raw = [AkoolPS.Bench.RawHttp]::new($BaseUri, $key)

$self = [Diagnostics.Process]::GetCurrentProcess()
$script:lastCpuMs = 0
function Measure-Block([scriptblock] $Block) {
    # Wall milliseconds; the CPU this pwsh used meanwhile goes to $script:lastCpuMs.
    [GC]::Collect()
    $self.Refresh()
    $cpu = $self.TotalProcessorTime.TotalMilliseconds
    $clock = [Diagnostics.Stopwatch]::StartNew()
    & $Block
    $elapsed = $clock.Elapsed.TotalMilliseconds
    $self.Refresh()
    $script:lastCpuMs = $self.TotalProcessorTime.TotalMilliseconds - $cpu
    $elapsed
}

$oneByOne = { foreach ($id in $ids) { $null = Get-AkoolVideo -Id $id } }
$irmLoop = { foreach ($uri in $uris) { $null = Invoke-RestMethod -Uri $uri -Headers $headers } }
$rawLoop = { $null = $raw.GetEach($paths) }
$batch = { $null = Get-AkoolVideo -Id $ids }

# Warm up every path once (JIT, connections).
foreach ($id in $ids[0..49]) { $null = Get-AkoolVideo -Id $id }
foreach ($uri in $uris[0..49]) { $null = Invoke-RestMethod -Uri $uri -Headers $headers }
$null = $raw.GetEach($paths[0..49])
$null = Get-AkoolVideo -Id $ids[0..99]

$sequential = foreach ($r in 1..$Repeat) {
    $times = @{}
    $order = if ($r % 2) { 'module', 'irm', 'raw' } else { 'raw', 'irm', 'module' }
    foreach ($name in $order) {
        $times[$name] = Measure-Block @{ module = $oneByOne; irm = $irmLoop; raw = $rawLoop }[$name]
        $times["${name}Cpu"] = $script:lastCpuMs
    }
    $result = [pscustomobject]@{
        moduleMs = $times.module; irmMs = $times.irm; rawMs = $times.raw; ratio = $times.module / $times.irm
        moduleCpuMs = $times.moduleCpu; irmCpuMs = $times.irmCpu; rawCpuMs = $times.rawCpu; cpuRatio = $times.moduleCpu / $times.irmCpu
    }
    Write-BenchLine ("status a) repeat {0}: Get-AkoolVideo x{1} {2:n0} ms, Invoke-RestMethod x{1} {3:n0} ms, raw HttpClient {4:n0} ms; ratio {5:n3}; CPU of this pwsh {6:n0}, {7:n0} and {8:n0} ms (ratio {9:n3})" -f $r, $ids.Count, $times.module, $times.irm, $times.raw, $result.ratio, $times.moduleCpu, $times.irmCpu, $times.rawCpu, $result.cpuRatio)
    $result
}

$batchRepeat = if ($SequentialOnly) { 0 } else { $Repeat }
$null = Invoke-BenchAdmin $BaseUri 'config' -Body @{ latencyMs = $LatencyMs }
$null = Get-AkoolVideo -Id $ids[0..99]
foreach ($uri in $uris[0..9]) { $null = Invoke-RestMethod -Uri $uri -Headers $headers }

$batched = for ($r = 1; $r -le $batchRepeat; $r++) {
    $times = @{}
    $order = if ($r % 2) { 'module', 'irm' } else { 'irm', 'module' }
    foreach ($name in $order) {
        $times[$name] = Measure-Block @{ module = $batch; irm = $irmLoop }[$name]
    }
    $result = [pscustomobject]@{ moduleMs = $times.module; irmMs = $times.irm; ratio = $times.module / $times.irm }
    Write-BenchLine ("status b) repeat {0}: Get-AkoolVideo -Id (x{1}) {2:n0} ms, Invoke-RestMethod x{1} {3:n0} ms; ratio {4:n3}" -f $r, $ids.Count, $times.module, $times.irm, $result.ratio)
    $result
}
$raw.Dispose()

[pscustomobject]@{
    count       = $ids.Count
    latencyMs   = $LatencyMs
    sequential  = @($sequential)
    batched     = @($batched)
} | ConvertTo-Json -Depth 6 | Set-Content $OutFile
