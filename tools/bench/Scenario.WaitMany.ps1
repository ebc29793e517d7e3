# Scenario 8, waiting at scale: Wait-AkoolVideo on -Jobs jobs of seven kinds at once (translations, talking photos,
# lip syncs and images, each read by a status call per id; image and text to video, read 50 ids a call by
# resultsByIds; face swaps, 50 ids a call by listbyids). The jobs are created through the module's own piped creates,
# then retimed on the simulator so that they end -MinSec to -MaxSec (spread evenly, shuffled) after one moment just
# after the wait starts. Measured: every status request (the simulator's journal) against the fewest a loop at the
# poll interval could make (a poll of each still-running job at P, 2P, ... after the wait starts, 50 ids a request
# where the call takes many); how late each job is written out after its end (the target: within one interval); the
# growth of the pwsh's resident set during the wait.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 1,
    [int] $Jobs = 10000,
    [double] $MinSec = 5,
    [double] $MaxSec = 60,
    [double] $PollInterval = 10,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: Measure-BenchStream, StreamProbe, RssSampler, AdminCalls
Import-Module $ModulePath

# The status call of each kind, and how many ids one request of it takes.
$calls = [ordered]@{
    '/api/open/v3/content/video/infobymodelid' = @{ Kinds = 'Translation', 'TalkingPhoto', 'LipSync'; PerRequest = 1 }
    '/api/open/v3/content/image/infobymodelid' = @{ Kinds = , 'Image'; PerRequest = 1 }
    '/api/open/v4/image2Video/resultsByIds'    = @{ Kinds = 'ImageToVideo', 'TextToVideo'; PerRequest = 50 }
    '/api/open/v3/faceswap/result/listbyids'   = @{ Kinds = , 'FaceSwap'; PerRequest = 50 }
}
# Shares of the jobs, by kind: most of a real batch at this size is generation and swaps, which Akool reads in batches.
$shares = [ordered]@{ Translation = 0.20; TalkingPhoto = 0.05; LipSync = 0.05; Image = 0.05; ImageToVideo = 0.35; TextToVideo = 0.10; FaceSwap = 0.20 }

function New-MixedJobs([int] $Total, [string] $Tag) {
    $n = @{}
    foreach ($kind in $shares.Keys) { $n[$kind] = [int][Math]::Round($Total * $shares[$kind]) }
    $n.FaceSwap += $Total - ($n.Values | Measure-Object -Sum).Sum
    $rows = { param($count, [scriptblock] $make) for ($i = 0; $i -lt $count; $i++) { & $make $i } }
    # A translation into two languages is two jobs; image and text to video come ten to a create (-Count 10).
    & $rows ([Math]::Ceiling($n.Translation / 2)) { param($i) [pscustomobject]@{ Url = "https://example.com/$Tag/talk-$i.mp4" } } |
        New-AkoolTranslation -Language ja, fr
    & $rows $n.TalkingPhoto { param($i) [pscustomobject]@{ PhotoUrl = "https://example.com/$Tag/face-$i.jpg"; AudioUrl = "https://example.com/$Tag/voice-$i.mp3" } } |
        New-AkoolTalkingPhoto
    & $rows $n.LipSync { param($i) [pscustomobject]@{ VideoUrl = "https://example.com/$Tag/clip-$i.mp4"; AudioUrl = "https://example.com/$Tag/dub-$i.mp3" } } |
        New-AkoolLipSync
    & $rows $n.Image { param($i) [pscustomobject]@{ Prompt = "A lighthouse, study $Tag-$i" } } | New-AkoolImage
    & $rows ([Math]::Ceiling($n.ImageToVideo / 10)) { param($i) [pscustomobject]@{ ImageUrl = "https://example.com/$Tag/still-$i.png"; Prompt = "Waves roll in, $i" } } |
        New-AkoolImageToVideo -Model AkoolImage2VideoFastV1 -Count 10
    & $rows ([Math]::Ceiling($n.TextToVideo / 10)) { param($i) [pscustomobject]@{ Prompt = "A fox in the snow, take $Tag-$i" } } |
        New-AkoolTextToVideo -Model seedance-1-0-lite-t2v-250428 -Count 10
    & $rows $n.FaceSwap { param($i) [pscustomobject]@{ Face = "https://example.com/$Tag/me-$i.jpg"; TargetUrl = "https://example.com/$Tag/poster-$i.jpg" } } |
        New-AkoolFaceSwap
}

$repeats = foreach ($r in 1..$Repeat) {
    $null = Invoke-BenchAdmin $BaseUri 'reset'
    # Jobs run for a day unless retimed below, so that none ends while the others are still being created.
    $null = Invoke-BenchAdmin $BaseUri 'config' -Body @{ credit = 1000000000; jobDurationMs = 86400000 }
    Connect-BenchSimulator $BaseUri

    $createClock = [Diagnostics.Stopwatch]::StartNew()
    $created = [Collections.Generic.List[object]]::new()
    foreach ($job in New-MixedJobs -Total $Jobs -Tag "r$r") { $created.Add($job) }
    $createMs = $createClock.Elapsed.TotalMilliseconds
    if ($created.Count -lt $Jobs) { throw "Only $($created.Count) of $Jobs jobs were created." }
    $byKind = $created | Group-Object { "$($_.Kind)" } -NoElement | ForEach-Object { '{0} {1}' -f $_.Count, $_.Name }
    Write-BenchLine ("wait-many repeat {0}: created {1} jobs in {2:n1} s ({3})" -f $r, $created.Count, ($createMs / 1000), ($byKind -join ', '))

    # Retime: each job ends at anchor + its planned duration. The anchor is a few seconds ahead, after the retiming.
    $random = [Random]::new(2000 + $r)
    $ends = @{}
    $simJobs = @{}
    foreach ($job in Invoke-BenchAdmin $BaseUri 'jobs' -Method GET) { $simJobs[$job.id] = $job }
    $anchor = (Get-UnixMs) + 8000
    $order = @(0..($created.Count - 1) | Sort-Object { $random.Next() })
    $paths = [string[]]::new($created.Count)
    $bodies = [string[]]::new($created.Count)
    for ($i = 0; $i -lt $created.Count; $i++) {
        $id = $created[$i].Id
        $planned = [long][Math]::Round(1000 * ($MinSec + ($MaxSec - $MinSec) * $order[$i] / [Math]::Max(1, $created.Count - 1)))
        $ends[$id] = $anchor + $planned
        $paths[$i] = "__admin/jobs/$id"
        $bodies[$i] = '{"durationMs":' + ($anchor + $planned - [long]$simJobs[$id].createdAt) + '}'
    }
    [AkoolPS.Bench.AdminCalls]::PostEach($BaseUri, $paths, $bodies, 8)
    if ((Get-UnixMs) -ge $anchor) { throw 'Retiming the jobs took longer than the margin; raise it.' }
    $null = Invoke-BenchAdmin $BaseUri 'journal' -Method DELETE

    # The wait, its output timed by a compiled sink, its memory sampled.
    $probe = [AkoolPS.Bench.StreamProbe]::new('Id')
    $memory = [AkoolPS.Bench.RssSampler]::StartSelf()
    $waitStart = Get-UnixMs
    $probe.Start()
    $created | Wait-AkoolVideo -PollInterval $PollInterval | Measure-BenchStream $probe
    $waitEnd = Get-UnixMs
    $null = $memory.Stop()
    # What the wait kept, beside what it only passed through: the resident set after a full collection.
    [GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
    $afterMB = [AkoolPS.Bench.RssSampler]::CurrentMB()
    Write-BenchLine ("wait-many repeat {0}: Wait-AkoolVideo returned after {1:n1} s with {2} jobs" -f $r, (($waitEnd - $waitStart) / 1000), $probe.Count)
    if ($probe.Count -ne $created.Count) { throw "Wait-AkoolVideo wrote $($probe.Count) of $($created.Count) jobs." }

    # The truth from the simulator: when each job ended, and every status request.
    $simJobs = @{}
    foreach ($job in Invoke-BenchAdmin $BaseUri 'jobs' -Method GET) { $simJobs[$job.id] = $job }
    $reportedAt = @{}
    for ($i = 0; $i -lt $probe.Count; $i++) { $reportedAt[$probe.Keys[$i]] = $probe.UnixMs[$i] }
    $late = [Collections.Generic.List[double]]::new()
    $polls = @{}   # per call: how many polls each of its jobs needs at the interval
    foreach ($path in $calls.Keys) { $polls[$path] = [Collections.Generic.List[int]]::new() }
    foreach ($job in $created) {
        $sim = $simJobs[$job.Id]
        $end = [long]$sim.createdAt + [long]$sim.durationMs
        $late.Add(($reportedAt[$job.Id] - $end) / 1000)
        $path = @($calls.Keys | Where-Object { "$($job.Kind)" -in $calls[$_].Kinds })[0]
        $polls[$path].Add([int][Math]::Max(1, [Math]::Ceiling(($end - $waitStart) / 1000 / $PollInterval)))
    }
    # The minimum: at the k-th poll (k = 1, 2, ...) every job that needs k or more polls is read, PerRequest ids a request.
    $perCall = foreach ($path in $calls.Keys) {
        $needs = @($polls[$path])
        $minimum = 0
        if ($needs.Count) {
            $rounds = ($needs | Measure-Object -Maximum).Maximum
            for ($k = 1; $k -le $rounds; $k++) {
                $due = @($needs | Where-Object { $_ -ge $k }).Count
                $minimum += [Math]::Ceiling($due / $calls[$path].PerRequest)
            }
        }
        $made = @(Invoke-BenchAdmin $BaseUri "journal?path=$([uri]::EscapeDataString($path))" -Method GET | Where-Object { $_.time -ge $waitStart }).Count
        [pscustomobject]@{ path = $path; jobs = $needs.Count; requests = $made; minimum = $minimum }
    }
    $requests = ($perCall.requests | Measure-Object -Sum).Sum
    $minimumAll = ($perCall.minimum | Measure-Object -Sum).Sum
    $lateStats = Get-BenchStats $late
    $result = [pscustomobject]@{
        jobs            = $created.Count
        createMs        = $createMs
        waitStartMs     = $waitStart
        waitEndMs       = $waitEnd
        lastEndMs       = ($ends.Values | Measure-Object -Maximum).Maximum
        requests        = $requests
        minimumRequests = $minimumAll
        requestRatio    = $requests / $minimumAll
        perCall         = @($perCall)
        lateMedianS     = $lateStats.Median
        lateMaxS        = $lateStats.Max
        lateOverInterval = @($late | Where-Object { $_ -gt $PollInterval }).Count
        baselineMB      = $memory.BaselineBytes / 1MB
        growthMB        = $memory.GrowthMB
        keptMB          = $afterMB - $memory.BaselineBytes / 1MB
    }
    Write-BenchLine ("wait-many repeat {0}: {1} requests, minimum {2} ({3:n2}x); late median {4:n1} s, max {5:n1} s, {6} over {7} s; resident set +{8:n1} MB from {9:n0} MB" -f
        $r, $requests, $minimumAll, $result.requestRatio, $lateStats.Median, $lateStats.Max, $result.lateOverInterval, $PollInterval, $result.growthMB, $result.baselineMB)
    $result
}

[pscustomobject]@{ jobs = $Jobs; minSec = $MinSec; maxSec = $MaxSec; pollInterval = $PollInterval; shares = $shares; repeats = @($repeats) } |
    ConvertTo-Json -Depth 6 | Set-Content $OutFile
