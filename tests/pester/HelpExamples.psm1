# The examples of the help pages, run as a reader would run them, against the simulator. An example is run
# when it shows output (an ```output block) or names result files in its text (talk.ja.mp4, cat.video.mp4);
# then what it prints must match the output block and every file it names must be one it saved. An example
# that cannot run here says why in the page: <!-- not run: why -->. New pages are covered with no change here.
Set-StrictMode -Version 3.0
Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1')

# The client id of the simulator the examples run against: shaped like Akool's, as the pages show them.
$script:ExampleClientId = '6805fb69e92d9edc7ca0b409'

function Get-ExampleClientId { $script:ExampleClientId }

# Result files as the pages name them: <source>.<kind or language>[.<more>].mp4|srt, with an optional folder.
$script:ResultFile = '(?<![\w/.:-])(?:\./)?(?:[\w-]+/)*[\w-]+(?:\.[\w-]+)+\.(?:mp4|srt)\b'

function Get-ExampleResultFile([string[]] $Text) {
    # The result files an example's text names: those with a kind or a language before the extension.
    foreach ($match in [regex]::Matches(($Text -join "`n"), $script:ResultFile)) {
        $name = $match.Value -replace '^\./', ''
        if ((Split-Path $name -Leaf).Split('.').Count -ge 3) { $name }
    }
}

function Test-ExampleToRun([object] $Example) {
    # Whether the help test runs an example: it shows output or names result files, and does not say why not.
    -not $Example.NotRun -and ($Example.Output -or @(Get-ExampleResultFile $Example.Remarks).Count -gt 0)
}

function ConvertTo-ComparableLine([string] $Text) {
    # Lines with what differs from run to run masked: job ids, times, the API's address, the host's line width.
    foreach ($line in ($Text -replace "`r", '' -replace "\x1b\[[0-9;?]*[A-Za-z]", '') -split "`n") {
        $line = $line -replace 'https?://(?:127\.0\.0\.1|localhost):\d+/?', '<api>/' -replace 'https://openapi\.akool\.com/?', '<api>/'
        $line = $line -replace '\b[0-9a-f]{24}\b', '<id>'
        $line = $line -replace '\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}[ T]\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?: ?[AP]M)?(?: ?(?:[+-]\d{2}:\d{2}|Z))?', '<time>'
        $line = ($line -replace '\s+', ' ').Trim()
        if ($line) { $line }
    }
}

function Compare-ExampleOutput([string] $Expected, [string] $Actual) {
    # Every line of the page's output, in its order, among the lines the example printed; a line '...' in the
    # page stands for any number of lines. Returns the first line that was not found, or nothing.
    $want = @(ConvertTo-ComparableLine $Expected)
    $have = @(ConvertTo-ComparableLine $Actual)
    $at = 0
    $skipping = $false
    foreach ($line in $want) {
        if ($line -eq '...') { $skipping = $true; continue }
        $found = -1
        for ($i = $at; $i -lt $have.Count; $i++) {
            if ($have[$i] -ceq $line) { $found = $i; break }
            if (-not $skipping -and $at -gt 0) { break }
        }
        if ($found -lt 0) { return "The page shows '$line', which the example did not print after what came before it." }
        $at = $found + 1
        $skipping = $false
    }
}

function Invoke-HelpExample {
    # Runs an example's code in a fresh pwsh, in a new empty folder, against the simulator; returns what it
    # printed (as a console shows it, 'What if:' lines included) and the files it left in the folder.
    param([Parameter(Mandatory)] [object] $Example, [Parameter(Mandatory)] [object] $Simulator, [Parameter(Mandatory)] [string] $WorkPath)
    Reset-TestSimulator $Simulator -JobDurationMs 300    # every example starts from the simulator's first state
    $null = New-Item -ItemType Directory -Path $WorkPath -Force
    Copy-Item (Join-Path $PSScriptRoot 'fixtures/examples/*') $WorkPath
    $codePath = Join-Path $WorkPath '.example.ps1'
    $prelude = @'
$ErrorActionPreference = 'Continue'
$ProgressPreference = 'SilentlyContinue'
Import-Module $env:AKOOLPS_MODULE
# What a reader has at hand: a prompt and a secret store, both giving the simulator's key.
function Read-Host { ConvertTo-SecureString $env:AKOOL_EXAMPLE_KEY -AsPlainText -Force }
function Get-Secret { ConvertTo-SecureString $env:AKOOL_EXAMPLE_KEY -AsPlainText -Force }
$PSDefaultParameterValues['*-Akool*:PollInterval'] = 0.2
Set-Location $PSScriptRoot

'@
    Set-Content -LiteralPath $codePath -Value ($prelude + $Example.Code) -Encoding utf8
    $run = Invoke-TestPwsh -File $codePath -Environment @{
        AKOOL_CLIENT_ID   = $script:ExampleClientId
        AKOOL_CLIENT_SECRET = Get-TestApiKeyText
        AKOOL_EXAMPLE_KEY = Get-TestApiKeyText
        AKOOL_BASE_URI    = $Simulator.Uri
        AKOOL_API_KEY     = $null
    }
    $root = (Resolve-Path $WorkPath).ProviderPath
    $files = @(Get-ChildItem -LiteralPath $root -Recurse -File | Where-Object Name -NE '.example.ps1' |
            ForEach-Object { $_.FullName.Substring($root.Length).TrimStart('\', '/').Replace('\', '/') })
    [pscustomobject]@{ ExitCode = $run.ExitCode; Output = $run.Output; Files = $files }
}

function Get-ExampleProblem([object] $Example, [object] $Run) {
    # What the run contradicts on the page: its output, and the result files the text names.
    if ($Example.Output) {
        Compare-ExampleOutput -Expected $Example.Output -Actual $Run.Output
    }
    foreach ($name in Get-ExampleResultFile $Example.Remarks) {
        $match = if ($name.Contains('/')) { $Run.Files -contains $name } else { @($Run.Files | Where-Object { (Split-Path $_ -Leaf) -eq $name }).Count -gt 0 }
        if (-not $match) { "The text names $name, but the example saved $(if ($Run.Files) { $Run.Files -join ', ' } else { 'no file' })." }
    }
}

Export-ModuleMember -Function Get-ExampleClientId, Get-ExampleResultFile, Test-ExampleToRun, ConvertTo-ComparableLine, Compare-ExampleOutput, Invoke-HelpExample, Get-ExampleProblem
