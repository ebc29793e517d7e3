<#
    A queue-triggered Azure Function that saves the result of one completed Akool job. AkoolWebhook
    queues a message { id, kind } for each completed job and answers Akool at once; this function
    then has the queue trigger's time (host.json: functionTimeout) for a download of any size, and
    Save-AkoolVideo resumes a download that was cut.

    A failure throws: the queue makes the message visible again and this function runs again, up to
    host.json's maxDequeueCount times; after that the message goes to akool-results-poison for a look.
    -Force makes a second try, or a second notice of the same job, replace the file instead of failing.

    App settings: those of profile.ps1, and AKOOL_OUTPUT_PATH (the folder for the results; default:
    akool under $env:HOME, the app's shared storage; a mounted Azure Files share for large results).
#>
param($QueueItem, $TriggerMetadata)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

# The worker hands a JSON message over as a hashtable; a plain string is parsed here.
$message = if ($QueueItem -is [string]) { $QueueItem | ConvertFrom-Json } else { [pscustomobject]$QueueItem }
if (-not $message.id -or -not $message.kind) {
    # Not a message AkoolWebhook wrote: retrying cannot help, so drop it with a warning.
    Write-Warning "Ignored a queue message without an id and a kind: $QueueItem"
    return
}

if (-not (Get-AkoolSession)) { Connect-Akool -SkipValidation }
$folder = if ($env:AKOOL_OUTPUT_PATH) { $env:AKOOL_OUTPUT_PATH } else { Join-Path $env:HOME 'akool' }
$files = @([pscustomobject]@{ Id = "$($message.id)"; Kind = "$($message.kind)" } | Get-AkoolVideo | Save-AkoolVideo -Path $folder -Force)
Write-Information "Saved the $($message.kind) job $($message.id) to $($files.FullName -join ', ')."
$files | ForEach-Object Name
