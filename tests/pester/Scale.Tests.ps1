# Batches in one pipeline: piped creates in flight together, and -StatePath, which lets a batch that was
# killed midway run again without paying twice.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $sim = Start-TestSimulator
}

AfterAll {
    Disconnect-Akool
    Stop-TestSimulator $sim
}

Describe 'Piped creates' {
    BeforeEach {
        Reset-TestSimulator $sim -JobDurationMs 500
        Connect-TestSimulator $sim
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
    }

    AfterEach { $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ latencyMs = 0 } }

    It 'are sent together, up to -ThrottleLimit, each sent once and each job written out' {
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ latencyMs = 400 }
        $rows = 1..10 | ForEach-Object { [pscustomobject]@{ Url = "https://example.com/row$_.mp4" } }

        $jobs = @($rows | New-AkoolTranslation -Language ja -ThrottleLimit 10)

        $jobs.Count | Should -Be 10
        @($jobs.SourceUrl.AbsoluteUri | Sort-Object -Unique).Count | Should -Be 10
        $creates = @(Get-SimulatorJournal $sim '*/createbytranslate')
        $creates.Count | Should -Be 10
        # One by one, each create would arrive at least 400 ms after the one before it.
        $spread = ($creates.time | Measure-Object -Maximum -Minimum)
        ($spread.Maximum - $spread.Minimum) | Should -BeLessThan 1800
    }

    It 'report a failing row about that row while the others go on' {
        Add-SimulatorFault $sim @{ path = '/api/open/v3/content/video/createbytranslate'; kind = 'code'; code = 1003 }
        $rows = 1..4 | ForEach-Object { [pscustomobject]@{ Url = "https://example.com/r$_.mp4" } }

        $jobs = @($rows | New-AkoolTranslation -Language ja -ErrorVariable failures -ErrorAction SilentlyContinue)

        $jobs.Count | Should -Be 3
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'Akool.1003*'
        "$($failures[0].TargetObject)" | Should -BeLike 'https://example.com/r*.mp4'
        @(Get-SimulatorJournal $sim '*/createbytranslate').Count | Should -Be 4
    }

    It 'send nothing with -WhatIf' {
        $rows = 1..3 | ForEach-Object { [pscustomobject]@{ Url = "https://example.com/w$_.mp4" } }
        $rows | New-AkoolTranslation -Language ja -WhatIf
        @(Get-SimulatorJournal $sim '/api/*').Count | Should -Be 0
    }
}

Describe '-StatePath' {
    BeforeEach {
        Reset-TestSimulator $sim -JobDurationMs 300
        Connect-TestSimulator $sim
        $null = Invoke-SimulatorAdmin $sim 'journal' -Method DELETE
        $state = Join-Path $TestDrive "state-$([guid]::NewGuid().ToString('N')).jsonl"
    }

    It 'writes the recorded jobs on a rerun instead of creating them again, and the file pipes into Wait-AkoolVideo' {
        $rows = 1..3 | ForEach-Object { [pscustomobject]@{ Url = "https://example.com/s$_.mp4" } }
        $first = @($rows | New-AkoolTranslation -Language ja, fr -StatePath $state)
        $again = @($rows | New-AkoolTranslation -Language ja, fr -StatePath $state -Verbose 4>&1 | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] })

        $first.Count | Should -Be 6
        ($again.Id | Sort-Object) | Should -Be ($first.Id | Sort-Object)
        @(Get-SimulatorJournal $sim '*/createbytranslate').Count | Should -Be 3
        $done = @(Get-Content $state | ConvertFrom-Json | Where-Object Id | Wait-AkoolVideo -PollInterval 0.2)
        $done.Count | Should -Be 6
        @($done | Where-Object Language -EQ 'fr').Count | Should -Be 3
    }

    It 'reports a create that may have reached Akool without an answer, and does not send it again' {
        Add-SimulatorFault $sim @{ path = '/api/open/v3/content/video/createbytranslate'; kind = 'drop'; phase = 'after' }
        $null = New-AkoolTranslation -Url https://example.com/lost.mp4 -Language ja -StatePath $state -ErrorAction SilentlyContinue -ErrorVariable first

        $null = New-AkoolTranslation -Url https://example.com/lost.mp4 -Language ja -StatePath $state -ErrorAction SilentlyContinue -ErrorVariable second

        $first[0].FullyQualifiedErrorId | Should -BeLike 'Akool.CreateOutcomeUnknown*'
        $second[0].FullyQualifiedErrorId | Should -BeLike 'Akool.CreateOutcomeUnknown*'
        $second[0].Exception.Message | Should -BeLike "*$state*"
        @(Get-SimulatorJournal $sim '*/createbytranslate').Count | Should -Be 1
    }

    It 'survives a kill midway: each create is sent at most once, every recorded job is saved, and the rest are reported' {
        $csv = Join-Path $TestDrive 'batch.csv'
        1..60 | ForEach-Object { [pscustomobject]@{ Url = "https://example.com/batch$_.mp4" } } | Export-Csv $csv
        $out = Join-Path $TestDrive 'batch-out'
        $null = Invoke-SimulatorAdmin $sim 'config' -Body @{ latencyMs = 100; jobDurationMs = 2000 }
        $arguments = @('-ModulePath', (Get-TestModulePath), '-BaseUri', $sim.Uri, '-ApiKey', (Get-TestApiKeyText), '-CsvPath', $csv, '-StatePath', $state, '-OutputPath', $out)
        $script = Join-Path $PSScriptRoot 'scripts/Invoke-StateBatch.ps1'
        $process = [Environment]::ProcessPath
        [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' } else { @() }

        $first = Start-Process $process -ArgumentList ($prefix + @('-NoProfile', '-NonInteractive', '-File', $script) + $arguments) -PassThru -RedirectStandardOutput (Join-Path $TestDrive 'first.out')
        $deadline = [DateTime]::UtcNow.AddSeconds(120)
        while ([DateTime]::UtcNow -lt $deadline -and -not $first.HasExited -and @(Get-Content $state -ErrorAction Ignore | Where-Object { $_ -like '*"Created"*' }).Count -lt 20) {
            Start-Sleep -Milliseconds 50
        }
        $first.HasExited | Should -BeFalse -Because 'the batch is killed midway'
        $first.Kill($true)
        $first.WaitForExit()

        $rerun = Invoke-TestPwsh -File $script -Arguments $arguments
        $rerun.ExitCode | Should -Be 0 -Because $rerun.Output

        $creates = @(Get-SimulatorJournal $sim '*/createbytranslate' | Where-Object status -EQ 200)
        $perRow = $creates | Group-Object { ($_.body | ConvertFrom-Json).url }
        @($perRow | Where-Object Count -GT 1).Count | Should -Be 0 -Because 'no row is paid for twice'
        $recorded = @(Get-Content $state | ConvertFrom-Json | Where-Object Id)
        $recorded.Count | Should -BeLessOrEqual $creates.Count
        ($creates.Count - $recorded.Count) | Should -BeLessOrEqual $rerun.Result.Unknown -Because 'a create Akool answered after the kill is reported, not sent again'
        $rerun.Result.Saved | Should -Be $recorded.Count -Because 'every recorded job is saved by the rerun'
        ($recorded.Count + $rerun.Result.Unknown) | Should -Be 60 -Because 'each row is either created once or reported as unknown'
    }
}
