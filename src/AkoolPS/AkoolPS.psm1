# The module's root. .NET holds one AkoolPS.dll per process, so a second version would fail with a
# bare "assembly with same name is already loaded": say instead what is going on and what to do.
# Then load the compiled cmdlets.
$mine = [version](Import-PowerShellDataFile (Join-Path $PSScriptRoot 'AkoolPS.psd1')).ModuleVersion
$loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'AkoolPS' } | Select-Object -First 1
if ($loaded -and $loaded.GetName().Version.ToString(3) -ne $mine.ToString(3)) {
    throw [System.InvalidOperationException]::new(
        "AkoolPS $($loaded.GetName().Version.ToString(3)) is already loaded in this PowerShell session, so AkoolPS $mine cannot load next to it. " +
        "Start a new session (pwsh) to use AkoolPS $mine, or go on with the version already loaded.")
}

Import-Module (Join-Path $PSScriptRoot 'AkoolPS.dll')
Export-ModuleMember -Cmdlet *
