# Builds AkoolPS's external help from the PlatyPS-style markdown in docs/<culture>/ with nothing but what
# pwsh has (no PlatyPS): the MAML file Get-Help reads for the compiled cmdlets, and the plain text of the
# about topic. The markdown is the source; what this writes is build output. One file per concern beside it:
#   Markdown.ps1    reads markdown into blocks and sections (knows nothing of cmdlets)
#   CmdletPage.ps1  reads and checks one cmdlet page (Read-AkoolHelpPage)
#   Maml.ps1        writes the MAML
#   AboutTopic.ps1  writes the about topics' text
Set-StrictMode -Version 3.0

foreach ($part in 'Markdown', 'CmdletPage', 'Maml', 'AboutTopic') {
    . (Join-Path $PSScriptRoot "$part.ps1")
}

function Build-AkoolHelp {
    <#
    .SYNOPSIS
        Writes <OutputPath>/<culture>/AkoolPS.dll-Help.xml and the about_*.help.txt files from the markdown in DocsPath.
    .DESCRIPTION
        DocsPath is a culture folder such as docs/en-US: its name becomes the culture folder of the output.
        Every <Cmdlet>.md becomes one command of the MAML file; every about_*.md becomes about_*.help.txt.
        A page that lacks a required section stops the build with the file and the section named.
        The output depends only on the markdown: files are read in ordinal name order and written as
        UTF-8 without BOM with LF line ends.
    .EXAMPLE
        Import-Module ./tools/help/HelpBuilder.psm1; Build-AkoolHelp -DocsPath ./docs/en-US -OutputPath $ModuleDir
        build.ps1 does this after laying out the module; Get-Help then finds en-US/AkoolPS.dll-Help.xml beside AkoolPS.dll.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory)] [string] $DocsPath,
        [Parameter(Mandatory)] [string] $OutputPath
    )

    $docs = (Resolve-Path -LiteralPath $DocsPath -ErrorAction Stop).ProviderPath
    $target = Join-Path $OutputPath (Split-Path $docs -Leaf)
    $null = New-Item -ItemType Directory -Path $target -Force

    $files = Get-SortedMarkdownFile -Path $docs
    $commandFiles = @($files | Where-Object { -not $_.Name.StartsWith('about_', [StringComparison]::OrdinalIgnoreCase) })
    $aboutFiles = @($files | Where-Object { $_.Name.StartsWith('about_', [StringComparison]::OrdinalIgnoreCase) })
    if ($commandFiles.Count -eq 0) { throw "There are no cmdlet pages (*.md) in '$docs'." }

    $pages = foreach ($file in $commandFiles) { Read-AkoolHelpPage -Path $file.FullName }
    $modules = @($pages | ForEach-Object { $_.Metadata['Module Name'] } | Select-Object -Unique)
    $helpFiles = @($pages | ForEach-Object { $_.Metadata['external help file'] } | Select-Object -Unique)
    if ($helpFiles.Count -ne 1) { throw "The pages name more than one external help file: $($helpFiles -join ', ')." }
    Write-Verbose "Read $($pages.Count) cmdlet pages of module $($modules -join ', ')."

    $mamlPath = Join-Path $target $helpFiles[0]
    Write-TextFile -Path $mamlPath -Text (ConvertTo-MamlXml -Page $pages)
    Get-Item -LiteralPath $mamlPath

    foreach ($file in $aboutFiles) {
        $textPath = Join-Path $target ($file.BaseName + '.help.txt')
        $lines = Read-MarkdownLine -Path $file.FullName
        Write-TextFile -Path $textPath -Text (ConvertTo-AboutText -Line $lines -Path $file.FullName)
        Get-Item -LiteralPath $textPath
    }
}

Export-ModuleMember -Function Build-AkoolHelp, Read-AkoolHelpPage
