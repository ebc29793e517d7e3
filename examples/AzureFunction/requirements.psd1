# Modules the Functions host installs from the PowerShell Gallery and keeps up to date (host.json:
# managedDependency). '0.*' takes the newest 0.x release of AkoolPS and never a new major version.
@{
    'AkoolPS' = '0.*'
}
