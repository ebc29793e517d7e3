# Scenario 5, download: Save-AkoolVideo of one completed job's result (the simulator started with
# --result-size-bytes, 1 GiB) beside `curl -o` on the same URL into the same folder. Throughput of each, and
# the growth of the resident set (pwsh sampled from inside, curl from outside, every 2 ms). Repeats
# alternate which goes first; every file is checked for its length and deleted.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 5,
    [Parameter(Mandatory)] [string] $WorkPath,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: Measure-BenchStream and the helper types
Import-Module $ModulePath
$curl = (Get-Command curl -CommandType Application -ErrorAction Stop | Select-Object -First 1).Source
Connect-BenchSimulator $BaseUri

$job = New-AkoolTranslation -Url https://example.com/download.mp4 -Language ja | Wait-AkoolVideo -PollInterval 0.2 -Timeout 60
$size = [long](Invoke-BenchAdmin $BaseUri 'config' -Method GET).resultSizeBytes
$folder = Join-Path $WorkPath 'download'
Remove-Item $folder -Recurse -Force -ErrorAction Ignore
$null = New-Item -ItemType Directory -Path $folder -Force
$curlFile = Join-Path $folder 'curl.mp4'

function Measure-Curl {
    $info = [Diagnostics.ProcessStartInfo]::new($curl)
    foreach ($argument in '-s', '-S', '-f', '-o', $curlFile, $job.VideoUrl) { $info.ArgumentList.Add($argument) }
    $info.UseShellExecute = $false
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $process = [Diagnostics.Process]::Start($info)
    $sampler = [AkoolPS.Bench.RssSampler]::StartFor($process.Id)
    $process.WaitForExit()
    $elapsed = $clock.Elapsed.TotalMilliseconds
    $null = $sampler.Stop()
    if ($process.ExitCode -ne 0) { throw "curl exited with $($process.ExitCode)." }
    $length = (Get-Item $curlFile).Length
    Remove-Item $curlFile
    if ($length -ne $size) { throw "curl saved $length bytes of $size." }
    [pscustomobject]@{ ms = $elapsed; mbPerS = $size / 1048576 / ($elapsed / 1000); peakMB = $sampler.PeakMB; growthMB = $sampler.GrowthMB }
}

function Measure-Module {
    $sampler = [AkoolPS.Bench.RssSampler]::StartSelf()
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $file = Save-AkoolVideo -InputObject $job -Path $folder -Force
    $elapsed = $clock.Elapsed.TotalMilliseconds
    $null = $sampler.Stop()
    $length = $file.Length
    Remove-Item $file.FullName
    if ($length -ne $size) { throw "Save-AkoolVideo saved $length bytes of $size." }
    [pscustomobject]@{ ms = $elapsed; mbPerS = $size / 1048576 / ($elapsed / 1000); peakMB = $sampler.PeakMB; growthMB = $sampler.GrowthMB }
}

# Warm up both once (JIT, page cache of the generator's code paths).
$null = Measure-Module
$null = Measure-Curl

$repeats = foreach ($r in 1..$Repeat) {
    $order = if ($r % 2) { 'module', 'curl' } else { 'curl', 'module' }
    $runs = @{}
    foreach ($name in $order) { $runs[$name] = if ($name -eq 'module') { Measure-Module } else { Measure-Curl } }
    $result = [pscustomobject]@{ module = $runs.module; curl = $runs.curl; ratio = $runs.module.mbPerS / $runs.curl.mbPerS }
    Write-BenchLine ("download repeat {0}: Save-AkoolVideo {1:n0} MB/s (RSS growth {2:n1} MB), curl {3:n0} MB/s (peak RSS {4:n1} MB); ratio {5:n3}" -f
        $r, $runs.module.mbPerS, $runs.module.growthMB, $runs.curl.mbPerS, $runs.curl.peakMB, $result.ratio)
    $result
}
Remove-Item $folder -Recurse -Force -ErrorAction Ignore

[pscustomobject]@{ sizeBytes = $size; repeats = @($repeats) } | ConvertTo-Json -Depth 6 | Set-Content $OutFile
