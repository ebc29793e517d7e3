# The live check: AkoolPS against the real Akool API, for whoever has a key (build.ps1 -Task LiveCheck).
#
# Each read is a row of the check table: the raw call (its JSON answer, compared field by field with the
# shape the module expects, so that a change Akool makes shows as drift) and, where a cmdlet reads the same
# thing, that cmdlet run with the same credentials. A new list the module learns to read (models, effects,
# avatars...) is one more row of Get-AkoolLiveCheckTable. By default nothing costs credits; -Spend also
# makes the cheapest job of each kind, once asked. The logic is tested against the simulator
# (tests/pester/LiveCheck.Tests.ps1); CI has no key and never runs it against Akool.
#
# Shapes: a hashtable is a JSON object whose keys are the fields (a key ending in '?' may be absent); an
# array of one element is a JSON array whose items have that element's shape; a string is a type: string,
# number, boolean, null, object, array or any, or several joined with '|' ('string|null').

Set-StrictMode -Version 3.0

$script:JobV3 = [ordered]@{
    '_id' = 'string'; 'video_status' = 'number'; 'video?' = 'string|null'; 'create_time?' = 'number'; 'uid?' = 'number'
    'team_id?' = 'string'; 'video_id?' = 'string'; 'task_id?' = 'string'; 'progress?' = 'number'
    'deduction_duration?' = 'number'; 'deduction_lock_duration?' = 'number'; 'video_lock_duration?' = 'number'
    'error_code?' = 'number'; 'error_reason?' = 'string'; 'target_video?' = 'string'; 'talking_photo?' = 'string'
    'language?' = 'string'; 'source_language?' = 'string'; 'webhookUrl?' = 'string'
    'audio_splits?' = [ordered]@{ 'original_srt_url?' = 'string'; 'translated_srt_url?' = 'string'; 'no_caption_video_url?' = 'string' }
}

$script:ImageVideo = [ordered]@{
    '_id' = 'string'; 'status' = 'number'; 'create_time?' = 'number'; 'video_url?' = 'string'; 'deduction_credit?' = 'number'
    'image_url?' = 'string'; 'webhookUrl?' = 'string'; 'error_code?' = 'number'; 'error_reason?' = 'string'; 'error_msg?' = 'string'
}

# The id of no job: 24 hex digits, as Akool's ids are.
$script:NoSuchId = '000000000000000000000000'

function Get-AkoolLiveCheckTable {
    <#
    .SYNOPSIS
        The reads of the live check: one row per call, with the shape the module expects of the answer.
    #>
    [OutputType([hashtable])]
    param()
    @(
        @{
            Name = 'Credit'; Method = 'GET'; Path = 'api/open/v3/faceswap/quota/info'
            Expect = @(1000)
            Shape = [ordered]@{ code = 'number'; 'msg?' = 'string'; data = [ordered]@{ credit = 'number' } }
            Module = { Get-AkoolCredit }
        }
        @{
            Name = 'Languages'; Method = 'GET'; Path = 'api/open/v3/language/list'
            Expect = @(1000)
            Shape = [ordered]@{
                code = 'number'; 'msg?' = 'string'
                # need_voice_id: older answers carry it; the module reads and ignores it (voice choice was removed).
                data = [ordered]@{ lang_list = @([ordered]@{ lang_name = 'string'; lang_code = 'string'; url = 'string'; 'need_voice_id?' = 'any' }) }
            }
            Module = { Get-AkoolLanguage -Refresh }
        }
        @{
            # Get-AkoolVoice still reads the video-translation list Akool removed on 2025-11-25 (it moves to VoiceLab).
            Name = 'Voices'; Method = 'GET'; Path = 'api/open/v4/voice/videoTranslation'; Query = 'page=1&size=10'
            Expect = @(1000)
            Shape = [ordered]@{
                code = 'number'; 'msg?' = 'string'
                data = [ordered]@{
                    'page?' = 'number'; 'size?' = 'number'; 'count?' = 'number'
                    result = @([ordered]@{
                            '_id?' = 'string'; voice_id = 'string'; 'gender?' = 'string'; 'language?' = 'string'; 'name?' = 'string'
                            'preview?' = 'string'; 'thumbnailUrl?' = 'string'; 'create_time?' = 'number'; 'flag_url?' = 'string'
                            'useCase?' = 'string'; 'category?' = 'string'; 'age?' = 'array|string'; 'style?' = 'array|string'
                            'duration?' = 'number'; 'scenario?' = 'array|string'; 'language_code?' = 'string'
                        })
                }
            }
            Module = { Get-AkoolVoice -First 10 }
        }
        @{
            Name = 'Status of no such video job'; Method = 'GET'; Path = 'api/open/v3/content/video/infobymodelid'
            Query = "video_model_id=$script:NoSuchId"
            Expect = @(1008, 1014)
            Shape = [ordered]@{ code = 'number'; 'msg?' = 'string'; 'data?' = 'any' }
            Module = { Get-AkoolVideo -Id $script:NoSuchId -Kind Translation -ErrorAction Stop }
            ModuleFails = 'Akool.1008*'
        }
        @{
            Name = 'Status of no such image-to-video job'; Method = 'POST'; Path = 'api/open/v4/image2Video/resultsByIds'
            Body = @{ _ids = $script:NoSuchId }
            Expect = @(1000)
            Shape = [ordered]@{ code = 'number'; 'msg?' = 'string'; data = [ordered]@{ result = @($script:ImageVideo) } }
        }
    )
}

function Compare-AkoolShape {
    <#
    .SYNOPSIS
        The drift between a JSON value and an expected shape: fields sent but not modelled (extra), fields
        expected but absent (missing), and types that differ (type). One entry per path; array items share
        their path (lang_list[].url).
    #>
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)] [AllowNull()] $Expected,
        [Parameter(Mandatory)] [System.Text.Json.JsonElement] $Actual,
        [string] $Path = ''
    )
    $found = [System.Collections.Generic.Dictionary[string, pscustomobject]]::new()
    Add-ShapeDrift -Expected $Expected -Actual $Actual -Path $Path -Found $found
    $found.Values
}

function Add-ShapeDrift($Expected, [System.Text.Json.JsonElement] $Actual, [string] $Path, $Found) {
    $kind = Get-JsonKind $Actual
    if ($Expected -is [System.Collections.IDictionary]) {
        if ($kind -ne 'object') { Add-Drift $Found 'type' $Path "object expected, $kind sent"; return }
        $names = [System.Collections.Generic.HashSet[string]]::new()
        foreach ($property in $Actual.EnumerateObject()) {
            $null = $names.Add($property.Name)
            $key = if ($Expected.Contains($property.Name)) { $property.Name } elseif ($Expected.Contains("$($property.Name)?")) { "$($property.Name)?" } else { $null }
            $child = if ($Path) { "$Path.$($property.Name)" } else { $property.Name }
            if ($null -eq $key) { Add-Drift $Found 'extra' $child "$(Get-JsonKind $property.Value), not modelled"; continue }
            Add-ShapeDrift -Expected $Expected[$key] -Actual $property.Value -Path $child -Found $Found
        }
        foreach ($key in $Expected.Keys) {
            if (-not $key.EndsWith('?') -and -not $names.Contains($key)) {
                Add-Drift $Found 'missing' $(if ($Path) { "$Path.$key" } else { $key }) "$(Get-ShapeName $Expected[$key]) expected, absent"
            }
        }
        return
    }
    if ($Expected -is [array]) {
        if ($kind -ne 'array') { Add-Drift $Found 'type' $Path "array expected, $kind sent"; return }
        foreach ($item in $Actual.EnumerateArray()) {
            Add-ShapeDrift -Expected $Expected[0] -Actual $item -Path "$Path[]" -Found $Found
        }
        return
    }
    $allowed = "$Expected" -split '\|'
    if ($allowed -notcontains 'any' -and $allowed -notcontains $kind) {
        Add-Drift $Found 'type' $Path "$Expected expected, $kind sent"
    }
}

function Add-Drift($Found, [string] $Kind, [string] $Path, [string] $Detail) {
    $key = "$Kind $Path"
    if (-not $Found.ContainsKey($key)) {
        $Found[$key] = [pscustomobject]@{ Kind = $Kind; Path = $Path; Detail = $Detail }
    }
}

function Get-JsonKind([System.Text.Json.JsonElement] $Element) {
    switch ($Element.ValueKind) {
        'Object' { 'object' } 'Array' { 'array' } 'String' { 'string' } 'Number' { 'number' }
        'True' { 'boolean' } 'False' { 'boolean' } default { 'null' }
    }
}

function Get-ShapeName($Shape) {
    if ($Shape -is [System.Collections.IDictionary]) { 'object' } elseif ($Shape -is [array]) { 'array' } else { "$Shape" }
}

function Format-Drift([object[]] $Drift) {
    if (-not $Drift) { return 'none' }
    ($Drift | Sort-Object Kind, Path | ForEach-Object { "$($_.Kind) $($_.Path) ($($_.Detail))" }) -join '; '
}

function Invoke-RawAkoolCall {
    # One call as the module would make it, without the module: the status, the business code and the parsed JSON.
    param([Parameter(Mandatory)] [uri] $BaseUri, [Parameter(Mandatory)] [hashtable] $Headers, [Parameter(Mandatory)] [hashtable] $Row)
    $uri = [uri]::new($BaseUri, $(if ($Row['Query']) { "$($Row.Path)?$($Row.Query)" } else { $Row.Path }))
    $request = @{ Uri = $uri; Method = $Row.Method; Headers = $Headers; SkipHttpErrorCheck = $true; TimeoutSec = 60 }
    if ($Row['Body']) { $request.Body = $Row.Body | ConvertTo-Json -Compress -Depth 10; $request.ContentType = 'application/json' }
    $response = Invoke-WebRequest @request -ErrorAction Stop
    $text = if ($response.Content -is [byte[]]) { [Text.Encoding]::UTF8.GetString($response.Content) } else { "$($response.Content)" }
    $json = $null
    $code = $null
    try {
        $json = [System.Text.Json.JsonDocument]::Parse($text).RootElement.Clone()
        $property = [System.Text.Json.JsonElement]::new()
        if ($json.ValueKind -eq 'Object' -and $json.TryGetProperty('code', [ref] $property) -and $property.ValueKind -eq 'Number') { $code = $property.GetInt64() }
    } catch {
        $json = $null
    }
    [pscustomobject]@{ Status = [int] $response.StatusCode; Code = $code; Json = $json }
}

function Get-RawHeaders {
    # The header of a raw call: x-api-key, or a bearer token from getToken (its own row of the report).
    param([uri] $BaseUri, [securestring] $ApiKey, [string] $ClientId, [securestring] $ClientSecret, [System.Collections.Generic.List[object]] $Rows)
    if ($ApiKey) { return @{ 'x-api-key' = [Net.NetworkCredential]::new('', $ApiKey).Password } }
    $row = @{
        Name = 'getToken'; Method = 'POST'; Path = 'api/open/v3/getToken'; Expect = @(1000)
        Body = @{ clientId = $ClientId; clientSecret = [Net.NetworkCredential]::new('', $ClientSecret).Password }
        Shape = [ordered]@{ code = 'number'; 'msg?' = 'string'; token = 'string' }
    }
    $answer = Invoke-RawAkoolCall -BaseUri $BaseUri -Headers @{} -Row $row
    $token = $null
    $note = ''
    $property = [System.Text.Json.JsonElement]::new()
    if ($answer.Json -and $answer.Json.ValueKind -eq 'Object' -and $answer.Json.TryGetProperty('token', [ref] $property) -and $property.ValueKind -eq 'String') {
        $token = $property.GetString()
        $note = Get-TokenNote $token
    }
    $Rows.Add((New-Row -Name 'getToken' -Answer $answer -Expect $row.Expect -Shape $row.Shape -Note $note))
    if (-not $token) { throw 'getToken gave no token: check AKOOL_CLIENT_ID and AKOOL_CLIENT_SECRET.' }
    @{ Authorization = "Bearer $token" }
}

function Get-TokenNote([string] $Token) {
    # How far exp is from iat: the module believes exp only when it is at least 10 minutes ahead.
    try {
        $payload = $Token.Split('.')[1].Replace('-', '+').Replace('_', '/')
        $payload = $payload.PadRight($payload.Length + (4 - $payload.Length % 4) % 4, '=')
        $claims = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($payload)) | ConvertFrom-Json
        $left = [long] $claims.exp - [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
        "exp $left s ahead$(if ($left -lt 600) { ' (not believed; renewed on 1101)' })"
    } catch {
        'no readable exp'
    }
}

function New-Row {
    param([string] $Name, $Answer, [object[]] $Expect, $Shape, [string] $ModuleError, [string] $Note)
    $problems = [System.Collections.Generic.List[string]]::new()
    if ($null -eq $Answer.Json) { $problems.Add("HTTP $($Answer.Status), not JSON") }
    elseif ($Answer.Code -notin $Expect) { $problems.Add("HTTP $($Answer.Status), code $($Answer.Code) (expected $($Expect -join ' or '))") }
    if ($ModuleError) { $problems.Add("module: $ModuleError") }
    $drift = if ($null -ne $Answer.Json -and $Answer.Code -in $Expect) { @(Compare-AkoolShape -Expected $Shape -Actual $Answer.Json) } else { @() }
    [pscustomobject]@{
        PSTypeName = 'AkoolPS.LiveCheckRow'
        Call = $Name
        Result = if ($problems.Count) { 'fail' } else { 'pass' }
        Drift = $drift
        Detail = (@($problems) + @(if ($Note) { $Note })) -join '; '
    }
}

function Invoke-ModuleCheck([hashtable] $Row) {
    # Runs the row's cmdlet; an error is the row's failure unless the row expects that error.
    if (-not $Row['Module']) { return $null }
    $ErrorActionPreference = 'Stop'
    try {
        $null = & $Row.Module
        if ($Row['ModuleFails']) { return "no error, expected $($Row.ModuleFails)" }
        $null
    } catch {
        if ($Row['ModuleFails'] -and $_.FullyQualifiedErrorId -like $Row.ModuleFails) { return $null }
        "$($_.FullyQualifiedErrorId): $($_.Exception.Message)"
    }
}

function Invoke-AkoolLiveCheck {
    <#
    .SYNOPSIS
        Runs the live check and writes its report. Returns one row per call: Call, Result (pass or fail),
        Drift (extra, missing and type entries) and Detail.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [uri] $BaseUri,
        [securestring] $ApiKey,
        [string] $ClientId,
        [securestring] $ClientSecret,
        [string] $ReportPath,
        [string] $SavePath,
        [string] $WebhookSample,
        [switch] $Spend,
        # Spend without asking (for the simulator test).
        [switch] $Force,
        [TimeSpan] $Timeout = [TimeSpan]::FromMinutes(30),
        [TimeSpan] $PollInterval = [TimeSpan]::FromSeconds(10),
        [hashtable[]] $Checks = (Get-AkoolLiveCheckTable)
    )
    $rows = [System.Collections.Generic.List[object]]::new()
    $headers = Get-RawHeaders -BaseUri $BaseUri -ApiKey $ApiKey -ClientId $ClientId -ClientSecret $ClientSecret -Rows $rows
    if ($ApiKey) { Connect-Akool -ApiKey $ApiKey -BaseUri $BaseUri -MaxRetry 1 -SkipValidation }
    else { Connect-Akool -ClientId $ClientId -ClientSecret $ClientSecret -BaseUri $BaseUri -MaxRetry 1 -SkipValidation }

    foreach ($check in $Checks) {
        try {
            $answer = Invoke-RawAkoolCall -BaseUri $BaseUri -Headers $headers -Row $check
            $rows.Add((New-Row -Name $check.Name -Answer $answer -Expect $check.Expect -Shape $check.Shape -ModuleError (Invoke-ModuleCheck $check)))
        } catch {
            $rows.Add((New-FailedRow $check.Name $_))
        }
    }
    if ($WebhookSample) { $rows.Add((Test-WebhookSample -Sample $WebhookSample -ClientId $ClientId -Secret $(if ($ClientSecret) { $ClientSecret } else { $ApiKey }))) }
    $spent = $null
    if ($Spend) {
        $spent = Invoke-SpendCheck -BaseUri $BaseUri -Headers $headers -Rows $rows -SavePath $SavePath -Force:$Force -Timeout $Timeout -PollInterval $PollInterval
    }
    foreach ($row in $rows) { Write-Host (Format-LiveRow $row) }
    if ($null -ne $spent) { Write-Host "Credits spent: $spent" }
    if ($ReportPath) { Write-LiveReport -Rows $rows -Path $ReportPath -BaseUri $BaseUri -Spent $spent }
    $rows
}

function Format-LiveRow($Row) {
    $detail = if ($Row.Detail) { " [$($Row.Detail)]" } else { '' }
    '{0,-40} {1,-4} drift: {2}{3}' -f $Row.Call, $Row.Result, (Format-Drift $Row.Drift), $detail
}

function Test-WebhookSample {
    # A notice Akool really posted, through ConvertFrom-AkoolWebhook, its message compared with what the module reads.
    param([string] $Sample, [string] $ClientId, [securestring] $Secret)
    $shape = [ordered]@{
        '_id?' = 'string'; 'video_id?' = 'string'; 'status?' = 'number|string'; 'video_status?' = 'number|string'; 'type?' = 'string'
        'url?' = 'string'; 'video?' = 'string'; 'video_url?' = 'string'; 'error_code?' = 'number|string'; 'error_reason?' = 'string'
    }
    try {
        $event = $Sample | ConvertFrom-AkoolWebhook -ClientId $ClientId -ClientSecret $Secret -ErrorAction Stop
        $json = [System.Text.Json.JsonDocument]::Parse(($event.Fields | ConvertTo-Json -Depth 20 -Compress)).RootElement.Clone()
        $answer = [pscustomobject]@{ Status = 200; Code = 1000; Json = $json }
        New-Row -Name 'Webhook sample' -Answer $answer -Expect @(1000) -Shape $shape -Note "type '$($event.Type)', kind $(if ($event.Kind) { $event.Kind } else { 'none' })"
    } catch {
        [pscustomobject]@{ PSTypeName = 'AkoolPS.LiveCheckRow'; Call = 'Webhook sample'; Result = 'fail'; Drift = @(); Detail = "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
    }
}

function Write-LiveReport {
    param([object[]] $Rows, [string] $Path, [uri] $BaseUri, $Spent)
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add('# AkoolPS live check')
    $lines.Add('')
    $module = Get-Module AkoolPS
    $lines.Add("$([DateTimeOffset]::UtcNow.ToString('u')) against $BaseUri with AkoolPS $(if ($module) { $module.Version }). Drift: **extra** = a field Akool sent that the module does not model, **missing** = a field the module expects that did not come, **type** = a field of another type.")
    $lines.Add('')
    $lines.Add('| call | result | drift | detail |')
    $lines.Add('|---|---|---|---|')
    foreach ($row in $Rows) {
        $lines.Add("| $(Format-Cell $row.Call) | $($row.Result) | $(Format-Cell (Format-Drift $row.Drift)) | $(Format-Cell $row.Detail) |")
    }
    if ($null -ne $Spent) { $lines.Add(''); $lines.Add("Credits spent: $Spent") }
    $folder = Split-Path $Path -Parent
    if ($folder) { $null = New-Item -ItemType Directory -Path $folder -Force }
    Set-Content -Path $Path -Value $lines -Encoding utf8
}

function Format-Cell([string] $Text) { $Text.Replace('|', '\|').Replace("`r", ' ').Replace("`n", ' ') }

function Get-AkoolSpendPlan {
    <#
    .SYNOPSIS
        The cheapest job of each kind the module makes, with Akool's published price where there is one
        (Credits; null where Akool publishes none). The media are Akool's own samples unless the
        AKOOL_LIVE_* variables name others.
    #>
    [OutputType([pscustomobject])]
    param()
    $image = if ($env:AKOOL_LIVE_IMAGE_URL) { $env:AKOOL_LIVE_IMAGE_URL } else { 'https://drz0f01yeq1cx.cloudfront.net/1753772478686-9524-b6e4169bb1b44d5d8361936b3f6eddb8.png' }
    $photo = if ($env:AKOOL_LIVE_PHOTO_URL) { $env:AKOOL_LIVE_PHOTO_URL } else { 'https://drz0f01yeq1cx.cloudfront.net/1688098804494-e7ca71c3-4266-4ee4-bcbb-ddd1ea490e75-9907.jpg' }
    $speech = if ($env:AKOOL_LIVE_AUDIO_URL) { $env:AKOOL_LIVE_AUDIO_URL } else { 'https://drz0f01yeq1cx.cloudfront.net/1710752141387-e7867802-0a92-41d4-b899-9bfb23144929-4946.mp3' }
    $estimates = @{}   # job id -> the module's estimate, filled by the model job's create
    $video = if ($env:AKOOL_LIVE_VIDEO_URL) { $env:AKOOL_LIVE_VIDEO_URL } else { 'https://d11fbe263bhqij.cloudfront.net/agicontent/video/translate/cut3_content_create_EN_01.mp4' }
    @(
        [pscustomobject]@{ Kind = 'ImageToVideo'; What = 'a 5-second 720p image to video without sound'; Credits = 20
            Create = { New-AkoolImageToVideo -ImageUrl $image -Prompt 'A slow, gentle camera push-in' -Resolution 720p -Length 5 -Confirm:$false -ErrorAction Stop }.GetNewClosure() }
        [pscustomobject]@{ Kind = 'ImageToVideoAudio'; What = 'sound generated for it (Add-AkoolVideoAudio -GenerateAudio)'; Credits = 5; Create = $null }
        [pscustomobject]@{ Kind = 'ImageToVideoModel'; What = 'a 5-second image to video with the cheapest model, to compare the module''s estimate with the credits Akool charges'; Credits = $null; Estimates = $estimates
            Create = {
                $choice = Get-AkoolModel -For ImageToVideo -ErrorAction Stop | ForEach-Object {
                    $model = $_
                    $_.Resolutions | Where-Object CreditsPerSecond | ForEach-Object { [pscustomobject]@{ Model = $model.Name; Resolution = $_.Name; PerSecond = $_.CreditsPerSecond } }
                } | Sort-Object PerSecond | Select-Object -First 1
                if (-not $choice) { return }
                New-AkoolImageToVideo -ImageUrl $image -Prompt 'A slow, gentle camera push-in' -Model $choice.Model -Resolution $choice.Resolution -Length 5 -Confirm:$false -ErrorAction Stop |
                    ForEach-Object { $estimates[$_.Id] = [pscustomobject]@{ Model = $choice.Model; Resolution = $choice.Resolution; Credits = $choice.PerSecond * 5 }; $_ }
            }.GetNewClosure() }
        [pscustomobject]@{ Kind = 'Translation'; What = 'a translation of a short sample into French'; Credits = $null
            Create = { New-AkoolTranslation -Url $video -Language fr -Confirm:$false -ErrorAction Stop }.GetNewClosure() }
        [pscustomobject]@{ Kind = 'TalkingPhoto'; What = 'a talking photo of a short sample'; Credits = $null
            Create = { New-AkoolTalkingPhoto -PhotoUrl $photo -AudioUrl $speech -Confirm:$false -ErrorAction Stop }.GetNewClosure() }
        [pscustomobject]@{ Kind = 'LipSync'; What = 'a lip sync of a short sample'; Credits = $null
            Create = { New-AkoolLipSync -VideoUrl $video -AudioUrl $speech -Confirm:$false -ErrorAction Stop }.GetNewClosure() }
    )
}

function Invoke-SpendCheck {
    # Makes the plan's jobs once asked, waits, saves, checks each status answer's shape; returns the credits spent.
    param([uri] $BaseUri, [hashtable] $Headers, [System.Collections.Generic.List[object]] $Rows, [string] $SavePath,
        [switch] $Force, [TimeSpan] $Timeout, [TimeSpan] $PollInterval)
    $plan = @(Get-AkoolSpendPlan)
    $priced = @($plan | Where-Object { $null -ne $_.Credits })
    $unpriced = @($plan | Where-Object { $null -eq $_.Credits })
    $before = (Get-AkoolCredit -ErrorAction Stop).Credit
    $question = "The live check would make: $(($plan.What) -join '; '). Akool publishes prices for $($priced.Count) of them: " +
        "$(($priced | Measure-Object Credits -Sum).Sum) credits; the $($unpriced.Count) others ($(($unpriced.Kind) -join ', ')) cost what Akool charges for them. " +
        "The account has $before credits. Spend them? [y/N]"
    if (-not $Force -and (Read-Host $question) -notmatch '^(y|yes)$') {
        $Rows.Add([pscustomobject]@{ PSTypeName = 'AkoolPS.LiveCheckRow'; Call = 'Jobs (-Spend)'; Result = 'skip'; Drift = @(); Detail = 'not confirmed; nothing was spent' })
        return $null
    }

    $created = [System.Collections.Generic.List[object]]::new()
    foreach ($step in $plan | Where-Object Create) {
        try {
            $jobs = @(& $step.Create)
            $created.AddRange([object[]] $jobs)
        } catch {
            $Rows.Add((New-FailedRow "Create $($step.Kind)" $_))
        }
    }
    $done = @(Wait-SpendJobs $created $Timeout $PollInterval $Rows)
    # The sound goes on the plain image to video of the plan, not the model's: jobs come out of the wait as they end, in any order.
    $estimates = ($plan | Where-Object Kind -EQ 'ImageToVideoModel').Estimates
    $image = $done | Where-Object { $_.Kind -eq 'ImageToVideo' -and -not ($estimates -and $estimates.ContainsKey($_.Id)) } | Select-Object -First 1
    if ($image) {
        try {
            $withSound = @($image | Add-AkoolVideoAudio -GenerateAudio -Confirm:$false -ErrorAction Stop)
            $done += @(Wait-SpendJobs $withSound $Timeout $PollInterval $Rows)
        } catch {
            $Rows.Add((New-FailedRow 'Create ImageToVideoAudio (audio_type 1 without audio_url)' $_))
        }
    }
    foreach ($job in $done) {
        $Rows.Add((Test-JobStatusShape -BaseUri $BaseUri -Headers $Headers -Job $job -Note "$($job.Credits) credits"))
        # The module's estimate (-WhatIf, -Confirm, the credit check) against what Akool charged: the rule is corrected from this row.
        if ($estimates -and $estimates.ContainsKey($job.Id)) {
            $estimate = $estimates[$job.Id]
            $met = $null -ne $job.Credits -and [Math]::Abs($job.Credits - $estimate.Credits) -lt 0.5
            $Rows.Add([pscustomobject]@{ PSTypeName = 'AkoolPS.LiveCheckRow'; Call = "Credit estimate, $($estimate.Model) $($estimate.Resolution) 5 s"
                    Result = $(if ($met) { 'pass' } else { 'fail' }); Drift = @()
                    Detail = "estimated $($estimate.Credits) credits (unit_credit x length x count); Akool charged $(if ($null -eq $job.Credits) { 'nothing it reported' } else { $job.Credits })" })
        }
    }
    if ($done.Count -gt 0) {
        # One Save-AkoolVideo for all, so that two jobs of one source get two file names.
        $saveErrors = $null
        $files = @($done | Save-AkoolVideo -Path $SavePath -Force -ErrorVariable saveErrors -ErrorAction SilentlyContinue)
        foreach ($failure in @($saveErrors)) { $Rows.Add((New-FailedRow "Save $($failure.TargetObject.Kind) $($failure.TargetObject.Id)" $failure)) }
        $Rows.Add([pscustomobject]@{ PSTypeName = 'AkoolPS.LiveCheckRow'; Call = 'Save results'; Result = $(if ($files.Count -ge $done.Count) { 'pass' } else { 'fail' })
                Drift = @(); Detail = "$($files.Count) file(s) for $($done.Count) job(s) in $SavePath" })
    }
    $before - (Get-AkoolCredit -ErrorAction Stop).Credit
}

function Wait-SpendJobs($Jobs, [TimeSpan] $Timeout, [TimeSpan] $PollInterval, $Rows) {
    if (-not $Jobs -or @($Jobs).Count -eq 0) { return }
    $failures = $null
    $Jobs | Wait-AkoolVideo -Timeout $Timeout -PollInterval $PollInterval -ErrorVariable failures -ErrorAction SilentlyContinue
    foreach ($failure in @($failures)) { $Rows.Add((New-FailedRow "Wait $($failure.TargetObject.Kind) $($failure.TargetObject.Id)" $failure)) }
}

function New-FailedRow([string] $Call, $ErrorRecord) {
    [pscustomobject]@{ PSTypeName = 'AkoolPS.LiveCheckRow'; Call = $Call; Result = 'fail'; Drift = @(); Detail = "$($ErrorRecord.FullyQualifiedErrorId): $($ErrorRecord.Exception.Message)" }
}

function Test-JobStatusShape {
    # The raw status answer of a finished job, compared with what the module reads of its kind.
    param([uri] $BaseUri, [hashtable] $Headers, $Job, [string] $Note)
    $row = if ("$($Job.Kind)" -eq 'ImageToVideo') {
        @{ Method = 'POST'; Path = 'api/open/v4/image2Video/resultsByIds'; Body = @{ _ids = $Job.Id }
            Shape = [ordered]@{ code = 'number'; 'msg?' = 'string'; data = [ordered]@{ result = @($script:ImageVideo) } } }
    } else {
        @{ Method = 'GET'; Path = 'api/open/v3/content/video/infobymodelid'; Query = "video_model_id=$($Job.Id)"
            Shape = [ordered]@{ code = 'number'; 'msg?' = 'string'; data = $script:JobV3 } }
    }
    $answer = Invoke-RawAkoolCall -BaseUri $BaseUri -Headers $Headers -Row $row
    New-Row -Name "$($Job.Kind) job, status $($Job.Status)" -Answer $answer -Expect @(1000) -Shape $row.Shape -Note $Note
}

Export-ModuleMember -Function Get-AkoolLiveCheckTable, Compare-AkoolShape, Invoke-AkoolLiveCheck, Get-AkoolSpendPlan
