# Scenario 8, end to end (issue 16): a CSV of -Rows videos into two languages,
#   Import-Csv | New-AkoolTranslation -Language ja, fr | Wait-AkoolVideo | Save-AkoolVideo
# in one pwsh, as a user would type it (Save-AkoolVideo at its default -ThrottleLimit), on a simulator whose jobs last
# -MinSec to -MaxSec (evenly spread, shuffled, planned with /__admin/next-jobs) and whose result files are capped per
# connection (--result-size-bytes, --bandwidth-bytes-per-sec). The peer is the bound the issue sets: the run ends
# within the longest job's end (from the run's start) + two poll intervals + the download time the cap implies, here
# the time an ideal saver with as many connections as Save-AkoolVideo's default, each at the cap, still needs after
# the last job ends when it starts every file the moment its job ends (see Get-IdealSaves). Also recorded: the
# creates' throughput, each file's lateness after its own job's end, the status requests beside the minimum at the
# poll interval (the simulator's journal), the resident set's growth. Every file is checked and deleted.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 1,
    [int] $Rows = 1000,
    [double] $MinSec = 5,
    [double] $MaxSec = 60,
    [double] $PollInterval = 5,
    [Parameter(Mandatory)] [string] $WorkPath,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: Measure-BenchStream, RssSampler
Import-Module $ModulePath
$null = New-Item -ItemType Directory -Path $WorkPath -Force
$languages = @('ja', 'fr')
$jobCount = $Rows * $languages.Count
$createPath = '/api/open/v3/content/video/createbytranslate'
$infoPath = '/api/open/v3/content/video/infobymodelid'
# The module's own default, so that the bound follows it if it changes.
$connections = [Activator]::CreateInstance((Get-Command Save-AkoolVideo).ImplementingType).ThrottleLimit

function Get-IdealSaves([object[]] $Jobs, [int] $Connections, [double] $FileMs) {
    # The fastest any saver could finish under the per-connection cap: each file starts the moment its job ends (no
    # polling delay at all) on the first of -Connections free connections, and takes size / cap. Returns each job's
    # ideal finish (Unix ms) by id.
    $free = [double[]]::new($Connections)
    $finish = @{}
    foreach ($job in @($Jobs | Sort-Object endMs)) {
        $slot = 0
        for ($i = 1; $i -lt $Connections; $i++) { if ($free[$i] -lt $free[$slot]) { $slot = $i } }
        $start = [Math]::Max([double]$job.endMs, $free[$slot])
        $free[$slot] = $start + $FileMs
        $finish[$job.id] = $free[$slot]
    }
    $finish
}

$admin = [Net.Http.HttpClient]::new()
function Add-Plans([int[]] $DurationsMs) {
    # One /__admin/next-jobs plan per job, in order, on one HttpClient (Invoke-RestMethod takes about 20 ms a call here).
    foreach ($duration in $DurationsMs) {
        $content = [Net.Http.StringContent]::new("{`"count`":1,`"durationMs`":$duration}", [Text.Encoding]::UTF8, 'application/json')
        $answer = $admin.PostAsync("$($BaseUri.TrimEnd('/'))/__admin/next-jobs", $content).GetAwaiter().GetResult()
        if (-not $answer.IsSuccessStatusCode) { throw "Planning a job failed: HTTP $([int]$answer.StatusCode)." }
        $answer.Dispose()
    }
}

$repeats = foreach ($r in 1..$Repeat) {
    $null = Invoke-BenchAdmin $BaseUri 'reset'
    $null = Invoke-BenchAdmin $BaseUri 'config' -Body @{ credit = 100000000 }
    $config = Invoke-BenchAdmin $BaseUri 'config' -Method GET
    $size = [long]$config.resultSizeBytes
    $cap = [long]$config.bandwidthBytesPerSec
    if ($cap -le 0) { throw 'The end-to-end scenario needs the simulator started with --bandwidth-bytes-per-sec.' }
    Connect-BenchSimulator $BaseUri

    # The CSV: one distinct source per row; only Url binds to New-AkoolTranslation (by property name), Title rides along.
    $csv = Join-Path $WorkPath "e2e-$r.csv"
    1..$Rows | ForEach-Object { [pscustomobject]@{ Url = 'https://example.com/course/lesson-{0:d4}.mp4' -f $_; Title = "Lesson $_" } } | Export-Csv $csv

    # Warm up: the same pipeline on two rows of short jobs, so that the run's memory growth is what its jobs cost
    # rather than the first use of the code; its jobs and requests are left out below.
    $warmCsv = Join-Path $WorkPath "e2e-warm-$r.csv"
    $warmFolder = Join-Path $WorkPath "e2e-warm-$r"
    1..2 | ForEach-Object { [pscustomobject]@{ Url = "https://example.com/warm/warm-$_.mp4"; Title = "Warm $_" } } | Export-Csv $warmCsv
    Add-Plans (@(200) * (2 * $languages.Count))
    $null = Import-Csv $warmCsv | New-AkoolTranslation -Language $languages | Wait-AkoolVideo -PollInterval 0.2 | Save-AkoolVideo -Path $warmFolder
    Remove-Item -LiteralPath $warmFolder, $warmCsv -Recurse -Force
    $warmIds = @(Invoke-BenchAdmin $BaseUri 'jobs' -Method GET | ForEach-Object id)

    # Durations spread evenly over [MinSec, MaxSec], planned in a shuffled order (one plan per job: a row's two
    # languages take two).
    $random = [Random]::new(2000 + $r)
    $durations = @(0..($jobCount - 1) | ForEach-Object { [int][Math]::Round(1000 * ($MinSec + ($MaxSec - $MinSec) * $_ / [Math]::Max(1, $jobCount - 1))) } |
        Sort-Object { $random.Next() })
    $clock = [Diagnostics.Stopwatch]::StartNew()
    Add-Plans $durations
    Write-BenchLine ("e2e repeat {0}: {1} job durations planned in {2:n1} s" -f $r, $jobCount, $clock.Elapsed.TotalSeconds)

    $folder = Join-Path $WorkPath "e2e-$r"
    Remove-Item $folder -Recurse -Force -ErrorAction Ignore
    $null = New-Item -ItemType Directory -Path $folder -Force

    # The run.
    $probe = [AkoolPS.Bench.StreamProbe]::new('Name')
    $sampler = [AkoolPS.Bench.RssSampler]::StartSelf()
    $committedBefore = [GC]::GetGCMemoryInfo().TotalCommittedBytes
    $runStart = Get-UnixMs
    $probe.Start()
    Import-Csv $csv | New-AkoolTranslation -Language $languages | Wait-AkoolVideo -PollInterval $PollInterval | Save-AkoolVideo -Path $folder | Measure-BenchStream $probe
    $runEnd = Get-UnixMs
    $null = $sampler.Stop()
    $committedAfter = [GC]::GetGCMemoryInfo().TotalCommittedBytes
    $gcHeapAfter = [GC]::GetTotalMemory($false)
    $gcHeapCollected = [GC]::GetTotalMemory($true)
    Write-BenchLine ("e2e repeat {0}: the pipeline returned after {1:n1} s with {2} files; resident set grew {3:n1} MB" -f $r, (($runEnd - $runStart) / 1000), $probe.Count, $sampler.GrowthMB)

    # Every file there, of the right length, named after its row and language; then gone.
    $files = @(Get-ChildItem -LiteralPath $folder -File)
    $expected = foreach ($i in 1..$Rows) { foreach ($language in $languages) { 'lesson-{0:d4}.{1}.mp4' -f $i, $language } }
    $missing = @($expected | Where-Object { $_ -notin $files.Name })
    $wrong = @($files | Where-Object Length -ne $size)
    if ($probe.Count -ne $jobCount -or $files.Count -ne $jobCount -or $missing -or $wrong) {
        throw "Saved $($probe.Count) files ($($files.Count) in the folder) of $jobCount; missing $($missing.Count) (e.g. $($missing | Select-Object -First 3)); wrong length $($wrong.Count)."
    }
    Remove-Item -LiteralPath $folder -Recurse -Force
    Remove-Item -LiteralPath $csv

    # The truth, from the simulator: when each job was made and ended, and every request. Timed, since 2,000 jobs
    # and some 20,000 journal entries go through these admin reads.
    $clock.Restart()
    $simJobs = @(Invoke-BenchAdmin $BaseUri 'jobs' -Method GET | Where-Object id -notin $warmIds)
    $jobsReadMs = $clock.Elapsed.TotalMilliseconds
    $clock.Restart()
    $statusRequests = @(Invoke-BenchAdmin $BaseUri "journal?path=$infoPath" -Method GET | Where-Object { $_.time -ge $runStart })
    $creates = @(Invoke-BenchAdmin $BaseUri "journal?path=$createPath" -Method GET | Where-Object { $_.time -ge $runStart })
    $fileRequests = @(Invoke-BenchAdmin $BaseUri 'journal?path=/files/*' -Method GET | Where-Object { $_.time -ge $runStart })
    $journalReadMs = $clock.Elapsed.TotalMilliseconds
    Write-BenchLine ("e2e repeat {0}: read {1} jobs in {2:n0} ms and {3} journal entries in {4:n0} ms" -f $r, $simJobs.Count, $jobsReadMs, ($statusRequests.Count + $creates.Count + $fileRequests.Count), $journalReadMs)
    if ($simJobs.Count -ne $jobCount) { throw "The simulator holds $($simJobs.Count) jobs, not $jobCount." }

    # When each file was asked for (the journal's arrival of GET /files/<id>/video.mp4), to tell the download itself
    # from the hand-over between Wait-AkoolVideo and Save-AkoolVideo.
    $requestedAt = @{}
    foreach ($entry in $fileRequests) { if ($entry.path -match '^/files/([^/]+)/') { $requestedAt[$Matches[1]] = [long]$entry.time } }
    $savedAt = @{}
    for ($i = 0; $i -lt $probe.Count; $i++) { $savedAt[$probe.Keys[$i]] = $probe.UnixMs[$i] }
    $jobs = foreach ($job in $simJobs) {
        $name = '{0}.{1}.mp4' -f [IO.Path]::GetFileNameWithoutExtension(([uri]$job.source).AbsolutePath), $job.language
        if (-not $savedAt.ContainsKey($name)) { throw "No file was written out for job $($job.id) ($name)." }
        [pscustomobject]@{ id = $job.id; createdMs = [long]$job.createdAt; endMs = [long]$job.createdAt + [long]$job.durationMs; savedMs = $savedAt[$name]; requestedMs = $requestedAt[$job.id] }
    }
    $fileMs = 1000.0 * $size / $cap
    $ideal = Get-IdealSaves $jobs $connections $fileMs
    $lastEnd = ($jobs.endMs | Measure-Object -Maximum).Maximum
    $lastCreated = ($jobs.createdMs | Measure-Object -Maximum).Maximum
    $lastSaved = ($jobs.savedMs | Measure-Object -Maximum).Maximum
    $idealLast = ($ideal.Values | Measure-Object -Maximum).Maximum
    # The download time the cap implies: what is still to download once the last job has ended, for the ideal saver.
    $downloadMs = $idealLast - $lastEnd
    $boundMs = ($lastEnd - $runStart) + 2 * 1000 * $PollInterval + $downloadMs
    $wholeMs = $runEnd - $runStart
    # The fewest status requests that still see each job within one interval of its end, for a wait that starts when
    # the last create has been made (Wait-AkoolVideo reads all its input first) and polls at P, 2P, ...
    $minimum = 0
    foreach ($job in $jobs) { $minimum += [Math]::Max(1, [Math]::Ceiling(($job.endMs - $lastCreated) / 1000 / $PollInterval)) }
    $byEnd = @($jobs | Sort-Object endMs)
    $firstPoll = ($statusRequests.time | Measure-Object -Minimum).Minimum
    $result = [pscustomobject]@{
        runStartMs           = $runStart
        runEndMs             = $runEnd
        wholeS               = $wholeMs / 1000
        lastJobEndS          = ($lastEnd - $runStart) / 1000
        lastSavedS           = ($lastSaved - $runStart) / 1000
        downloadS            = $downloadMs / 1000
        allBytesS            = $jobCount * $size / ($connections * $cap)
        idealLastSavedS      = ($idealLast - $runStart) / 1000
        boundS               = $boundMs / 1000
        ratio                = $wholeMs / $boundMs
        afterLastEndS        = ($runEnd - $lastEnd) / 1000
        createsS             = ($lastCreated - $runStart) / 1000
        createsPerS          = $jobCount / (($lastCreated - $runStart) / 1000)
        createCalls          = $creates.Count
        firstPollAfterLastCreateS = ($firstPoll - $lastCreated) / 1000
        firstJobEndS         = (($jobs.endMs | Measure-Object -Minimum).Minimum - $runStart) / 1000
        firstFileSavedS      = (($jobs.savedMs | Measure-Object -Minimum).Minimum - $runStart) / 1000
        lateness             = Get-BenchStats @($jobs | ForEach-Object { ($_.savedMs - $_.endMs) / 1000 })
        idealLateness        = Get-BenchStats @($jobs | ForEach-Object { ($ideal[$_.id] - $_.endMs) / 1000 })
        statusRequests       = $statusRequests.Count
        minimumRequests      = $minimum
        requestRatio         = $statusRequests.Count / $minimum
        fileRequests         = $fileRequests.Count
        # A file's own transfer, from its request's arrival to its save, beside size / cap.
        transferS            = Get-BenchStats @($jobs | ForEach-Object { ($_.savedMs - $_.requestedMs) / 1000 })
        fileS                = $fileMs / 1000
        # Steady throughput: files saved per second between the first and the last save, beside the ideal connections * cap / size.
        savedPerS            = ($jobCount - 1) / (($lastSaved - ($jobs.savedMs | Measure-Object -Minimum).Minimum) / 1000)
        idealPerS            = $connections * 1000 / $fileMs
        growthMB             = $sampler.GrowthMB
        peakMB               = $sampler.PeakMB
        # The managed heap's share: memory the GC had committed before and after the run, and the live objects after it.
        gcCommittedBeforeMB  = $committedBefore / 1MB
        gcCommittedAfterMB   = $committedAfter / 1MB
        gcHeapAfterMB        = $gcHeapAfter / 1MB
        gcLiveAfterMB        = $gcHeapCollected / 1MB
        jobsReadMs           = $jobsReadMs
        journalReadMs        = $journalReadMs
        # Per job, in end order, milliseconds from the run's start: made, ended, saved, and saved by the ideal saver.
        timeline             = [pscustomobject]@{
            createdMs = @($byEnd | ForEach-Object { $_.createdMs - $runStart })
            endMs     = @($byEnd | ForEach-Object { $_.endMs - $runStart })
            savedMs   = @($byEnd | ForEach-Object { $_.savedMs - $runStart })
            idealMs   = @($byEnd | ForEach-Object { [long]($ideal[$_.id] - $runStart) })
            requestedMs = @($byEnd | ForEach-Object { $_.requestedMs - $runStart })
        }
    }
    Write-BenchLine ("e2e repeat {0}: whole run {1:n1} s, bound {2:n1} s (last job ended at {3:n1} s + 2 x {4} s + {5:n1} s of downloads after it) = {6:n2}; creates done at {7:n1} s ({8:n0} jobs/s); first file at {9:n1} s; lateness median {10:n1} s, max {11:n1} s (ideal {12:n1}, {13:n1}); status requests {14} of minimum {15} ({16:n2}x); {17} file requests" -f
        $r, $result.wholeS, $result.boundS, $result.lastJobEndS, $PollInterval, $result.downloadS, $result.ratio, $result.createsS, $result.createsPerS, $result.firstFileSavedS,
        $result.lateness.Median, $result.lateness.Max, $result.idealLateness.Median, $result.idealLateness.Max, $result.statusRequests, $minimum, $result.requestRatio, $result.fileRequests)
    # Let go of this repeat's journal, jobs and files (tens of MB of objects), so that the next repeat's memory is its own.
    $statusRequests = $creates = $fileRequests = $simJobs = $jobs = $byEnd = $ideal = $savedAt = $requestedAt = $files = $probe = $null
    $result
}

[pscustomobject]@{
    rows = $Rows; languages = $languages; jobs = $jobCount; minSec = $MinSec; maxSec = $MaxSec; pollInterval = $PollInterval
    connections = $connections; sizeBytes = $size; bandwidthBytesPerSec = $cap; repeats = @($repeats)
} | ConvertTo-Json -Depth 6 | Set-Content $OutFile
