<#
.SYNOPSIS
    The AkoolPS demo: translates a video into two languages against the local Akool simulator,
    waits with progress, saves the videos and subtitles, and shows what it did.
    build.ps1 -Task Demo starts the simulator and runs this in a fresh pwsh.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [uri] $BaseUri,
    [Parameter(Mandatory)] [string] $OutputPath
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Write-Host "Imported AkoolPS $((Get-Module AkoolPS).Version) from $(Split-Path $ModulePath)`n"

# The simulator's API key; against the real API use (Read-Host -AsSecureString) or $env:AKOOL_API_KEY.
$apiKey = ConvertTo-SecureString 'simulator-api-key-000001' -AsPlainText -Force
Connect-Akool -ApiKey $apiKey -BaseUri $BaseUri
Get-AkoolSession | Format-List BaseUri, AuthMethod, ConnectedAt | Out-Host

Write-Host 'Target languages:'
Get-AkoolLanguage -Code ja, fr | Out-Host

Write-Host 'Translating https://example.com/media/talk.mp4 into Japanese and French...'
$started = Get-Date
$files = New-AkoolTranslation -Url 'https://example.com/media/talk.mp4' -Language ja, fr |
    Tee-Object -Variable jobs |
    Wait-AkoolVideo -Timeout (New-TimeSpan -Minutes 5) -PollInterval 1 -Verbose |
    Tee-Object -Variable finished |
    Save-AkoolVideo -Path $OutputPath -IncludeSubtitles -Force

Write-Host "`nJobs created:"
$jobs | Out-Host
Write-Host "Jobs finished after $([int]((Get-Date) - $started).TotalSeconds) s:"
$finished | Out-Host
Write-Host "Files saved in $OutputPath"
$files | Format-Table Name, Length, LastWriteTime -AutoSize | Out-Host

Disconnect-Akool
if (@($files).Count -lt 2) { throw "Expected at least two saved videos, got $(@($files).Count)." }
