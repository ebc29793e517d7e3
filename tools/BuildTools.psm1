# Helpers of build.ps1: running native tools, fresh pwsh processes and the simulator, reading test results.
Set-StrictMode -Version 3.0

function Write-Step([string] $Text) {
    Write-Host "`n==> $Text" -ForegroundColor Cyan
}

function Invoke-Native {
    # Runs a program, echoing it, and throws when it exits non-zero. A simple function on purpose:
    # an advanced one would take "-v:minimal" for its own -Verbose.
    $Program, $Arguments = $args
    Write-Host "> $Program $($Arguments -join ' ')" -ForegroundColor DarkGray
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program exited with code $LASTEXITCODE." }
}

function Get-CurrentProcessPath {
    # The program of this PowerShell: pwsh, dotnet (the dotnet tool), or powershell.exe, which has no ProcessPath.
    if ($PSVersionTable.PSEdition -eq 'Desktop') { return (Get-Process -Id $PID).Path }
    return [Environment]::ProcessPath
}

function Get-PwshCommand {
    # The pwsh this build runs in, started afresh: the dotnet tool runs as 'dotnet pwsh.dll'.
    $process = Get-CurrentProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return , @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    return , @($process)
}

function Invoke-FreshPwsh {
    # Runs a script in a new pwsh; -Environment sets variables for that process only.
    param([string] $Command, [string] $File, [string[]] $Arguments = @(), [hashtable] $Environment = @{})
    $pwsh = Get-PwshCommand
    $all = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive')
    if ($File) { $all += @('-File', $File) + $Arguments } else { $all += @('-Command', $Command) }
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $Environment[$name])
    }
    try {
        & $pwsh[0] @all
        if ($LASTEXITCODE -ne 0) { throw "pwsh exited with code $LASTEXITCODE." }
    } finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
}

function New-IsolatedProfile([string] $Path) {
    # Per-user folders of a fresh "user" under $Path, so PSResourceGet's repositories and installs
    # never touch the real user's. The folders must exist, or .NET falls back to the current directory.
    $windows = [IO.Path]::DirectorySeparatorChar -eq '\'
    $folders = if ($windows) { @{ LOCALAPPDATA = 'local'; APPDATA = 'roaming' } } else { @{ XDG_DATA_HOME = 'data'; XDG_CONFIG_HOME = 'config'; XDG_CACHE_HOME = 'cache' } }
    $environment = @{}
    foreach ($name in $folders.Keys) {
        $environment[$name] = (New-Item -ItemType Directory -Path (Join-Path $Path $folders[$name]) -Force).FullName
    }
    $environment
}

function Get-PesterModulePath([string] $Root) {
    # Pester comes from NuGet through a PackageDownload item of the test project.
    $project = Join-Path $Root 'tests/AkoolPS.Tests/AkoolPS.Tests.csproj'
    $item = Select-Xml -Path $project -XPath "//PackageDownload[@Include='Pester']" | Select-Object -First 1
    if (-not $item) { throw "No PackageDownload of Pester in $project." }
    $version = $item.Node.Version.Trim('[', ']')
    $cache = $env:NUGET_PACKAGES
    if (-not $cache) {
        $cache = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    }
    $path = Join-Path $cache.Trim() "pester/$version/tools/Pester.psd1"
    if (-not (Test-Path $path)) { throw "Pester $version is not in the NuGet cache ($path); run 'dotnet restore'." }
    return $path
}

function Start-AkoolSimulator {
    # Starts the simulator on a free loopback port and returns its process and address.
    param([Parameter(Mandatory)] [string] $Path, [string[]] $Arguments = @())
    if (-not (Test-Path $Path)) { throw "The simulator is not built ($Path)." }
    $info = [Diagnostics.ProcessStartInfo]::new((Get-Command dotnet).Source)
    $all = @($Path, '--urls', 'http://127.0.0.1:0', '--parent-pid', "$PID") + $Arguments
    if ($info.PSObject.Properties['ArgumentList']) {
        foreach ($argument in $all) { $info.ArgumentList.Add($argument) }
    } else {
        # .NET Framework (Windows PowerShell 5.1) has only the one command line.
        $info.Arguments = ($all | ForEach-Object { '"' + ($_ -replace '"', '\"') + '"' }) -join ' '
    }
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($info)
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while ([DateTime]::UtcNow -lt $deadline) {
        $line = $process.StandardOutput.ReadLine()
        if ($null -eq $line) { break }
        if ($line -match 'listening on (http://\S+?)/?$') {
            # Keep reading its output, so that a full pipe never blocks a long run.
            $null = $process.StandardOutput.ReadToEndAsync()
            return [pscustomobject]@{ Process = $process; Uri = $Matches[1] }
        }
    }
    if (-not $process.HasExited) { $process.Kill() }
    throw 'The simulator did not start.'
}

function Stop-AkoolSimulator($Simulator) {
    if ($Simulator -and -not $Simulator.Process.HasExited) {
        $Simulator.Process.Kill()
        $null = $Simulator.Process.WaitForExit(10000)
    }
}

function Invoke-AkoolSimulatorAdmin {
    # Calls the simulator's admin API (a path the real Akool API does not have); a JSON array comes back enumerated.
    param(
        [Parameter(Mandatory)] [string] $BaseUri,
        [Parameter(Mandatory)] [string] $Path,
        [string] $Method = 'POST',
        $Body
    )
    $arguments = @{ Uri = "$($BaseUri.TrimEnd('/'))/__admin/$Path"; Method = $Method }
    if ($null -ne $Body) {
        $arguments.Body = $Body | ConvertTo-Json -Depth 5 -Compress
        $arguments.ContentType = 'application/json'
    }
    $answer = Invoke-RestMethod @arguments
    if ($answer -is [array]) { foreach ($item in $answer) { $item } } else { $answer }
}

function Get-TrxTotal([string] $Path) {
    $passed = 0; $failed = 0
    foreach ($file in Get-ChildItem $Path -Filter *.trx -ErrorAction Ignore) {
        $counters = ([xml](Get-Content -LiteralPath $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    }
    [pscustomobject]@{ Passed = $passed; Failed = $failed }
}

function Get-PesterTotal([string] $Path) {
    if (-not (Test-Path $Path)) { return [pscustomobject]@{ Passed = 0; Failed = 0 } }
    $summary = Get-Content $Path -Raw | ConvertFrom-Json
    # A skipped or not-run test is not a pass: count it as a failure so that nothing passes by doing nothing.
    [pscustomobject]@{ Passed = [int]$summary.Passed; Failed = [int]$summary.Failed + [int]$summary.Skipped }
}

function Write-TestTotal([int] $Passed, [int] $Failed) {
    Write-Host "Tests: $Passed passed, $Failed failed"
}

function Get-ChangelogSection([string] $Path, [string] $Version) {
    # The text of the '## [<Version>]' section of a Keep a Changelog file, without its heading: up to the
    # next '## ' heading or the link definitions at the end. Throws when the version has no section.
    $lines = (Get-Content -LiteralPath $Path -Raw) -replace "`r`n?", "`n" -split "`n"
    $start = -1
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match "^##\s+\[$([regex]::Escape($Version))\]") { $start = $i + 1; break }
    }
    if ($start -lt 0) { throw "$Path has no '## [$Version]' section for the release notes." }
    $section = foreach ($line in $lines[$start..($lines.Count - 1)]) {
        if ($line -match '^##\s' -or $line -match '^\[[^\]]+\]:\s') { break }
        $line
    }
    return (($section -join "`n").Trim())
}

function Set-ManifestReleaseNote([string] $Path, [string] $Text) {
    # Replaces the single-quoted ReleaseNotes value of a module manifest with the text, quoted for PowerShell.
    $manifest = Get-Content -LiteralPath $Path -Raw
    $pattern = "(?m)^(\s*ReleaseNotes\s*=\s*)'(?:[^']|'')*'"
    if ($manifest -notmatch $pattern) { throw "$Path has no single-quoted ReleaseNotes to replace." }
    $quoted = "'" + $Text.Replace("'", "''") + "'"
    $manifest = [regex]::Replace($manifest, $pattern, { param($m) $m.Groups[1].Value + $quoted }, 'None')
    [IO.File]::WriteAllText($Path, $manifest, [Text.UTF8Encoding]::new($false))
}

Export-ModuleMember -Function *
