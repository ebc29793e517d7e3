<#
.SYNOPSIS
    Packs the built module into AkoolPS.<version>.nupkg with Publish-PSResource, into a local file
    repository: the package the PowerShell Gallery would get. build.ps1 -Task Package runs it in a
    fresh pwsh whose PSResourceGet settings live under out/, so the user's repositories are untouched.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $RepositoryPath
)

$ErrorActionPreference = 'Stop'
$name = 'AkoolPSBuild'
if (Get-PSResourceRepository -Name $name -ErrorAction Ignore) { Unregister-PSResourceRepository -Name $name }
Register-PSResourceRepository -Name $name -Uri $RepositoryPath -Trusted
try {
    Test-ModuleManifest -Path (Join-Path $ModulePath 'AkoolPS.psd1') | Out-Null
    Publish-PSResource -Path $ModulePath -Repository $name
} finally {
    Unregister-PSResourceRepository -Name $name
}
Get-ChildItem $RepositoryPath -Filter 'AkoolPS.*.nupkg' | ForEach-Object { "Packed $($_.FullName) ($($_.Length) bytes)" }
