@{
    # The module's version is set here and only here: build.ps1 stamps it into the assemblies.
    ModuleVersion        = '0.1.0'
    RootModule           = 'AkoolPS.dll'
    # Loaded before the cmdlets: refuses a second AkoolPS version in one session, in words.
    NestedModules        = @('AkoolPS.Guard.dll')
    GUID                 = '6f0b7a52-3c1e-4d38-9a57-1d2e6c4b8f10'
    Author               = 'AkoolPS contributors'
    CompanyName          = 'AkoolPS contributors'
    Copyright            = '(c) AkoolPS contributors. MIT licence.'
    Description          = 'Compiled cmdlets for the Akool Open API: translate videos into many languages, make talking-photo, lip-sync and image-to-video jobs, wait for them and save the results, with typed objects that pipe from one cmdlet to the next.'
    # Windows PowerShell 5.1, or PowerShell 7.4 and later. A manifest cannot say "5.1 or 7.4+", so this admits
    # PowerShell 7.0-7.3 too, whose .NET cannot load the module's net8.0 loader: there the nested guard
    # (src/AkoolPS.Guard) refuses the import in words, naming the version needed.
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    FormatsToProcess     = @('AkoolPS.Format.ps1xml')
    # Update-Help looks here for AkoolPS_<GUID>_HelpInfo.xml; the help also ships inside the module.
    HelpInfoURI          = 'https://github.com/akoolps/AkoolPS/releases/latest/download/'
    CmdletsToExport      = @(
        'Connect-Akool'
        'Disconnect-Akool'
        'Get-AkoolSession'
        'Get-AkoolLanguage'
        'Get-AkoolVoice'
        'New-AkoolSpeech'
        'New-AkoolVoiceClone'
        'New-AkoolVoiceChange'
        'Remove-AkoolVoice'
        'Get-AkoolAvatar'
        'New-AkoolTalkingAvatar'
        'Test-AkoolContent'
        'New-AkoolTranslation'
        'Get-AkoolVideo'
        'Wait-AkoolVideo'
        'Save-AkoolVideo'
        'New-AkoolTalkingPhoto'
        'New-AkoolLipSync'
        'New-AkoolImageToVideo'
        'Add-AkoolVideoAudio'
        'Get-AkoolCredit'
        'ConvertFrom-AkoolWebhook'
        'Get-AkoolModel'
        'Get-AkoolEffect'
        'New-AkoolTextToVideo'
        'New-AkoolImage'
        'Remove-AkoolVideo'
        'Find-AkoolFace'
        'New-AkoolFaceSwap'
        'New-AkoolCharacterSwap'
        'Find-AkoolHead'
        'New-AkoolHeadSwap'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Akool', 'AI', 'Video', 'Translation', 'LipSync', 'TalkingPhoto', 'Dubbing', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/akoolps/AkoolPS/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/akoolps/AkoolPS'
            IconUri      = 'https://raw.githubusercontent.com/akoolps/AkoolPS/main/assets/icon.png'
            # build.ps1 replaces this with the CHANGELOG.md section of ModuleVersion in the built manifest.
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
