using namespace System.Net

<#
    An HTTP-triggered Azure Function that receives the notices Akool posts to a job's webhook
    (New-AkoolTranslation -WebhookUrl, and the other create cmdlets), and queues each completed job
    for AkoolSaveResult, a queue-triggered function, to save. Nothing polls: Akool says when each job ends.

    The notice is answered at once: a result can be gigabytes, and saving it here would keep Akool
    waiting past the time it gives a webhook to answer (and past the HTTP trigger's own limit of 230
    seconds), so Akool would count the notice as lost and post it again while the first save still runs.

    Akool posts a notice when a job starts processing and another when it completes or fails, and
    posts each again until it gets HTTP 200. So this function answers:
      200  a notice that was checked and handled: a running job (nothing to do yet), a failed job
           (logged), a completed job whose save was queued;
      401  a notice that cannot be trusted (wrong signature, not from your Akool account, too old,
           not a notice at all), with an empty body so that nobody learns why;
      500  a trusted notice that could not be handled now (the app settings are wrong): Akool posts
           it again later.
    A save that fails is retried by the queue (host.json: maxDequeueCount), then parked in the
    akool-results-poison queue; saving with -Force makes a repeated notice or message safe.

    App settings: AKOOL_CLIENT_ID, AKOOL_CLIENT_SECRET and optionally AKOOL_BASE_URI (see profile.ps1),
    AKOOL_WEBHOOK_MAX_AGE (how old a notice may be, in seconds; default 3600), and AzureWebJobsStorage
    (the storage account of the queue; every function app has it). AKOOL_OUTPUT_PATH is AkoolSaveResult's.
#>
param($Request, $TriggerMetadata)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

function Send-Response([HttpStatusCode] $StatusCode, $Body) {
    Push-OutputBinding -Name Response -Value ([HttpResponseContext]@{ StatusCode = $StatusCode; Body = $Body })
}

# The session profile.ps1 made; connect here if that failed or this runspace has none.
try {
    if (-not (Get-AkoolSession)) { Connect-Akool -SkipValidation }
} catch {
    Write-Warning "Cannot check Akool notices: $($_.Exception.Message)"
    Send-Response InternalServerError
    return
}

# Check the signature and decrypt. RawBody is the text Akool signed; Body, which the worker has
# already parsed into a hashtable, works as well.
$body = if ($Request.RawBody) { $Request.RawBody } else { $Request.Body }
$maxAge = if ($env:AKOOL_WEBHOOK_MAX_AGE) { $env:AKOOL_WEBHOOK_MAX_AGE } else { 3600 }
try {
    $notice = $body | ConvertFrom-AkoolWebhook -MaxAge $maxAge
} catch {
    $errorId = $_.FullyQualifiedErrorId.Split(',')[0]
    if ($errorId -in 'Akool.WebhookNoCredential', 'Akool.WebhookInvalidSecret') {
        Write-Warning "Cannot check Akool notices: $($_.Exception.Message)"
        Send-Response InternalServerError
    } else {
        Write-Warning "Refused a request that is not a valid Akool notice ($errorId)."
        Send-Response Unauthorized
    }
    return
}

$answer = @{ id = $notice.Id; status = "$($notice.Status)" }
if ($null -eq $notice.Kind) {
    # A kind of job AkoolPS does not make (faceswap, say): acknowledged, nothing to save here.
    Write-Information "Akool notice for a '$($notice.Type)' job $($notice.Id): not handled here."
    Send-Response OK $answer
    return
}

switch ($notice.Status) {
    'Completed' {
        # The notice's Id and Kind are what Get-AkoolVideo needs; AkoolSaveResult reads the job and saves it.
        Push-OutputBinding -Name SaveQueue -Value @{ id = $notice.Id; kind = "$($notice.Kind)" }
        Write-Information "Queued the result of $notice to be saved."
        $answer.queued = $true
    }
    'Failed' {
        $reason = try { ($notice | Get-AkoolVideo).ErrorReason } catch { 'unknown' }
        Write-Warning "Akool could not finish $($notice): $reason"
    }
    default {
        Write-Information "Akool notice: $notice."    # queued or processing: nothing to do yet
    }
}
Send-Response OK $answer
