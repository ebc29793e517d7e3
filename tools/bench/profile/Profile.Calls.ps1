# Where the time of one status call (Get-AkoolVideo -Id, one by one) and of one voice page goes, at simulator
# latency 0, layer by layer, in one pwsh, alternating, -Repeat times, per call:
#   raw HttpClient         GET + JsonDocument.Parse from C# (BenchKit RawHttp): the simulator and loopback, the floor
#   client, from C#...     the module's own AkoolClient (AkoolPS.Client, reached through the session) called in a PowerShell
#                          foreach: the client's layers (IHttpClientFactory, Polly, the probe handler, logging, JSON mapping)
#   Get-AkoolSession       the cheapest AkoolPS cmdlet, no request: what PowerShell charges to invoke a compiled cmdlet
#   Get-AkoolVideo -Id     the scenario
#   Invoke-RestMethod      the peer
# Then SecretMask.Mask, which the client runs on every answer for the -Debug line even when nobody listens, timed on
# the real bodies. With -Trace, 4,000 Get-AkoolVideo calls under dotnet-trace (sampled thread time) and the tree below the cmdlet.
param([int] $Repeat = 5, [int] $Count = 1000, [switch] $Trace)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'ProfileCommon.psm1') -Force
$paths = Get-ProfilePaths
$sim = Start-AkoolSimulator -Path $paths.Simulator -Arguments @('--job-duration-ms', '86400000', '--credit', '100000000', '--voice-count', '5000', '--legacy-voice-list', 'true')
try {
    $setup = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($paths.Module)'
Import-Module '$($paths.Kit)'
`$key = '$(Get-BenchApiKey)'; `$base = '$($sim.Uri)'; `$Count = $Count; `$Repeat = $Repeat
"@ + "`n" + @'
Connect-Akool -ApiKey (ConvertTo-SecureString $key -AsPlainText -Force) -BaseUri $base
$session = Get-AkoolSession
$client = $session.GetType().GetProperty('Client', [Reflection.BindingFlags]'NonPublic,Instance').GetValue($session)
$kind = [Enum]::Parse($client.GetType().Assembly.GetType('AkoolPS.Client.Models.AkoolVideoKind'), 'Translation')
$none = [Threading.CancellationToken]::None
$languages = @(Get-AkoolLanguage | Where-Object { -not $_.NeedsVoiceId } | ForEach-Object Code)
$ids = [Collections.Generic.List[string]]::new()
for ($k = 0; $ids.Count -lt $Count; $k++) { foreach ($job in New-AkoolTranslation -Url "https://example.com/calls-$k.mp4" -Language $languages) { $ids.Add($job.Id) } }
$ids = @($ids | Select-Object -First $Count)
$paths = @($ids | ForEach-Object { "api/open/v3/content/video/infobymodelid?video_model_id=$_" })
$uris = @($paths | ForEach-Object { "$($base.TrimEnd('/'))/$_" })
$headers = @{ 'x-api-key' = $key }
$raw = [AkoolPS.Bench.RawHttp]::new($base, $key)
$pages = @(1..50 | ForEach-Object { "api/open/v4/voice/videoTranslation?page=$_&size=100" })
'@
    if (-not $Trace) {
        $script = $setup + "`n" + @'
$variants = [ordered]@{
    'raw HttpClient'            = { $null = $raw.GetEach($paths) }
    'client, from a foreach'    = { foreach ($id in $ids) { $null = $client.GetVideoAsync($id, $kind, $none).GetAwaiter().GetResult() } }
    'Get-AkoolSession (no request)' = { foreach ($id in $ids) { $null = Get-AkoolSession } }
    'Get-AkoolVideo -Id'        = { foreach ($id in $ids) { $null = Get-AkoolVideo -Id $id } }
    'Invoke-RestMethod'         = { foreach ($uri in $uris) { $null = Invoke-RestMethod -Uri $uri -Headers $headers } }
    'voice pages: raw (x50)'    = { $null = $raw.GetEach($pages) }
    'voice pages: client (x50)' = { foreach ($p in 1..50) { $null = $client.GetVoicePageAsync($null, $p, 100, $none).GetAwaiter().GetResult() } }
    'voice pages: Get-AkoolVoice (x50)' = { Get-AkoolVoice -First 5000 | Out-Null }
}
$times = @{}
foreach ($name in $variants.Keys) { $times[$name] = [Collections.Generic.List[double]]::new(); & $variants[$name] }
foreach ($r in 1..$Repeat) {
    $names = @($variants.Keys); if ($r % 2 -eq 0) { [array]::Reverse($names) }
    foreach ($name in $names) {
        [GC]::Collect()
        $clock = [Diagnostics.Stopwatch]::StartNew(); & $variants[$name]; $times[$name].Add($clock.Elapsed.TotalMilliseconds)
    }
}
function Median($v) { $s = @($v | Sort-Object); if ($s.Count % 2) { $s[[int][Math]::Floor($s.Count / 2)] } else { ($s[$s.Count / 2 - 1] + $s[$s.Count / 2]) / 2 } }
"per call (median of $Repeat runs of $Count calls; voice pages: per page of 100 voices)"
foreach ($name in $variants.Keys) {
    $per = if ($name -like 'voice*') { 50 } else { $Count }
    '{0,-36} {1,7:n3} ms   ({2:n0}-{3:n0} ms a run)' -f $name, ((Median $times[$name]) / $per), ($times[$name] | Measure-Object -Minimum).Minimum, ($times[$name] | Measure-Object -Maximum).Maximum
}

# SecretMask.Mask on the real bodies: what every answer pays for its -Debug line.
$mask = $client.GetType().Assembly.GetType('AkoolPS.Client.Diagnostics.SecretMask').GetMethod('Mask', [Reflection.BindingFlags]'Static,NonPublic,Public')
$web = [Net.Http.HttpClient]::new(); $web.DefaultRequestHeaders.Add('x-api-key', $key)
foreach ($body in @(
        @{ name = 'infobymodelid answer'; text = $web.GetStringAsync($uris[0]).GetAwaiter().GetResult() },
        @{ name = 'voice page answer (first 4096 chars)'; text = $web.GetStringAsync("$($base.TrimEnd('/'))/$($pages[0])").GetAwaiter().GetResult() })) {
    $text = if ($body.text.Length -gt 4096) { $body.text.Substring(0, 4096) } else { $body.text }
    $null = $mask.Invoke($null, @($text))
    $clock = [Diagnostics.Stopwatch]::StartNew()
    foreach ($i in 1..2000) { $null = $mask.Invoke($null, @($text)) }
    '{0,-36} {1,7:n3} ms per call ({2:n0} chars; body {3:n0} chars)' -f "SecretMask.Mask, $($body.name)", ($clock.Elapsed.TotalMilliseconds / 2000), $text.Length, $body.text.Length
}
'@
        $file = Join-Path $paths.Work 'calls.ps1'
        Set-Content $file -Value $script
        $pwsh = Get-PwshCommand
        & $pwsh[0] @($pwsh | Select-Object -Skip 1) -NoProfile -NonInteractive -File $file
    } else {
        $script = $setup + "`n" + @'
foreach ($r in 1..4) { foreach ($id in $ids) { $null = Get-AkoolVideo -Id $id } }
'@
        $speedscope = Invoke-TracedPwsh -Script $script -Name 'calls' -Work $paths.Work
        Show-ProfileTree $speedscope 'GetAkoolVideoCommand' -Depth 6 -MinMs 20
        Show-ProfileTree $speedscope 'AkoolConnection+<ExchangeAsync>' -Depth 5 -MinMs 20
        Show-ProfileTree $speedscope 'AkoolConnection+<SendAsync>' -Depth 3 -MinMs 10
    }
} finally {
    Stop-AkoolSimulator $sim
}
