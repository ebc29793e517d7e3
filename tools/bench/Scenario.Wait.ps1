# Scenario 3, waiting: Wait-AkoolVideo on -Jobs translation jobs whose simulated durations spread evenly from
# -MinSec to -MaxSec (planned with /__admin/next-jobs, in shuffled order), beside the naive foreach +
# Invoke-RestMethod + Start-Sleep loop (Scenario.WaitNaive.ps1, in a pwsh of its own) polling the SAME jobs
# at the same time, each at -PollInterval. For every job: when it ended (the simulator's createdAt +
# durationMs), when Wait-AkoolVideo wrote it, when the naive loop saw it. Requests are counted in the
# simulator's journal (the naive loop's own count is subtracted).
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $KitPath,
    [int] $Repeat = 3,
    [int] $Jobs = 500,
    [double] $MinSec = 5,
    [double] $MaxSec = 60,
    [double] $PollInterval = 5,
    [Parameter(Mandatory)] [string] $WorkPath,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchCommon.psm1')
Import-Module $KitPath   # BenchKit: Measure-BenchStream and the helper types
Import-Module $ModulePath
$null = New-Item -ItemType Directory -Path $WorkPath -Force
$infoPath = '/api/open/v3/content/video/infobymodelid'

function Start-Naive([string] $ResultFile) {
    $pwsh = Get-PwshCommand
    $info = [Diagnostics.ProcessStartInfo]::new($pwsh[0])
    foreach ($argument in @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'Scenario.WaitNaive.ps1'),
            '-BaseUri', $BaseUri, '-PollInterval', "$PollInterval", '-OutFile', $ResultFile)) {
        $info.ArgumentList.Add($argument)
    }
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($info)
    $line = $process.StandardOutput.ReadLine()
    if ($line -ne 'ready') { throw "The naive loop did not start: $line $($process.StandardOutput.ReadToEnd())" }
    $process
}

$languages = @()
$repeats = foreach ($r in 1..$Repeat) {
    $null = Invoke-BenchAdmin $BaseUri 'reset'
    $null = Invoke-BenchAdmin $BaseUri 'config' -Body @{ credit = 100000000 }
    Connect-BenchSimulator $BaseUri
    if (-not $languages) { $languages = @(Get-AkoolLanguage | Where-Object { -not $_.NeedsVoiceId } | ForEach-Object Code) }
    $naiveFile = Join-Path $WorkPath "wait-naive-$r.json"
    Remove-Item $naiveFile -ErrorAction Ignore
    $naive = Start-Naive $naiveFile

    # Durations spread evenly over [MinSec, MaxSec], planned in a shuffled order so that creation order is not end order.
    $random = [Random]::new(1000 + $r)
    $durations = @(0..($Jobs - 1) | ForEach-Object { [int][Math]::Round(1000 * ($MinSec + ($MaxSec - $MinSec) * $_ / [Math]::Max(1, $Jobs - 1))) } |
        Sort-Object { $random.Next() })
    foreach ($duration in $durations) { $null = Invoke-BenchAdmin $BaseUri 'next-jobs' -Body @{ count = 1; durationMs = $duration } }
    $created = [Collections.Generic.List[object]]::new()
    for ($k = 0; $created.Count -lt $Jobs; $k++) {
        $take = [Math]::Min($languages.Count, $Jobs - $created.Count)
        foreach ($job in New-AkoolTranslation -Url "https://example.com/wait-$r-$k.mp4" -Language $languages[0..($take - 1)]) { $created.Add($job) }
    }
    $idsFile = Join-Path $WorkPath "wait-ids-$r.txt"
    $created.Id | Set-Content $idsFile

    # Both start now.
    $probe = [AkoolPS.Bench.StreamProbe]::new('Id')
    $naive.StandardInput.WriteLine($idsFile)
    $naive.StandardInput.Flush()
    $waitStart = Get-UnixMs
    $probe.Start()
    $created | Wait-AkoolVideo -PollInterval $PollInterval | Measure-BenchStream $probe
    $waitEnd = Get-UnixMs
    Write-BenchLine ("wait repeat {0}: Wait-AkoolVideo returned after {1:n1} s with {2} jobs; waiting for the naive loop" -f $r, (($waitEnd - $waitStart) / 1000), $probe.Count)
    $naive.WaitForExit()
    if ($naive.ExitCode -ne 0) { throw "The naive loop failed: $($naive.StandardOutput.ReadToEnd())" }
    $naiveResult = Get-Content $naiveFile -Raw | ConvertFrom-Json

    # The truth, from the simulator: when each job ended, and every status request.
    $simJobs = @{}
    foreach ($job in Invoke-BenchAdmin $BaseUri 'jobs' -Method GET) { $simJobs[$job.id] = $job }
    $journal = @(Invoke-BenchAdmin $BaseUri 'journal' -Method GET | Where-Object { $_.path -eq $infoPath -and $_.time -ge $waitStart - 1000 })
    $moduleRequests = $journal.Count - $naiveResult.requests

    $moduleAt = @{}
    for ($i = 0; $i -lt $probe.Count; $i++) { $moduleAt[$probe.Keys[$i]] = $probe.UnixMs[$i] }
    $rows = foreach ($job in $created) {
        $sim = $simJobs[$job.Id]
        $end = [long]$sim.createdAt + [long]$sim.durationMs
        [pscustomobject]@{
            id       = $job.Id
            endMs    = $end
            moduleMs = if ($moduleAt.ContainsKey($job.Id)) { $moduleAt[$job.Id] } else { $null }
            naiveMs  = if ($naiveResult.reported.PSObject.Properties[$job.Id]) { [long]$naiveResult.reported.($job.Id) } else { $null }
            status   = $sim.status
        }
    }
    $lastEnd = ($rows.endMs | Measure-Object -Maximum).Maximum
    # The fewest polls at a fixed interval that still see every job end: polls at P, 2P, ... after the wait starts.
    $minimum = 0
    foreach ($row in $rows) { $minimum += [Math]::Max(1, [Math]::Ceiling(($row.endMs - $waitStart) / 1000 / $PollInterval)) }
    $late = { param($at, $end) if ($null -eq $at) { [double]::NaN } else { ($at - $end) / 1000 } }
    $result = [pscustomobject]@{
        waitStartMs         = $waitStart
        moduleEndMs         = $waitEnd
        naiveStartMs        = [long]$naiveResult.startMs
        naiveEndMs          = [long]$naiveResult.endMs
        lastJobEndMs        = $lastEnd
        moduleEndLateS      = ($waitEnd - $lastEnd) / 1000
        naiveEndLateS       = ($naiveResult.endMs - $lastEnd) / 1000
        moduleReported      = $probe.Count
        naiveReported       = @($rows | Where-Object { $null -ne $_.naiveMs }).Count
        completed           = @($rows | Where-Object { $_.status -eq 'completed' -or $_.status -eq 3 }).Count
        moduleJobLate       = Get-BenchStats @($rows | ForEach-Object { & $late $_.moduleMs $_.endMs })
        naiveJobLate        = Get-BenchStats @($rows | ForEach-Object { & $late $_.naiveMs $_.endMs })
        moduleRequests      = $moduleRequests
        naiveRequests       = [int]$naiveResult.requests
        minimumRequests     = $minimum
        moduleRequestRatio  = $moduleRequests / $minimum
        naiveRequestRatio   = $naiveResult.requests / $minimum
        rows                = @($rows)
    }
    Write-BenchLine ("wait repeat {0}: last job ended; Wait-AkoolVideo returned {1:n1} s later, the naive loop {2:n1} s later; requests {3} and {4}, minimum {5}" -f
        $r, $result.moduleEndLateS, $result.naiveEndLateS, $moduleRequests, $naiveResult.requests, $minimum)
    $result
}

[pscustomobject]@{ jobs = $Jobs; minSec = $MinSec; maxSec = $MaxSec; pollInterval = $PollInterval; repeats = @($repeats) } |
    ConvertTo-Json -Depth 6 | Set-Content $OutFile
