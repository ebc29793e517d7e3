# The Gallery path, proved without the Gallery: the package build.ps1 made is installed by name with
# Install-PSResource in a clean pwsh whose user folders are fresh, then the DESIGN.md pipeline runs.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sim = Start-TestSimulator
    $repository = $env:AKOOLPS_REPOSITORY
}

AfterAll {
    Stop-TestSimulator $sim
}

Describe 'The module manifest' {
    It 'passes Test-ModuleManifest and says what the Gallery shows' {
        $manifest = Test-ModuleManifest -Path (Get-TestModulePath)
        $data = Import-PowerShellDataFile (Get-TestModulePath)

        $manifest.Version | Should -Be ([version]$data.ModuleVersion)
        $manifest.CompatiblePSEditions | Should -Be @('Core', 'Desktop')
        $manifest.PowerShellVersion | Should -Be ([version]'5.1')
        $data.CmdletsToExport | Should -Not -Contain '*'
        $data.CmdletsToExport.Count | Should -Be 15
        $data.FunctionsToExport.Count | Should -Be 0
        $data.FormatsToProcess | Should -Be 'AkoolPS.Format.ps1xml'
        $data.PrivateData.PSData.Tags | Should -Contain 'Akool'
        $data.PrivateData.PSData.LicenseUri | Should -Match '^https://'
        $data.PrivateData.PSData.ProjectUri | Should -Match '^https://'
        $data.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'links its help, its icon and its release''s own notes from CHANGELOG.md' {
        $data = Import-PowerShellDataFile (Get-TestModulePath)
        $root = Join-Path $PSScriptRoot '../..'
        Import-Module (Join-Path $root 'tools/BuildTools.psm1') -Force

        $data.HelpInfoURI | Should -Match '^https://'
        $data.PrivateData.PSData.IconUri | Should -Match '^https://.*/assets/icon\.png$'
        Join-Path $root 'assets/icon.png' | Should -Exist
        $notes = $data.PrivateData.PSData.ReleaseNotes
        $notes | Should -BeExactly (Get-ChangelogSection -Path (Join-Path $root 'CHANGELOG.md') -Version $data.ModuleVersion)
        $notes | Should -Match '### Added'
    }

    It 'is the version the assemblies were stamped with' {
        $folder = Split-Path (Get-TestModulePath)
        $version = [version](Import-PowerShellDataFile (Get-TestModulePath)).ModuleVersion

        ([Reflection.AssemblyName]::GetAssemblyName((Join-Path $folder 'AkoolPS.dll'))).Version.ToString(3) | Should -Be $version.ToString(3)
        ([Reflection.AssemblyName]::GetAssemblyName((Join-Path $folder 'dependencies/AkoolPS.Client.dll'))).Version.ToString(3) | Should -Be $version.ToString(3)
    }
}

Describe 'The package' -Tag 'Pwsh7' {
    It 'installs by name with Install-PSResource and runs the DESIGN.md pipeline' {
        $repository | Should -Exist -Because 'build.ps1 -Task Test packs the module first'
        $package = Get-ChildItem $repository -Filter 'AkoolPS.*.nupkg'
        $package | Should -Not -BeNullOrEmpty

        $profileRoot = New-Item (Join-Path $TestDrive "user") -ItemType Directory
        # A fresh user: PSResourceGet installs CurrentUser modules under the home folder, and keeps
        # its repositories under the local application data folder, which follow these variables.
        $folders = @{ HOME = $profileRoot.FullName; USERPROFILE = $profileRoot.FullName; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null }
        if ($IsWindows) {
            $folders.LOCALAPPDATA = (New-Item (Join-Path $profileRoot 'local') -ItemType Directory).FullName
            $folders.APPDATA = (New-Item (Join-Path $profileRoot 'roaming') -ItemType Directory).FullName
        }
        $script = Join-Path $TestDrive 'install.ps1'
        Set-Content $script {
            param($Repository, $BaseUri, $Key, $Out)
            $ErrorActionPreference = 'Stop'
            Register-PSResourceRepository -Name Local -Uri $Repository -Trusted
            Install-PSResource -Name AkoolPS -Repository Local -Scope CurrentUser -TrustRepository
            Import-Module AkoolPS
            $env:AKOOL_API_KEY = $Key
            $env:AKOOL_BASE_URI = $BaseUri
            Connect-Akool
            $null = Get-AkoolLanguage
            $files = New-AkoolTranslation -Url https://example.com/talk.mp4 -Language ja, fr |
                Wait-AkoolVideo -Timeout (New-TimeSpan -Minutes 30) -PollInterval 0.2 |
                Save-AkoolVideo -Path $Out -IncludeSubtitles
            [pscustomobject]@{
                ModuleBase = (Get-Module AkoolPS).ModuleBase
                Version = "$((Get-Module AkoolPS).Version)"
                Files = @($files.Name | Sort-Object)
            } | ConvertTo-Json -Compress
        }.ToString()
        Reset-TestSimulator $sim -JobDurationMs 300
        $run = Invoke-TestPwsh -File $script -Arguments $repository, $sim.Uri, (Get-TestApiKeyText), (Join-Path $TestDrive 'out') -Environment $folders

        $run.ExitCode | Should -Be 0 -Because $run.Output
        $result = $run.Result
        $result.ModuleBase | Should -BeLike "$($profileRoot.FullName)*"
        $result.Version | Should -Be (Import-PowerShellDataFile (Get-TestModulePath)).ModuleVersion
        $result.Files | Should -Be @('talk.fr.mp4', 'talk.fr.original.srt', 'talk.fr.translated.srt', 'talk.ja.mp4', 'talk.ja.original.srt', 'talk.ja.translated.srt')
    }
}
