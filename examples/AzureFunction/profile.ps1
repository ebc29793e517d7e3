# Azure Functions runs profile.ps1 when a PowerShell worker starts, in each of its runspaces (see
# PSWorkerInProcConcurrencyUpperBound). Connect to Akool here, once, instead of on every notice.
#
# App settings, which the worker gives as environment variables:
#   AKOOL_CLIENT_ID      the client id of your Akool API credentials
#   AKOOL_CLIENT_SECRET  the client secret (the API key): best as a Key Vault reference,
#                        @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/akool-client-secret/)
#   AKOOL_BASE_URI       optional: another address for the Akool API
# Do not set AKOOL_API_KEY in this app: Connect-Akool would prefer it, and an API-key session does not
# know the client id that ConvertFrom-AkoolWebhook needs to check a notice.

if (-not (Get-Module AkoolPS)) {
    Import-Module AkoolPS    # installed by the host from requirements.psd1 (managed dependencies)
}

try {
    # No request at start-up: checking a notice needs none, and the first Get-AkoolVideo shows
    # soon enough whether Akool takes the credentials.
    Connect-Akool -SkipValidation -ErrorAction Stop
} catch {
    # run.ps1 tries again on each notice and answers 500 (Akool posts again later) until the settings are right.
    Write-Warning "AkoolPS is not connected: $($_.Exception.Message)"
}
