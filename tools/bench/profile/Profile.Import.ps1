# Where the import's time goes, by experiment on copies of the built module (out/AkoolPS/<version>), each imported
# in a fresh pwsh, the variants interleaved in a new random order each round. Each pwsh times only its own import
# (`Import-Module; Get-AkoolSession`), in wall and CPU time (user+sys of the process), so the start of pwsh stays out.
#   cold  the import as the Import scenario makes it: the first module this pwsh loads, so it also pays for JIT-compiling
#         PowerShell's own code for manifests, binary modules and format files (the dotnet-tool pwsh ships it as IL only)
#   warm  the same after a throw-away module (a manifest, a nested binary module, a format file) was imported and one of
#         its cmdlets run: PowerShell's code is compiled, what is left is the module's own cost
# Variants: as built; without FormatsToProcess; without the guard (dependencies laid beside AkoolPS.dll, as a
# development build, which needs no routing); without both; AkoolPS.dll imported alone (no manifest either).
# With -Trace, one cold import under dotnet-trace and the tree below Import-Module.
param([int] $Rounds = 20, [switch] $Trace)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'ProfileCommon.psm1') -Force
$paths = Get-ProfilePaths
if (-not (Test-Path $paths.Module)) { throw "No built module at $($paths.Module): run build.ps1 -Task Build first." }
$work = Join-Path $paths.Work 'import'
Remove-Item $work -Recurse -Force -ErrorAction Ignore
$null = New-Item -ItemType Directory -Path $work -Force

function New-Variant([string] $Name, [switch] $NoFormat, [switch] $NoGuard) {
    $dir = Join-Path $work $Name
    Copy-Item $paths.ModuleDir $dir -Recurse
    $manifest = Join-Path $dir 'AkoolPS.psd1'
    $text = Get-Content -Raw $manifest
    if ($NoFormat) { $text = $text -replace "FormatsToProcess\s*=\s*@\([^)]*\)", '' }
    if ($NoGuard) {
        $text = $text -replace "NestedModules\s*=\s*@\([^)]*\)", ''
        Move-Item (Join-Path $dir 'dependencies/*.dll') $dir
        Remove-Item (Join-Path $dir 'dependencies') -Recurse
    }
    Set-Content $manifest $text -NoNewline
    $manifest
}
$manifests = [ordered]@{
    'as built'                    = New-Variant 'built'
    'no format file'              = New-Variant 'noformat' -NoFormat
    'no guard (flat dependencies)' = New-Variant 'noguard' -NoGuard
    'no format file, no guard'    = New-Variant 'neither' -NoFormat -NoGuard
}
$imports = [ordered]@{}
foreach ($name in $manifests.Keys) { $imports[$name] = "Import-Module '$($manifests[$name])'; Get-AkoolSession" }
$imports['AkoolPS.dll alone, no manifest'] = "Import-Module '$(Join-Path $work 'neither/AkoolPS.dll')'; Get-AkoolSession"
$imports['nothing (the timing itself)'] = '$null'

# The throw-away module of the warm runs: PowerShell's own Utility assembly as a nested module, and a small format file.
$warmDir = New-Item -ItemType Directory -Path (Join-Path $work 'warm') -Force
Copy-Item (Join-Path $PSHOME 'Microsoft.PowerShell.Commands.Utility.dll') $warmDir
Set-Content (Join-Path $warmDir 'warm.format.ps1xml') @'
<?xml version="1.0" encoding="utf-8"?>
<Configuration><ViewDefinitions>
<View><Name>Warm</Name><ViewSelectedBy><TypeName>Warm.Thing</TypeName></ViewSelectedBy><TableControl>
<TableHeaders><TableColumnHeader><Label>A</Label><Width>5</Width></TableColumnHeader><TableColumnHeader/></TableHeaders>
<TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>A</PropertyName></TableColumnItem>
<TableColumnItem><ScriptBlock>$_.B -join ', '</ScriptBlock></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries>
</TableControl></View>
</ViewDefinitions></Configuration>
'@
Set-Content (Join-Path $warmDir 'warm.psd1') "@{ ModuleVersion = '1.0'; GUID = '$([guid]::NewGuid())'; NestedModules = @('Microsoft.PowerShell.Commands.Utility.dll'); FormatsToProcess = @('warm.format.ps1xml'); CmdletsToExport = @('Get-Verb'); PrivateData = @{ PSData = @{ Tags = @('a') } } }"
$warmUp = "Import-Module '$(Join-Path $warmDir 'warm.psd1')'; `$null = Get-Verb -Verb Get"

$pwsh = Get-PwshCommand
if ($Trace) {
    $speedscope = Invoke-TracedPwsh -Script $imports['as built'] -Name 'import' -Work $work
    Show-ProfileTree $speedscope 'ImportModuleCommand.ProcessRecord' -Depth 9 -MinMs 3
    return
}

function Measure-Import([string] $Prelude, [string] $Import) {
    $script = "$Prelude; `$p = [Diagnostics.Process]::GetCurrentProcess(); `$cpu = `$p.TotalProcessorTime; `$clock = [Diagnostics.Stopwatch]::StartNew(); $Import; `$clock.Stop(); `$p.Refresh(); '{0} {1}' -f `$clock.Elapsed.TotalMilliseconds, (`$p.TotalProcessorTime - `$cpu).TotalMilliseconds"
    $out = & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -Command $script
    if ($LASTEXITCODE -ne 0) { throw "pwsh -c '$Import' exited with $LASTEXITCODE`: $out" }
    $wall, $cpu = ($out | Select-Object -Last 1).Split(' ')
    [pscustomobject]@{ Wall = [double] $wall; Cpu = [double] $cpu }
}

$samples = @{}
$cases = foreach ($mode in 'cold', 'warm') { foreach ($name in $imports.Keys) { "$mode|$name" } }
foreach ($case in $cases) { $samples[$case] = [Collections.Generic.List[object]]::new() }
foreach ($round in 1..$Rounds) {
    foreach ($case in ($cases | Get-Random -Count $cases.Count)) {
        $mode, $name = $case.Split('|')
        $samples[$case].Add((Measure-Import $(if ($mode -eq 'warm') { $warmUp } else { '$null' }) $imports[$name]))
    }
    Write-Host "round $round of $Rounds"
}
"median of $Rounds imports each, ms; load average $((Get-Content /proc/loadavg -ErrorAction Ignore) -replace '^(\S+ \S+ \S+).*', '$1')"
'{0,-32} {1,10} {2,10} {3,10} {4,10}' -f 'variant', 'cold wall', 'cold CPU', 'warm wall', 'warm CPU'
foreach ($name in $imports.Keys) {
    $c = $samples["cold|$name"]; $w = $samples["warm|$name"]
    '{0,-32} {1,10:n0} {2,10:n0} {3,10:n0} {4,10:n0}' -f $name, (Get-BenchStats $c.Wall).Median, (Get-BenchStats $c.Cpu).Median, (Get-BenchStats $w.Wall).Median, (Get-BenchStats $w.Cpu).Median
}
