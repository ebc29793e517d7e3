#Requires -Version 7.0
<#
.SYNOPSIS
    Translates many videos at once with ForEach-Object -Parallel: one Akool session, shared by
    every runspace, and a summary at the end.

.DESCRIPTION
    The script connects once and hands that session to each parallel runspace with
    -Session $using:session: a session is safe to share, and runspaces of ForEach-Object -Parallel
    start without one. Each runspace imports the same AkoolPS the script uses, translates one video
    into every language of -Language, waits for its jobs and saves the results, so at most
    -ThrottleLimit videos are in flight at any time.

    A runspace reports each job as a result (Completed, Failed, TimedOut or NotCreated, with the
    error id and the files); nothing about one video stops the others. Failures are also written to
    the error stream, with the job (or the video, when no job was made) as TargetObject. At the end
    the script writes ONE summary object with the counts, the files, every result and the time taken.

    Credentials: -Credential (user name = client id, password = client secret), else the environment,
    as Connect-Akool reads it: AKOOL_API_KEY, or AKOOL_CLIENT_ID with AKOOL_CLIENT_SECRET.

    Each runspace polls Akool for its own jobs. For thousands of jobs, prefer webhooks
    (examples/AzureFunction): Akool then tells you when each job ends and nothing polls.

.PARAMETER Url
    The videos to translate: links Akool can download. You can pipe them, or the rows of a CSV file
    with a Url column (Import-Csv ./videos.csv | ./Invoke-ParallelTranslation.ps1 -Language es ...).

.PARAMETER Language
    The target language codes, such as 'es', 'de'. Each video makes one job per language.

.PARAMETER OutputPath
    The folder to save the results into; made if missing.

.PARAMETER ThrottleLimit
    How many videos to work on at once. Default: 4.

.PARAMETER Timeout
    How long each runspace waits for its jobs, from the moment they are created. Numbers are seconds.
    Default: 2 hours.

.PARAMETER PollInterval
    The wait before the first poll of each job. Numbers are seconds. Default: Wait-AkoolVideo's.

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
    try {
        $results = @($videos | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
                # A runspace of its own: no progress bars, the module imported here, the one session passed in.
                $ProgressPreference = 'SilentlyContinue'
                Import-Module $using:modulePath
                $video = $_
                $languages = $using:Language

                function New-Result($Job, [string] $Status, [Management.Automation.ErrorRecord] $ErrorRecord, [IO.FileInfo[]] $Files = @()) {
                    [pscustomobject]@{
                        Url         = $video
                        Language    = if ($Job) { $Job.Language } elseif ($ErrorRecord -and $languages -contains "$($ErrorRecord.TargetObject)") { "$($ErrorRecord.TargetObject)" }
                        Id          = if ($Job) { $Job.Id }
                        Status      = $Status
                        ErrorId     = if ($ErrorRecord) { $ErrorRecord.FullyQualifiedErrorId.Split(',')[0] }
                        Message     = if ($ErrorRecord) { $ErrorRecord.Exception.Message }
                        Files       = $Files
                        Job         = $Job
                        ErrorRecord = $ErrorRecord
                    }
                }

                # Create: one job per language. A refused video or language is a result, not a stop.
                try {
                    $jobs = @(New-AkoolTranslation -Url $video -Language $languages -Session $using:session -Confirm:$false `
                            -ErrorAction SilentlyContinue -ErrorVariable createErrors)
                } catch {
                    $jobs = @()
                    $createErrors = @($_)
                }
                foreach ($record in $createErrors) { New-Result $null 'NotCreated' $record }
                if ($jobs.Count -eq 0) { return }

                # Wait for this video's jobs together; save each the moment it completes.
                $wait = @{ Session = $using:session; Timeout = $using:waitFor; ErrorAction = 'SilentlyContinue'; ErrorVariable = 'waitErrors' }
                if ($using:firstPoll) { $wait.PollInterval = $using:firstPoll }
                $save = @{ Path = $using:outputFolder; Session = $using:session; Force = $using:Force; ErrorAction = 'Stop' }
                $jobs | Wait-AkoolVideo @wait | ForEach-Object {
                    $job = $_
                    try {
                        New-Result $job 'Completed' $null @($job | Save-AkoolVideo @save)
                    } catch {
                        $record = [Management.Automation.ErrorRecord]::new($_.Exception, $_.FullyQualifiedErrorId.Split(',')[0], $_.CategoryInfo.Category, $job)
                        New-Result $job 'Failed' $record
                    }
                }
                foreach ($record in $waitErrors) {
                    $status = if ($record.FullyQualifiedErrorId -like 'Akool.WaitTimeout,*') { 'TimedOut' } else { 'Failed' }
                    New-Result $record.TargetObject $status $record
                }
            })
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
