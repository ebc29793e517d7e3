# Generation as a user runs it: models and effects, images with their buttons, image to video with a
# model and a last frame, text to video, batches with a failing entry, credit estimates and deletes.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator

    function Initialize-Test([int] $JobDurationMs = 400) {
        Reset-TestSimulator $sim -JobDurationMs $JobDurationMs
        Connect-TestSimulator $sim
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    $batchPath = '/api/open/v4/image2Video/createBySourcePrompt/batch'
    $lastFrameModel = 'seedance-1-0-lite-i2v-250428'
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Get-AkoolModel and Get-AkoolEffect' {
    BeforeAll { Initialize-Test }

    It 'lists the models of a kind with their prices and features, fetched once per session' {
        $models = @(Get-AkoolModel -For ImageToVideo)
        $again = @(Get-AkoolModel)

        $models.Count | Should -BeGreaterThan 1
        $models | ForEach-Object { $_.For | Should -Be 'ImageToVideo' }
        $seedance = $models | Where-Object Name -EQ $lastFrameModel
        $seedance.SupportsLastFrame | Should -BeTrue
        $seedance.Resolutions[0].Name | Should -Be '480p'
        $seedance.Resolutions[0].CreditsPerSecond | Should -Be 3
        $seedance.Lengths | Should -Be @(5, 10)
        $again.For | Should -Contain 'TextToVideo'
        @(Get-SimulatorJournal $sim '/api/open/v4/aigModel/list').Count | Should -Be 1
        Get-AkoolModel -Refresh | Out-Null
        @(Get-SimulatorJournal $sim '/api/open/v4/aigModel/list').Count | Should -Be 2
    }

    It 'completes model names and effect names at Tab' {
        $models = (TabExpansion2 -inputScript ($line = 'New-AkoolImageToVideo -Model seed') -cursorColumn $line.Length).CompletionMatches
        $texts = (TabExpansion2 -inputScript ($line = 'New-AkoolTextToVideo -Model ') -cursorColumn $line.Length).CompletionMatches
        $effects = (TabExpansion2 -inputScript ($line = 'New-AkoolImageToVideo -Effect Sq') -cursorColumn $line.Length).CompletionMatches

        $models.CompletionText | Should -Be @($lastFrameModel)
        $texts.CompletionText | Should -Contain 'MiniMax-Hailuo-02'
        $texts.CompletionText | Should -Not -Contain $lastFrameModel
        $effects.CompletionText | Should -Be @('Squish')
    }

    It 'lists the effects, and -Effect takes a name and sends its code' {
        $effect = Get-AkoolEffect -Name 'cake*'

        $effect.Code | Should -Be 'cakeify_24743216'
        $effect.PreviewUrl | Should -Not -BeNullOrEmpty
        $null = New-AkoolImageToVideo -ImageUrl https://example.com/cake.png -Effect Cakeify -Prompt 'a cake'
        ((Get-SimulatorJournal $sim '*/createBySourcePrompt').body | ConvertFrom-Json).effect_code | Should -Be 'cakeify_24743216'
    }
}

Describe 'From a prompt to saved videos' {
    BeforeAll { Initialize-Test }

    It 'goes prompt, image, upscale, image to video with a model and a last frame, saved files' {
        $folder = Join-Path $TestDrive 'chain'

        $image = New-AkoolImage -Prompt 'a lighthouse at dawn' -AspectRatio 16:9 -Wait
        $upscaled = $image | New-AkoolImage -Button U2 -Wait
        $videos = $upscaled | New-AkoolImageToVideo -Prompt 'waves roll in' -Model $lastFrameModel -LastImageUrl $image.ImageUrl -Count 2 -Wait
        $saved = @($upscaled, $videos) | ForEach-Object { $_ } | Save-AkoolVideo -Path $folder

        $image.Kind, $image.Status | Should -Be 'Image', 'Completed'
        $upscaled.ImageUrl | Should -Not -BeNullOrEmpty
        @($videos).Count | Should -Be 2
        $videos | ForEach-Object { $_.Kind | Should -Be 'ImageToVideo'; $_.Status | Should -Be 'Completed' }
        @($saved).Count | Should -Be 3
        $saved | ForEach-Object { $_.Length | Should -BeGreaterThan 0 }
        $button = (Get-SimulatorJournal $sim '*/createbybutton').body | ConvertFrom-Json
        $button._id, $button.button | Should -Be $image.Id, 'U2'
        $batch = (Get-SimulatorJournal $sim $batchPath).body | ConvertFrom-Json
        $batch.image_url | Should -Be $upscaled.ImageUrl.AbsoluteUri
        $batch.last_image_url | Should -Be $image.ImageUrl.AbsoluteUri
        $batch.model_name, $batch.count | Should -Be $lastFrameModel, 2
        @(Get-SimulatorJournal $sim $batchPath).Count | Should -Be 1 -Because 'a batch is one call'
    }

    It 'makes text-to-video jobs that Get-AkoolVideo and Remove-AkoolVideo take' {
        $job = New-AkoolTextToVideo -Prompt 'a fox in the snow' -Model 'MiniMax-Hailuo-02' -Wait

        $job.Kind, $job.Status | Should -Be 'TextToVideo', 'Completed'
        (Get-AkoolVideo -Id $job.Id -Kind TextToVideo).VideoUrl | Should -Be $job.VideoUrl
        $job | Remove-AkoolVideo -Confirm:$false -ErrorAction Stop
        ((Get-SimulatorJournal $sim '*/delbyids').body | ConvertFrom-Json)._ids | Should -Be $job.Id
    }
}

Describe 'Checks against the model, before any request' {
    BeforeEach { Initialize-Test }

    It 'refuses a last frame for a model without last-frame support, and sends nothing' {
        { New-AkoolImageToVideo -ImageUrl https://example.com/a.png -Prompt 'p' -Model AkoolImage2VideoFastV1 -LastImageUrl https://example.com/b.png } |
            Should -Throw -ErrorId 'Akool.LastFrameNotSupported,*'
        @(Get-SimulatorJournal $sim $batchPath).Count | Should -Be 0
    }

    It 'lists what the model allows when a resolution, length, count or audio does not fit' {
        $err = { New-AkoolTextToVideo -Prompt 'p' -Model 'MiniMax-Hailuo-02' -Resolution 4k } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'Akool.InvalidResolution,*'
        $err.Exception.Message | Should -BeLike '*768p*'
        { New-AkoolTextToVideo -Prompt 'p' -Model 'MiniMax-Hailuo-02' -Length 10 } | Should -Throw -ErrorId 'Akool.InvalidLength,*'
        { New-AkoolTextToVideo -Prompt 'p' -Model 'MiniMax-Hailuo-02' -Count 3 } | Should -Throw -ErrorId 'Akool.InvalidCount,*'
        { New-AkoolImageToVideo -ImageUrl https://example.com/a.png -Prompt 'p' -Model $lastFrameModel -GenerateAudio } | Should -Throw -ErrorId 'Akool.AudioNotSupported,*'
        { New-AkoolTextToVideo -Prompt 'p' -Model 'no-such-model' } | Should -Throw -ErrorId 'Akool.UnknownModel,*'
        { New-AkoolImageToVideo -ImageUrl https://example.com/a.png -Prompt 'p' -Count 2 } | Should -Throw -ErrorId 'Akool.ModelRequired,*'
        @(Get-SimulatorJournal $sim '/api/open/v4/*/batch').Count | Should -Be 0
    }

    It 'refuses a call whose estimate is more than the credit left' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ credit = 40 }

        { New-AkoolTextToVideo -Prompt 'p' -Model 'seedance-1-0-lite-t2v-250428' -Resolution 720p -Length 5 -Count 2 } |
            Should -Throw -ErrorId 'Akool.InsufficientCredit,*'
        @(Get-SimulatorJournal $sim '/api/open/v4/*/batch').Count | Should -Be 0
        @(New-AkoolTextToVideo -Prompt 'p' -Model 'seedance-1-0-lite-t2v-250428' -Resolution 720p -Length 5).Count | Should -Be 1
    }

    It 'says the estimated credits in -WhatIf and sends nothing' {
        $script = Join-Path $TestDrive 'whatif.ps1'
        Set-Content $script @'
param($Module, $Uri, $Key)
Import-Module $Module
Connect-Akool -ApiKey (ConvertTo-SecureString $Key -AsPlainText -Force) -BaseUri $Uri
New-AkoolImageToVideo -ImageUrl https://example.com/a.png -Prompt 'p' -Model seedance-1-0-lite-i2v-250428 -Resolution 720p -Length 10 -Count 3 -WhatIf
'@
        $run = Invoke-TestPwsh -File $script -Arguments (Get-TestModulePath), $sim.Uri, (Get-TestApiKeyText)

        $run.Output | Should -Match 'estimated 150 credits \(5 credits/s x 10 s x 3\)'
        @(Get-SimulatorJournal $sim $batchPath).Count | Should -Be 0
    }
}

Describe 'A batch with a failing entry' {
    BeforeAll { Initialize-Test }

    It 'writes each created video as a job and the failed entry as a non-terminating error' {
        $null = Invoke-SimulatorAdmin $sim 'next-jobs' -Body @{ count = 1 }
        $null = Invoke-SimulatorAdmin $sim 'next-jobs' -Body @{ count = 1; reject = @{ code = 1015; msg = 'Video processing error' } }

        $jobs = @(New-AkoolImageToVideo -ImageUrl https://example.com/a.png -Prompt 'p' -Model $lastFrameModel -Count 3 -ErrorVariable failed -ErrorAction SilentlyContinue)

        $jobs.Count | Should -Be 2
        @($jobs.Id | Select-Object -Unique).Count | Should -Be 2
        @($failed).Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'Akool.1015,*'
        "$($failed[0].TargetObject)" | Should -BeLike "$lastFrameModel video 2 of 3"
    }
}

Describe 'Remove-AkoolVideo' {
    BeforeAll { Initialize-Test -JobDurationMs 60000 }

    It 'refuses a kind Akool cannot delete, naming it, before any request' {
        Remove-AkoolVideo -Id 'abc' -Kind Translation -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'Akool.CannotDelete,*'
        $refused[0].Exception.Message | Should -BeLike '*Translation*'
        @(Get-SimulatorJournal $sim '*/delbyids').Count | Should -Be 0
    }

    It 'reports an id Akool does not permit as a non-terminating error' {
        $running = New-AkoolImageToVideo -ImageUrl https://example.com/a.png -Prompt 'p' -Model $lastFrameModel

        $running | Remove-AkoolVideo -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'Akool.DeleteNotPermitted,*'
        $refused[0].Exception.Message | Should -BeLike '*processing*'
        @(Get-SimulatorJournal $sim '*/delbyids').Count | Should -Be 1
    }

    It 'deletes nothing with -WhatIf' {
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
        Remove-AkoolVideo -Id 'abc' -Kind ImageToVideo -WhatIf
        @(Get-SimulatorJournal $sim '*/delbyids').Count | Should -Be 0
    }
}
