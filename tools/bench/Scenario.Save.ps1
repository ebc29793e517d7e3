# Scenario 7, save at scale: 20 completed results of 50 MB piped into Save-AkoolVideo at the default -ThrottleLimit
# (4 at once) beside the same jobs with -ThrottleLimit 1 (one at a time), the simulator capping each connection's
# bandwidth (--bandwidth-bytes-per-sec) as a distant CDN would. Throughput of each and the growth of the resident
# set during the concurrent save. Repeats alternate which goes first; every file is checked and deleted.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 3,
    [int] $Count = 20,
    [Parameter(Mandatory)] [string] $WorkPath,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: the helper types (RssSampler)
Import-Module $ModulePath
Connect-BenchSimulator $BaseUri

$config = Invoke-BenchAdmin $BaseUri 'config' -Method GET
$size = [long]$config.resultSizeBytes
$cap = [long]$config.bandwidthBytesPerSec
$jobs = @(1..$Count | ForEach-Object { New-AkoolTranslation -Url "https://example.com/clip$_.mp4" -Language ja }) |
    Wait-AkoolVideo -PollInterval 0.2 -Timeout 120
if (@($jobs).Count -ne $Count) { throw "Only $(@($jobs).Count) of $Count jobs completed." }
$folder = Join-Path $WorkPath 'save'

function Measure-Save([int] $ThrottleLimit) {
    Remove-Item $folder -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $folder -Force
    [GC]::Collect()
    $sampler = [AkoolPS.Bench.RssSampler]::StartSelf()
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $files = @($jobs | Save-AkoolVideo -Path $folder -ThrottleLimit $ThrottleLimit)
    $elapsed = $clock.Elapsed.TotalMilliseconds
    $null = $sampler.Stop()
    if ($files.Count -ne $Count -or @($files | Where-Object Length -ne $size).Count) { throw "Save-AkoolVideo -ThrottleLimit $ThrottleLimit saved $($files.Count) files, not $Count of $size bytes." }
    Remove-Item $folder -Recurse -Force
    [pscustomobject]@{ ms = $elapsed; mbPerS = $Count * $size / 1048576 / ($elapsed / 1000); growthMB = $sampler.GrowthMB }
}

$repeats = foreach ($r in 1..$Repeat) {
    $order = if ($r % 2) { 4, 1 } else { 1, 4 }
    $runs = @{}
    foreach ($limit in $order) { $runs[$limit] = Measure-Save $limit }
    $result = [pscustomobject]@{ concurrent = $runs[4]; oneByOne = $runs[1]; ratio = $runs[4].mbPerS / $runs[1].mbPerS }
    Write-BenchLine ("save repeat {0}: -ThrottleLimit 4 {1:n1} MB/s (RSS growth {2:n1} MB), one at a time {3:n1} MB/s; ratio {4:n2}" -f
        $r, $runs[4].mbPerS, $runs[4].growthMB, $runs[1].mbPerS, $result.ratio)
    $result
}

[pscustomobject]@{ count = $Count; sizeBytes = $size; bandwidthBytesPerSec = $cap; repeats = @($repeats) } | ConvertTo-Json -Depth 6 | Set-Content $OutFile
