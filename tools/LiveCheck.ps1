#Requires -Version 7.4
<#
.SYNOPSIS
    Checks AkoolPS against the real Akool API with your credentials: `dotnet pwsh ./build.ps1 -Task LiveCheck`.

.DESCRIPTION
    Reads the credentials from AKOOL_API_KEY, or AKOOL_CLIENT_ID and AKOOL_CLIENT_SECRET; without them it
    says so in one line and exits 0 (CI has none). By default it spends nothing: every list the module reads,
    the credit, a status call of a job that does not exist, and the notice in AKOOL_WEBHOOK_SAMPLE (the JSON
    body of a webhook Akool posted) through ConvertFrom-AkoolWebhook. Each call prints one row: the call,
    pass or fail, and the drift between Akool's answer and what the module models. -Spend also makes the
    cheapest job of each kind, once you confirm the cost, waits, saves the results and prints the credits
    spent. The report goes to out/live-check.md; exit code 1 when a row failed.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [uri] $BaseUri,
    [switch] $Spend,
    [string] $ReportPath = (Join-Path $PSScriptRoot '../out/live-check.md'),
    [string] $SavePath = (Join-Path $PSScriptRoot '../out/live-check')
)

$ErrorActionPreference = 'Stop'
if (-not $env:AKOOL_API_KEY -and -not ($env:AKOOL_CLIENT_ID -and $env:AKOOL_CLIENT_SECRET)) {
    Write-Host 'LiveCheck: no Akool credentials (AKOOL_API_KEY, or AKOOL_CLIENT_ID and AKOOL_CLIENT_SECRET); nothing checked.'
    exit 0
}
if (-not $BaseUri) { $BaseUri = if ($env:AKOOL_BASE_URI) { $env:AKOOL_BASE_URI } else { 'https://openapi.akool.com' } }

Import-Module $ModulePath -Force
Import-Module (Join-Path $PSScriptRoot 'LiveCheck.psm1') -Force
$credentials = if ($env:AKOOL_API_KEY) {
    @{ ApiKey = ConvertTo-SecureString $env:AKOOL_API_KEY -AsPlainText -Force; ClientId = $env:AKOOL_CLIENT_ID }
} else {
    @{ ClientId = $env:AKOOL_CLIENT_ID; ClientSecret = ConvertTo-SecureString $env:AKOOL_CLIENT_SECRET -AsPlainText -Force }
}
$rows = Invoke-AkoolLiveCheck -BaseUri $BaseUri @credentials -Spend:$Spend -ReportPath $ReportPath -SavePath $SavePath -WebhookSample $env:AKOOL_WEBHOOK_SAMPLE
Write-Host "Report: $((Resolve-Path $ReportPath).Path)"
Disconnect-Akool
exit $(if ($rows | Where-Object Result -EQ 'fail') { 1 } else { 0 })
