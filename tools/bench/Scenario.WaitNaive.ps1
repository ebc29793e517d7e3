# The peer of Wait-AkoolVideo in scenario 3: the loop a script writes without the module, foreach +
# Invoke-RestMethod + Start-Sleep. Started by Scenario.Wait.ps1 in a pwsh of its own; it says "ready",
# then reads from stdin the path of a file of job ids, polls them all until each has ended, and writes
# when it saw each one end.
param(
    [Parameter(Mandatory)] [string] $BaseUri,
    [double] $PollInterval = 5,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
$headers = @{ 'x-api-key' = 'simulator-api-key-000001' }
$base = $BaseUri.TrimEnd('/')
$null = Invoke-RestMethod -Uri "$base/api/open/v3/language/list" -Headers $headers   # warm up
[Console]::Out.WriteLine('ready')
$idsFile = [Console]::In.ReadLine()
$ids = @(Get-Content $idsFile)

$start = [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()
$requests = 0
$reported = @{}
$pending = [Collections.Generic.List[string]]::new([string[]]$ids)
while ($pending.Count -gt 0) {
    foreach ($id in @($pending)) {
        $answer = Invoke-RestMethod -Uri "$base/api/open/v3/content/video/infobymodelid?video_model_id=$id" -Headers $headers
        $requests++
        if ($answer.data.video_status -in 3, 4) {
            $reported[$id] = [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()
            $null = $pending.Remove($id)
        }
    }
    if ($pending.Count -gt 0) { Start-Sleep -Seconds $PollInterval }
}
$end = [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()

[pscustomobject]@{ startMs = $start; endMs = $end; requests = $requests; reported = $reported } |
    ConvertTo-Json -Depth 4 -Compress | Set-Content $OutFile
