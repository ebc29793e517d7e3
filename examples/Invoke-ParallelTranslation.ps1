#Requires -Version 7.0
<#
.SYNOPSIS
    Translates many videos at once with ForEach-Object -Parallel: one Akool session, shared by
    every runspace, and a summary at the end.

.DESCRIPTION
    The script connects once and works in two steps, so that a batch takes about as long as its
    longest render, not the sum of them:
      1. Create: ForEach-Object -Parallel makes the jobs, at most -ThrottleLimit videos at once, each
         runspace with the one session (-Session $using:session: a session is safe to share, and
         runspaces of ForEach-Object -Parallel start without one). A create takes a second; no
         runspace is held while Akool renders.
      2. Wait and save: ONE Wait-AkoolVideo for every job of the batch, which polls them all together
         (Connect-Akool -MaxConcurrency requests at once) and writes each job the moment it ends;
         Save-AkoolVideo saves it then, while the others still render.

    Measured on the simulator (tools/Measure-ParallelTranslation.ps1 -Videos 40 -JobDurationMs 5000:
    one language, jobs of 5 s, 20 ms per request, -ThrottleLimit 4, polls every second, on a shared
    2-core machine under heavy load): the earlier shape, which created, waited and saved inside each
    runspace and so held a throttle slot through each render, took 64.0 s; this one took 14.0 s. The
    earlier shape grows with videos / ThrottleLimit x render time (100 videos of 10-minute renders at
    -ThrottleLimit 4: over 4 hours); this one with the time to create them plus the longest render.

    Each job is reported as a result (Completed, Failed, TimedOut or NotCreated, with the error id and
    the files); nothing about one video stops the others. Failures are also written to
    the error stream, with the job (or the video, when no job was made) as TargetObject. At the end
    the script writes ONE summary object with the counts, the files, every result and the time taken.

    Credentials: -Credential (user name = client id, password = client secret), else the environment,
    as Connect-Akool reads it: AKOOL_API_KEY, or AKOOL_CLIENT_ID with AKOOL_CLIENT_SECRET.

    The one wait polls Akool for every job. For thousands of jobs, prefer webhooks
    (examples/AzureFunction): Akool then tells you when each job ends and nothing polls.

.PARAMETER Url
    The videos to translate: links Akool can download. You can pipe them, or the rows of a CSV file
    with a Url column (Import-Csv ./videos.csv | ./Invoke-ParallelTranslation.ps1 -Language es ...).

.PARAMETER Language
    The target language codes, such as 'es', 'de'. Each video makes one job per language.

.PARAMETER OutputPath
    The folder to save the results into; made if missing.

.PARAMETER ThrottleLimit
    How many videos are being created at once. Default: 4.

.PARAMETER Timeout
    How long the wait lasts, from the moment every job has been created. Numbers are seconds.
    Default: 2 hours.

.PARAMETER PollInterval
    How often the wait polls the jobs. Numbers are seconds. Default: Wait-AkoolVideo's.

.PARAMETER Credential
    The Akool client id (user name) and client secret (password). Default: the environment.

.PARAMETER BaseUri
    Another address for the Akool API. Default: AKOOL_BASE_URI, else https://openapi.akool.com.

.PARAMETER Force
    Replace files that already exist in -OutputPath.

.EXAMPLE
    Import-Csv ./videos.csv | ./Invoke-ParallelTranslation.ps1 -Language es, de -OutputPath ./dubbed -ThrottleLimit 8

.EXAMPLE
    $summary = ./Invoke-ParallelTranslation.ps1 -Url $urls -Language ja -OutputPath ./ja -Credential (Get-Credential)
    $summary.Results | Where-Object Status -NE Completed | Format-Table Url, Language, Status, ErrorId

.OUTPUTS
    One summary object: Succeeded, Videos, Created, Completed, Failed, TimedOut, Files, Results
    (Url, Language, Id, Status, ErrorId, Message, Files, Job) and Elapsed.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param(
    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [ValidateNotNullOrEmpty()]
    [string[]] $Url,

    [Parameter(Mandatory)]
    [ValidateNotNullOrEmpty()]
    [string[]] $Language,

    [Parameter(Mandatory)]
    [ValidateNotNullOrEmpty()]
    [string] $OutputPath,

    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 4,

    [ValidateNotNull()]
    [object] $Timeout = '02:00:00',

    [object] $PollInterval,

    [pscredential] $Credential,

    [uri] $BaseUri,

    [switch] $Force
)

begin {
    Set-StrictMode -Version 3.0
    $clock = [Diagnostics.Stopwatch]::StartNew()
    if (-not (Get-Module AkoolPS)) {
        Import-Module AkoolPS -ErrorAction Stop
    }
    # The runspaces import this very module (same version, same files), not whatever another path holds.
    $modulePath = Join-Path (Get-Module AkoolPS).ModuleBase 'AkoolPS.psd1'

    function ConvertTo-Duration($Value, [string] $Name) {
        # Seconds (1800) or a time span ('00:30:00'), checked before any credit is spent.
        $seconds = "$Value" -as [double]
        $span = if ($Value -is [TimeSpan]) { $Value } elseif ($null -ne $seconds) { [TimeSpan]::FromSeconds($seconds) } else { $Value -as [TimeSpan] }
        if ($null -eq $span -or $span -le [TimeSpan]::Zero) {
            throw "-$Name '$Value' is not a length of time more than zero: give seconds (1800) or a time span ('00:30:00')."
        }
        $span
    }
    $waitFor = ConvertTo-Duration $Timeout 'Timeout'
    $firstPoll = if ($null -ne $PollInterval) { ConvertTo-Duration $PollInterval 'PollInterval' }

    $connect = @{ PassThru = $true; ErrorAction = 'Stop' }
    if ($Credential) { $connect.Credential = $Credential }
    if ($BaseUri) { $connect.BaseUri = $BaseUri }
    $session = Connect-Akool @connect
    # An unknown language would fail every video: stop now (the list is cached; no request).
    $null = Get-AkoolLanguage -Code $Language -Session $session -ErrorAction Stop
    $outputFolder = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($OutputPath)
    $videos = [Collections.Generic.List[string]]::new()
}

process {
    foreach ($item in $Url) { $videos.Add($item) }
}

end {
    function New-Result([string] $Video, $Job, [string] $Status, [Management.Automation.ErrorRecord] $ErrorRecord, [IO.FileInfo[]] $Files = @()) {
        [pscustomobject]@{
            Url         = $Video
            Language    = if ($Job) { $Job.Language } elseif ($ErrorRecord -and $Language -contains "$($ErrorRecord.TargetObject)") { "$($ErrorRecord.TargetObject)" }
            Id          = if ($Job) { $Job.Id }
            Status      = $Status
            ErrorId     = if ($ErrorRecord) { $ErrorRecord.FullyQualifiedErrorId.Split(',')[0] }
            Message     = if ($ErrorRecord) { $ErrorRecord.Exception.Message }
            Files       = $Files
            Job         = $Job
            ErrorRecord = $ErrorRecord
        }
    }

    try {
        # 1. Create every job, -ThrottleLimit videos at once. Each runspace writes its jobs, or a record of
        #    what Akool (or the checks before it) refused; nothing waits here.
        $created = @($videos | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
                $ProgressPreference = 'SilentlyContinue'
                Import-Module $using:modulePath
                $video = $_
                try {
                    $jobs = @(New-AkoolTranslation -Url $video -Language $using:Language -Session $using:session -Confirm:$false `
                            -ErrorAction SilentlyContinue -ErrorVariable createErrors)
                } catch {
                    $jobs = @()
                    $createErrors = @($_)
                }
                foreach ($job in $jobs) { [pscustomobject]@{ Url = $video; Job = $job; ErrorRecord = $null } }
                foreach ($record in $createErrors) { [pscustomobject]@{ Url = $video; Job = $null; ErrorRecord = $record } }
            })
        $results = [Collections.Generic.List[object]]::new()
        foreach ($item in $created | Where-Object ErrorRecord) { $results.Add((New-Result $item.Url $null 'NotCreated' $item.ErrorRecord)) }
        $jobs = @($created | Where-Object Job | ForEach-Object Job)
        $urlOf = @{}
        foreach ($item in $created | Where-Object Job) { $urlOf[$item.Job.Id] = $item.Url }

        # 2. One wait for the whole batch; each job is saved the moment it completes.
        if ($jobs.Count -gt 0) {
            $wait = @{ Session = $session; Timeout = $waitFor; ErrorAction = 'SilentlyContinue'; ErrorVariable = 'waitErrors' }
            if ($firstPoll) { $wait.PollInterval = $firstPoll }
            $save = @{ Path = $outputFolder; Session = $session; Force = $Force; ErrorAction = 'Stop' }
            $jobs | Wait-AkoolVideo @wait | ForEach-Object {
                $job = $_
                try {
                    $results.Add((New-Result $urlOf[$job.Id] $job 'Completed' $null @($job | Save-AkoolVideo @save)))
                } catch {
                    $record = [Management.Automation.ErrorRecord]::new($_.Exception, $_.FullyQualifiedErrorId.Split(',')[0], $_.CategoryInfo.Category, $job)
                    $results.Add((New-Result $urlOf[$job.Id] $job 'Failed' $record))
                }
            }
            foreach ($record in $waitErrors) {
                $status = if ($record.FullyQualifiedErrorId -like 'Akool.WaitTimeout,*') { 'TimedOut' } else { 'Failed' }
                $job = $record.TargetObject
                $results.Add((New-Result $urlOf["$($job.Id)"] $job $status $record))
            }
        }
    } finally {
        Disconnect-Akool -Session $session
    }

    # Failures go to the error stream from here, on the script's own thread, once each; a failed job
    # never stops the script, whatever the caller's preference.
    $report = if ($ErrorActionPreference -in 'SilentlyContinue', 'Ignore') { 'SilentlyContinue' } else { 'Continue' }
    foreach ($result in $results | Where-Object ErrorRecord) {
        Write-Error -ErrorRecord $result.ErrorRecord -ErrorAction $report
    }
    $results = @(foreach ($result in $results) {
            $result | Select-Object -Property * -ExcludeProperty ErrorRecord |
                Add-Member -MemberType ScriptMethod -Name ToString -Force -PassThru -Value {
                    $name = "$($this.Url) $($this.Language)".Trim()
                    if ($this.ErrorId) { "${name}: $($this.Status) ($($this.ErrorId))" } else { "${name}: $($this.Status)" }
                }
        })

    $created = @($results | Where-Object Id)
    [pscustomobject]@{
        PSTypeName = 'AkoolPS.Examples.ParallelTranslationSummary'
        Succeeded  = -not ($results | Where-Object Status -NE 'Completed')
        Videos     = $videos.Count
        Created    = $created.Count
        Completed  = @($results | Where-Object Status -EQ 'Completed').Count
        Failed     = @($results | Where-Object Status -In 'Failed', 'NotCreated').Count
        TimedOut   = @($results | Where-Object Status -EQ 'TimedOut').Count
        Files      = @($results | ForEach-Object Files)
        Results    = $results
        Elapsed    = $clock.Elapsed
    }
}
