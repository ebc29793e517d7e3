# A batch as a runbook runs it: rows from a CSV, one translation each, recorded in -StatePath, waited for and
# saved. The Pester test kills the pwsh running it midway and runs it again.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $ApiKey,
    [Parameter(Mandatory)] [string] $CsvPath,
    [Parameter(Mandatory)] [string] $StatePath,
    [Parameter(Mandatory)] [string] $OutputPath
)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Connect-Akool -ApiKey (ConvertTo-SecureString $ApiKey -AsPlainText -Force) -BaseUri $BaseUri -RetryDelay 0.05
$unknown = @()
$saved = Import-Csv $CsvPath |
    New-AkoolTranslation -Language ja -StatePath $StatePath -ThrottleLimit 8 -ErrorAction SilentlyContinue -ErrorVariable +unknown |
    Wait-AkoolVideo -PollInterval 0.3 |
    Save-AkoolVideo -Path $OutputPath
@{ Saved = @($saved).Count; Unknown = @($unknown | Where-Object { "$($_.FullyQualifiedErrorId)" -like 'Akool.CreateOutcomeUnknown*' }).Count } | ConvertTo-Json -Compress
