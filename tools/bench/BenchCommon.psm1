# Helpers shared by tools/Bench.ps1 and the scenario scripts in tools/bench/: the simulator's admin API,
# scenario runs in fresh pwsh processes, statistics. Starting the simulator and pwsh comes from the build's
# own helpers (tools/BuildTools.psm1). Nothing here imports AkoolPS.
Set-StrictMode -Version 3.0
Import-Module (Join-Path $PSScriptRoot '../BuildTools.psm1')

$script:ApiKey = 'simulator-api-key-000001'

function Get-BenchApiKey { $script:ApiKey }

function Connect-BenchSimulator {
    # Connect-Akool to the simulator with its key; -PassThru writes the session.
    param([Parameter(Mandatory)] [string] $BaseUri, [switch] $PassThru)
    Connect-Akool -ApiKey (ConvertTo-SecureString $script:ApiKey -AsPlainText -Force) -BaseUri $BaseUri -PassThru:$PassThru
}

function Invoke-BenchAdmin {
    # Calls the simulator's admin API. Returns the answer, arrays enumerated.
    param([Parameter(Mandatory)] [string] $BaseUri, [Parameter(Mandatory)] [string] $Path, [string] $Method = 'POST', $Body)
    Invoke-AkoolSimulatorAdmin -BaseUri $BaseUri -Path $Path -Method $Method -Body $Body
}

function Invoke-BenchScript {
    # Runs a scenario script in a fresh pwsh, its output shown indented; returns what it wrote to -OutFile as objects.
    param(
        [Parameter(Mandatory)] [string] $File,
        [Parameter(Mandatory)] [hashtable] $Parameters,
        [Parameter(Mandatory)] [string] $OutFile
    )
    $pwsh = Get-PwshCommand
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $File)
    foreach ($name in $Parameters.Keys) {
        $value = $Parameters[$name]
        if ($value -is [bool] -or $value -is [switch]) {
            if ($value) { $arguments += "-$name" }   # a switch: present or left out
            continue
        }
        $arguments += "-$name"
        $arguments += [string]$value
    }
    $arguments += @('-OutFile', $OutFile)
    Remove-Item $OutFile -ErrorAction Ignore
    & $pwsh[0] @arguments 2>&1 | ForEach-Object { Write-Host "    $_" }
    if ($LASTEXITCODE -ne 0) { throw "$([IO.Path]::GetFileName($File)) exited with code $LASTEXITCODE." }
    if (-not (Test-Path $OutFile)) { throw "$([IO.Path]::GetFileName($File)) wrote no result." }
    Get-Content $OutFile -Raw | ConvertFrom-Json
}

function Get-BenchStats {
    # Median, minimum and maximum of some numbers.
    param([double[]] $Values)
    $sorted = @($Values | Where-Object { -not [double]::IsNaN($_) } | Sort-Object)
    if ($sorted.Count -eq 0) { return [pscustomobject]@{ Median = [double]::NaN; Min = [double]::NaN; Max = [double]::NaN; Count = 0 } }
    $middle = [int][Math]::Floor($sorted.Count / 2)
    $median = if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
    [pscustomobject]@{ Median = [double]$median; Min = [double]$sorted[0]; Max = [double]$sorted[-1]; Count = $sorted.Count }
}

function Get-UnixMs { [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds() }

function Write-BenchLine([string] $Text) {
    Write-Host ('[{0:HH:mm:ss}] {1}' -f [DateTime]::Now, $Text)
}

Export-ModuleMember -Function *-Bench*, Connect-BenchSimulator, Get-UnixMs, Get-PwshCommand, Start-AkoolSimulator, Stop-AkoolSimulator
