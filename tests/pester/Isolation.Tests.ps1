# The module's dependencies load in isolation: next to other versions of them that PowerShell or
# another module loaded first, the module works; and a second AkoolPS version says what is wrong.
# Each case runs in a fresh pwsh, because only a process that has not loaded AkoolPS shows it.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sim = Start-TestSimulator

    function Invoke-FreshPwsh([string] $Script, [object[]] $Arguments) {
        $file = Join-Path $TestDrive ("script-{0}.ps1" -f [guid]::NewGuid().ToString('N'))
        Set-Content -Path $file -Value $Script
        Invoke-TestPwsh -File $file -Arguments $Arguments
    }
}

AfterAll {
    Stop-TestSimulator $sim
}

Describe 'Dependency isolation' -Tag 'Pwsh7' {
    BeforeAll {
        # Other versions of what the module uses, as another module would have brought them.
        $others = New-Item (Join-Path $TestDrive 'others') -ItemType Directory -Force
        $cache = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
        foreach ($package in 'polly/8.5.2', 'microsoft.extensions.http/9.0.10', 'microsoft.bcl.asyncinterfaces/9.0.10',
            'microsoft.extensions.dependencyinjection.abstractions/9.0.10') {
            Copy-Item (Join-Path $cache.Trim() "$package/lib/netstandard2.0/*.dll") $others
        }
    }

    It 'works next to other versions of Polly, Microsoft.Extensions.Http and Microsoft.Bcl.AsyncInterfaces loaded first' {
        $script = {
            param($ModulePath, $Others, $BaseUri, $Out, $Key)
            $ErrorActionPreference = 'Stop'
            $preloaded = foreach ($dll in Get-ChildItem $Others -Filter *.dll) {
                try { [Reflection.Assembly]::LoadFrom($dll.FullName).GetName().ToString() } catch { "already loaded: $($dll.Name)" }
            }
            Import-Module $ModulePath
            Connect-Akool -ApiKey (ConvertTo-SecureString $Key -AsPlainText -Force) -BaseUri $BaseUri
            $files = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language ja, fr |
                Wait-AkoolVideo -PollInterval 0.2 -Timeout 60 | Save-AkoolVideo -Path $Out
            $loaded = [AppDomain]::CurrentDomain.GetAssemblies() |
                Where-Object { $_.GetName().Name -in 'Polly', 'Microsoft.Extensions.Http', 'Microsoft.Bcl.AsyncInterfaces', 'AkoolPS.Client' } |
                ForEach-Object { '{0} {1} {2}' -f $_.GetName().Name, $_.GetName().Version, [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name }
            [pscustomobject]@{ Preloaded = @($preloaded); Files = @($files.Name); Loaded = @($loaded) } | ConvertTo-Json -Compress
        }
        Reset-TestSimulator $sim -JobDurationMs 300

        $run = Invoke-FreshPwsh $script.ToString() @((Get-TestModulePath), $others.FullName, $sim.Uri, (Join-Path $TestDrive 'out'), (Get-TestApiKeyText))

        $run.ExitCode | Should -Be 0 -Because $run.Output
        $result = $run.Result
        $result.Files | Sort-Object | Should -Be @('talk.fr.mp4', 'talk.ja.mp4')
        $result.Preloaded | Should -Contain 'Polly, Version=8.0.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc'
        $result.Loaded | Should -Contain 'Polly 8.0.0.0 Default'
        $result.Loaded | Should -Contain 'Polly 7.0.0.0 AkoolPS'
        $result.Loaded | Should -Contain 'AkoolPS.Client 0.1.0.0 AkoolPS'
        @($result.Loaded | Where-Object { $_ -like 'Microsoft.Extensions.Http *' }).Count | Should -Be 2
    }

    It 'uses the current patch releases of its packages' {
        $dependencies = Join-Path (Split-Path (Get-TestModulePath)) 'dependencies'

        (Get-Item (Join-Path $dependencies 'Microsoft.Extensions.Http.Polly.dll')).VersionInfo.FileVersion |
            Should -BeLike '10.0.15*'
    }

    It 'refuses, in words, to load next to another AkoolPS version' {
        # A copy of the module as version 0.2.0, with the guard built as 0.2.0 (its assembly name carries the version).
        $copy = Join-Path $TestDrive 'AkoolPS/0.2.0'
        Copy-Item (Split-Path (Get-TestModulePath)) $copy -Recurse
        $manifest = Join-Path $copy 'AkoolPS.psd1'
        (Get-Content $manifest -Raw) -replace "ModuleVersion\s*=\s*'[^']+'", "ModuleVersion        = '0.2.0'" | Set-Content $manifest
        $guard = Join-Path $TestDrive 'guard'
        $output = & dotnet build (Join-Path $PSScriptRoot '../../src/AkoolPS.Guard/AkoolPS.Guard.csproj') -c Release -p:Version=0.2.0 -o $guard -nologo --verbosity quiet 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        Copy-Item (Join-Path $guard 'AkoolPS.Guard.0.2.0.dll') (Join-Path $copy 'AkoolPS.Guard.dll') -Force
        $script = {
            param($First, $Second)
            Import-Module $First
            try {
                Import-Module $Second -ErrorAction Stop
                'imported both'
            } catch {
                "refused: $($_.Exception.Message)"
            }
            "modules: $((Get-Module AkoolPS).Version -join ', ')"
            try { Get-AkoolLanguage -ErrorAction Stop } catch { "first usable: $($_.FullyQualifiedErrorId) from $((Get-Command Get-AkoolLanguage).Version)" }
        }

        $run = Invoke-FreshPwsh $script.ToString() @((Get-TestModulePath), $manifest)

        $run.Output | Should -Match 'refused: .*AkoolPS 0\.1\.0 is already loaded in this PowerShell session, so AkoolPS 0\.2\.0 cannot load next to it'
        $run.Output | Should -Match 'Start a new session'
        $run.Output | Should -Match 'modules: 0\.1\.0\s'
        $run.Output | Should -Match 'first usable: Akool.NotConnected,AkoolPS.Commands.GetAkoolLanguageCommand from 0\.1\.0'
    }
}

Describe 'Parallel runspaces' -Tag 'Pwsh7' {
    It 'creates and waits 40 jobs from ForEach-Object -Parallel -ThrottleLimit 8 with one session, each created once' {
        Import-Module (Get-TestModulePath) -Force
        Reset-TestSimulator $sim -JobDurationMs 500
        $session = Connect-Akool -ApiKey (Get-TestApiKey) -BaseUri $sim.Uri -PassThru
        $module = Get-TestModulePath

        $done = 1..40 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:module
            New-AkoolTranslation -Url "https://example.com/video-$_.mp4" -Language fr -Session $using:session |
                Wait-AkoolVideo -PollInterval 0.2 -Timeout 120 -Session $using:session
        }

        $done.Count | Should -Be 40
        ($done.Status | Sort-Object -Unique) | Should -Be 'Completed'
        ($done.Id | Sort-Object -Unique).Count | Should -Be 40
        $creates = @(Get-SimulatorJournal $sim '*createbytranslate')
        $creates.Count | Should -Be 40
        ($creates.body | ForEach-Object { ($_ | ConvertFrom-Json).url } | Sort-Object -Unique).Count | Should -Be 40
        Disconnect-Akool
    }
}
