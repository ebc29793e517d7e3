<#
.SYNOPSIS
    Translates a batch of videos into several languages with Akool, waits for the jobs and saves the
    results: a runbook for Azure Automation, a scheduled task or a CI job.

.DESCRIPTION
    Every video is translated into every language of -Language (one Akool job per video and language).
    The runbook then waits for all the jobs together, for at most -Timeout, saves each result into
    -OutputPath the moment its job completes, and at the end writes ONE summary object: how many jobs
    were created, completed, failed and timed out, the files saved, each failure with its error id,
    and the time the run took.

    Nothing about one video or one job stops the run: a refused video, a failed job, a job still
    running at -Timeout or a file that cannot be saved is written to the error stream (with the job,
    or the video when no job was made, as TargetObject), counted in the summary, and the others go on,
    whatever $ErrorActionPreference the caller set. Only what makes the whole run impossible stops it
    at once, before any credit is spent: AkoolPS missing, no credentials, credentials Akool refuses,
    an unknown language code, a CSV file without a Url column,
    a -Timeout that is not a time.

    The runbook never prompts and writes no progress records ($ProgressPreference is
    SilentlyContinue, as runbooks should be); -Verbose shows each request and each change of status,
    and AkoolPS writes each status change and saved file on the information stream too.

    Credentials, in this order:
    - In Azure Automation (where Get-AutomationPSCredential exists): the credential asset named by
      -CredentialName ('Akool' unless you say otherwise), whose user name is the Akool client id and
      whose password is the client secret (the API key).
    - Anywhere else: the environment, as Connect-Akool reads it: AKOOL_API_KEY, or AKOOL_CLIENT_ID
      with AKOOL_CLIENT_SECRET. Fill them from your secret store for the run only.
    The API address is -BaseUri, else AKOOL_BASE_URI, else https://openapi.akool.com.

    Timed-out jobs go on at Akool. Each is in the summary's Failures with the error id
    Akool.WaitTimeout and the job object in its Job property, and the runbook keeps them for its next
    run, which waits for them (and saves them) with its own jobs instead of paying for them again.
    They are kept where the host keeps state between runs:
    - In Azure Automation (where Get-AutomationVariable exists): the Automation variable named by
      -StateName ('AkoolPendingJobs'), a string variable you create once with the value '[]'. The
      sandbox's disk is gone when the run ends; the variable is not.
    - Anywhere else: the file -StatePath (default: .akool-pending.json in -OutputPath).
    Either holds a JSON list of jobs (Id, Kind, Language, SourceUrl), which Wait-AkoolVideo takes as is.

.PARAMETER Url
    The videos to translate: links Akool can download (public or presigned http/https links).

.PARAMETER CsvPath
    A CSV file with a Url column, one video per row, instead of -Url.

.PARAMETER Language
    The target language codes, such as 'ja', 'fr' (Get-AkoolLanguage lists them). Each video makes
    one job per language.

.PARAMETER OutputPath
    The folder to save the results into; it is made if missing. In the Azure Automation sandbox this
    is a temporary disk: use a Hybrid Runbook Worker, or copy the files to storage at the end.

.PARAMETER Timeout
    How long to wait for the jobs in all: a number of seconds ('5400') or a time span ('01:30:00').
    A string, so that Azure Automation and Task Scheduler can pass it. Default: 2 hours.

.PARAMETER PollInterval
    How often each job is polled, as seconds or a time span: Wait-AkoolVideo polls at this steady
    interval from the start of the wait. Default: Wait-AkoolVideo's (5 seconds).

.PARAMETER BaseUri
    Another address for the Akool API, such as a gateway or a test server. Default: AKOOL_BASE_URI,
    else https://openapi.akool.com.

.PARAMETER CredentialName
    The name of the Azure Automation credential asset. Default: 'Akool'.

.PARAMETER StateName
    In Azure Automation: the string variable that keeps the jobs still running at -Timeout for the
    next run. Default: 'AkoolPendingJobs'. Create it once (Shared Resources > Variables, type String,
    value []), unencrypted: it holds job ids, no secret.

.PARAMETER StatePath
    Outside Azure Automation: the file that keeps the jobs still running at -Timeout for the next run.
    Default: .akool-pending.json in -OutputPath.

.PARAMETER IncludeSubtitles
    Also save the original and translated subtitle files of each job.

.PARAMETER Force
    Replace files that already exist in -OutputPath (a run started again). Without it, a job whose
    file exists is a failure with the id Akool.FileExists and its file is left as it is.

.EXAMPLE
    # Azure Automation: a credential asset named 'Akool' (user name = client id, password = client secret).
    ./Invoke-TranslationRunbook.ps1 -Url https://media.contoso.com/keynote.mp4 -Language ja, fr, de -OutputPath D:\akool

.EXAMPLE
    # A scheduled task or CI job: AKOOL_API_KEY is set from the secret store for this run only.
    $summary = ./Invoke-TranslationRunbook.ps1 -CsvPath ./videos.csv -Language es -OutputPath ./spanish -Timeout 3600
    $summary.Failures | Format-Table ErrorId, Url, Language, Message
    if (-not $summary.Succeeded) { exit 1 }

.EXAMPLE
    # Jobs still running at -Timeout are kept for the next run, which waits for them with its own:
    ./Invoke-TranslationRunbook.ps1 -CsvPath ./monday.csv -Language es -OutputPath ./spanish -Timeout 3600
    ./Invoke-TranslationRunbook.ps1 -CsvPath ./tuesday.csv -Language es -OutputPath ./spanish -Timeout 3600
    # The second run's summary counts Monday's late jobs in Resumed, and saves them into ./spanish.

.OUTPUTS
    One summary object: Succeeded, Videos, Languages, Created, Resumed, Completed, Failed, TimedOut, Files,
    Failures (ErrorId, Stage, Url, Language, Id, ErrorCode, Message, Job) and Elapsed. Completed counts
    the jobs whose results were saved; Failed counts the videos refused at creation and the jobs that
    failed at Akool or could not be saved; TimedOut the jobs still running at -Timeout.

.LINK
    https://github.com/akoolps/AkoolPS/tree/main/examples
#>
[CmdletBinding(DefaultParameterSetName = 'Url')]
[OutputType([pscustomobject])]
param(
    [Parameter(Mandatory, ParameterSetName = 'Url')]
    [ValidateNotNullOrEmpty()]
    [string[]] $Url,

    [Parameter(Mandatory, ParameterSetName = 'Csv')]
    [ValidateNotNullOrEmpty()]
    [string] $CsvPath,

    [Parameter(Mandatory)]
    [ValidateNotNullOrEmpty()]
    [string[]] $Language,

    [Parameter(Mandatory)]
    [ValidateNotNullOrEmpty()]
    [string] $OutputPath,

    [ValidateNotNullOrEmpty()]
    [string] $Timeout = '02:00:00',

    [string] $PollInterval,

    [uri] $BaseUri,

    [ValidateNotNullOrEmpty()]
    [string] $CredentialName = 'Akool',

    [ValidateNotNullOrEmpty()]
    [string] $StateName = 'AkoolPendingJobs',

    [string] $StatePath,

    [switch] $IncludeSubtitles,

    [switch] $Force
)

Set-StrictMode -Version 3.0
$ProgressPreference = 'SilentlyContinue'
$clock = [Diagnostics.Stopwatch]::StartNew()

# A failed job is reported and counted, never fatal: its error is written even when the caller set
# 'Stop', and silenced only when the caller asked for silence.
$jobErrorAction = if ($ErrorActionPreference -in 'SilentlyContinue', 'Ignore') { 'SilentlyContinue' } else { 'Continue' }

# --- Setup: anything wrong here stops the run before a credit is spent. -------------------------
if (-not (Get-Module AkoolPS)) {
    Import-Module AkoolPS -ErrorAction Stop
}

function ConvertTo-Duration([string] $Value, [string] $Name) {
    # Seconds ('1800') or a time span ('00:30:00'), checked now rather than after credits are spent.
    $seconds = 0.0
    $span = if ([double]::TryParse($Value, 'Float', [cultureinfo]::InvariantCulture, [ref] $seconds)) {
        [TimeSpan]::FromSeconds($seconds)
    } else {
        $Value -as [TimeSpan]
    }
    if ($null -eq $span -or $span -le [TimeSpan]::Zero) {
        throw "-$Name '$Value' is not a length of time more than zero: give seconds ('1800') or a time span ('00:30:00')."
    }
    $span
}
$waitFor = ConvertTo-Duration $Timeout 'Timeout'
$firstPoll = if ($PollInterval) { ConvertTo-Duration $PollInterval 'PollInterval' }

$videos = @(if ($PSCmdlet.ParameterSetName -eq 'Csv') {
    $rows = @(Import-Csv -LiteralPath $CsvPath -ErrorAction Stop)
    if ($rows.Count -gt 0 -and $rows[0].PSObject.Properties.Name -notcontains 'Url') {
        throw "The CSV file '$CsvPath' has no Url column. Give it a header row with a column named Url, one video link per row."
    }
    $rows | ForEach-Object Url | Where-Object { $_ }
} else {
    $Url
})

$connect = @{ PassThru = $true; ErrorAction = 'Stop' }
if ($BaseUri) { $connect.BaseUri = $BaseUri }
if (Get-Command Get-AutomationPSCredential -ErrorAction Ignore) {
    $credential = Get-AutomationPSCredential -Name $CredentialName
    if (-not $credential) {
        throw "The Azure Automation credential asset '$CredentialName' was not found. Create it (user name = Akool client id, password = client secret), or pass -CredentialName."
    }
    $connect.Credential = $credential
}

# Jobs an earlier run left running: in an Automation variable in Azure Automation, else in a file.
$inAutomation = [bool](Get-Command Get-AutomationVariable -ErrorAction Ignore)
if (-not $StatePath) { $StatePath = Join-Path $OutputPath '.akool-pending.json' }
$stateText = if ($inAutomation) {
    try {
        Get-AutomationVariable -Name $StateName -ErrorAction Stop
    } catch {
        throw "The Azure Automation variable '$StateName' was not found. Create it once (type String, value []), or pass -StateName: it keeps the jobs a run leaves running for the next run."
    }
} elseif (Test-Path -LiteralPath $StatePath) {
    Get-Content -LiteralPath $StatePath -Raw
}
$resumed = @(if ("$stateText".Trim()) { "$stateText" | ConvertFrom-Json -ErrorAction Stop | Where-Object { $_ -and $_.Id } })

$session = Connect-Akool @connect    # without -Credential: AKOOL_API_KEY, or AKOOL_CLIENT_ID + AKOOL_CLIENT_SECRET

$jobs = [Collections.Generic.List[object]]::new()
$files = [Collections.Generic.List[IO.FileInfo]]::new()
$failures = [Collections.Generic.List[object]]::new()
$completed = 0

function Add-Failure([Management.Automation.ErrorRecord] $Record, [string] $Stage, [string] $VideoUrl) {
    # Keeps a failure for the summary, with the id a script can test and the job a later run can pick up.
    $job = $Record.TargetObject -as [AkoolPS.AkoolVideo]
    $failure = [pscustomobject]@{
        ErrorId   = $Record.FullyQualifiedErrorId.Split(',')[0]
        Stage     = $Stage
        Url       = if ($job) { "$($job.SourceUrl)" } elseif ($VideoUrl) { $VideoUrl } else { "$($Record.TargetObject)" }
        Language  = if ($job) { $job.Language } elseif ($Language -contains "$($Record.TargetObject)") { "$($Record.TargetObject)" }
        Id        = if ($job) { $job.Id }
        ErrorCode = if ($job) { $job.ErrorCode }
        Message   = $Record.Exception.Message
        Job       = $job
    }
    $failure | Add-Member -MemberType ScriptMethod -Name ToString -Force -Value {
        if ($this.Language) { "$($this.ErrorId): $($this.Url) ($($this.Language))" } else { "$($this.ErrorId): $($this.Url)" }
    }
    $failures.Add($failure)
}

try {
    # Language codes Akool does not know would fail every video: stop now instead. The session read the
    # language list when it connected, so this costs no request. (Akool picks each translation's voice.)
    $null = Get-AkoolLanguage -Code $Language -Session $session -ErrorAction Stop

    # --- Create: one job per video and language. Every video is sent, even when one is refused. ----
    Write-Information "Translating $($videos.Count) video(s) into $($Language -join ', ')." -Tags AkoolPS
    $create = @{ Language = $Language; Session = $session; Confirm = $false; ErrorAction = $jobErrorAction }
    foreach ($video in $videos) {
        try {
            # Piped, a video Akool would refuse (a bad link, say) is a non-terminating error about that video.
            $created = @($video | New-AkoolTranslation @create -ErrorVariable createErrors)
        } catch {
            $created = @()
            $createErrors = @($_)
            Write-Error -ErrorRecord $_ -ErrorAction $jobErrorAction
        }
        foreach ($job in $created) { $jobs.Add($job) }
        foreach ($record in $createErrors) { Add-Failure $record 'Create' $video }
    }
    Write-Information "Created $($jobs.Count) job(s), and $($resumed.Count) left running by an earlier run; waiting up to $waitFor." -Tags AkoolPS

    # --- Wait and save: each job is saved the moment it completes, while the others still run. -----
    $wait = @{ Session = $session; Timeout = $waitFor; ErrorAction = $jobErrorAction; ErrorVariable = 'waitErrors' }
    if ($firstPoll) { $wait.PollInterval = $firstPoll }
    $save = @{ Path = $OutputPath; Session = $session; IncludeSubtitles = $IncludeSubtitles; Force = $Force; ErrorAction = $jobErrorAction }
    $waitErrors = @()
    $waitingFor = @($jobs) + @($resumed)
    if ($waitingFor.Count -gt 0) {
        $waitingFor | Wait-AkoolVideo @wait | ForEach-Object {
            $job = $_
            try {
                $saved = @($job | Save-AkoolVideo @save -ErrorVariable saveErrors)
            } catch {
                # Akool.FileExists and Akool.PathIsFile stop Save-AkoolVideo; here they stop this job only.
                $saved = @()
                $saveErrors = @([Management.Automation.ErrorRecord]::new($_.Exception, $_.FullyQualifiedErrorId.Split(',')[0], $_.CategoryInfo.Category, $job))
                Write-Error -ErrorRecord $saveErrors[0] -ErrorAction $jobErrorAction
            }
            foreach ($file in $saved) { $files.Add($file) }
            foreach ($record in $saveErrors) { Add-Failure $record 'Save' }
            if ($saveErrors.Count -eq 0) { $completed++ }
        }
    }
    foreach ($record in $waitErrors) { Add-Failure $record 'Wait' }

    # Keep the jobs still running for the next run (an empty list when there are none).
    $pending = @($failures | Where-Object { $_.ErrorId -eq 'Akool.WaitTimeout' -and $_.Job } | ForEach-Object {
            [pscustomobject]@{ Id = $_.Job.Id; Kind = "$($_.Job.Kind)"; Language = $_.Job.Language; SourceUrl = "$($_.Job.SourceUrl)" }
        })
    $state = ConvertTo-Json -InputObject $pending -Compress -Depth 3
    if ($inAutomation) {
        Set-AutomationVariable -Name $StateName -Value $state
    } elseif ($pending.Count -gt 0) {
        $null = New-Item -ItemType Directory -Path (Split-Path $StatePath) -Force
        Set-Content -LiteralPath $StatePath -Value $state -Encoding utf8
    } else {
        Remove-Item -LiteralPath $StatePath -ErrorAction Ignore
    }
    if ($pending.Count -gt 0) { Write-Information "Kept $($pending.Count) job(s) still running for the next run." -Tags AkoolPS }
} finally {
    Disconnect-Akool -Session $session
}

$timedOut = @($failures | Where-Object ErrorId -EQ 'Akool.WaitTimeout').Count
[pscustomobject]@{
    PSTypeName = 'AkoolPS.Examples.TranslationRunSummary'
    Succeeded  = $failures.Count -eq 0
    Videos     = $videos.Count
    Languages  = $Language
    Created    = $jobs.Count
    Resumed    = $resumed.Count
    Completed  = $completed
    Failed     = $failures.Count - $timedOut
    TimedOut   = $timedOut
    Files      = $files.ToArray()
    Failures   = $failures.ToArray()
    Elapsed    = $clock.Elapsed
}
