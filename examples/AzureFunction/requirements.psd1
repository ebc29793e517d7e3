# Modules the Functions host installs from the PowerShell Gallery and keeps up to date (host.json:
# managedDependency). The host takes either 'N.*' (the newest release of major version N) or an exact
# version. AkoolPS is 0.x, where each minor release may change what scripts rely on (Semantic
# Versioning), so '0.*' would let the host bring in such a release by itself: pin the exact version and
# move to a new one on purpose. From AkoolPS 1.0 on, pin the major version: 'AkoolPS' = '1.*'.
@{
    'AkoolPS' = '0.1.0'
}
