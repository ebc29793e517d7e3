# The reader and checker of one PlatyPS-style cmdlet page: every required section present, each in the
# shape PlatyPS writes, read into one object (Read-AkoolHelpPage). A page that is not stops the build with the
# file and what is missing. Dot-sourced by HelpBuilder.psm1, after Markdown.ps1.

function Read-AkoolHelpPage {
    <#
    .SYNOPSIS
        Reads one PlatyPS-style cmdlet page into an object: Name, Metadata, Synopsis, Syntax, Description,
        Examples, Parameters, Inputs, Outputs, Notes, Links.
    .DESCRIPTION
        Syntax holds one entry per parameter set (Name, IsDefault, Line, ParameterNames in order). Parameters
        holds one entry per "### -Name" heading (Name, Description, Blocks: the yaml blocks as ordered
        dictionaries); "### CommonParameters" sets SupportsCommonParameters instead. Examples hold Title,
        Code (the powershell blocks), Output (other code blocks) and Remarks. Text comes as paragraphs.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param([Parameter(Mandatory)] [string] $Path)

    $lines = Read-MarkdownLine -Path $Path
    $front = Read-FrontMatter -Line $lines -Path $Path
    $blocks = Get-MarkdownBlock -Line $front.Body -Path $Path
    $title = @($blocks | Where-Object { $_.Kind -eq 'Heading' -and $_.Level -eq 1 })
    if ($title.Count -ne 1) { throw "$Path must have exactly one '# <Cmdlet>' heading." }

    $sections = Group-MarkdownSection -Block $blocks -Level 2
    foreach ($required in 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS') {
        if (-not $sections.Contains($required)) { throw "$Path has no '## $required' section." }
    }

    $parameters = Read-ParameterSection -Block $sections['PARAMETERS'] -Path $Path
    [pscustomobject]@{
        Path                     = $Path
        Name                     = $title[0].Text
        Metadata                 = $front.Metadata
        OnlineVersion            = $(if ($front.Metadata.Contains('online version')) { $front.Metadata['online version'] } else { '' })
        Synopsis                 = (ConvertTo-Paragraph -Block $sections['SYNOPSIS']) -join ' '
        Syntax                   = @(Read-SyntaxSection -Block $sections['SYNTAX'] -Path $Path)
        Description              = @(ConvertTo-Paragraph -Block $sections['DESCRIPTION'])
        Examples                 = @(Read-ExampleSection -Block $sections['EXAMPLES'] -Path $Path)
        Parameters               = @($parameters.Parameters)
        SupportsCommonParameters = $parameters.SupportsCommonParameters
        Inputs                   = @(Read-TypeSection -Block $sections['INPUTS'])
        Outputs                  = @(Read-TypeSection -Block $sections['OUTPUTS'])
        Notes                    = @(ConvertTo-Paragraph -Block $sections['NOTES'])
        Links                    = @(Read-LinkSection -Block $sections['RELATED LINKS'])
    }
}

function Read-SyntaxSection([object[]] $Block, [string] $Path) {
    $sets = Group-MarkdownSection -Block $Block -Level 3
    if ($sets.Count -eq 0) { throw "$Path has no '### <ParameterSet>' under '## SYNTAX'." }
    foreach ($title in $sets.Keys) {
        $code = @($sets[$title] | Where-Object Kind -EQ 'Code')
        if ($code.Count -ne 1) { throw "$Path needs exactly one code block under '### $title' in SYNTAX." }
        $line = ($code[0].Lines -join ' ').Trim()
        $names = [regex]::Matches($line, '(?<=[\[\s])-(\w+)') | ForEach-Object { $_.Groups[1].Value }
        [pscustomobject]@{
            Name           = $title -replace '\s*\(Default\)\s*$', ''
            IsDefault      = $title -match '\(Default\)\s*$'
            Line           = $line
            ParameterNames = [string[]] @($names)
        }
    }
}

function Read-ParameterSection([object[]] $Block, [string] $Path) {
    $parameters = [Collections.Generic.List[object]]::new()
    $common = $false
    $sections = Group-MarkdownSection -Block $Block -Level 3
    foreach ($title in $sections.Keys) {
        if ($title -eq 'CommonParameters') { $common = $true; continue }
        if ($title -notmatch '^-(\w+)$') { throw "$Path has a parameter heading '### $title'; it must be '### -Name' or '### CommonParameters'." }
        $name = $Matches[1]
        $yaml = @($sections[$title] | Where-Object { $_.Kind -eq 'Code' -and $_.Language -eq 'yaml' })
        if ($yaml.Count -eq 0) { throw "$Path has no yaml block for -$name." }
        $parameters.Add([pscustomobject]@{
                Name        = $name
                Description = @(ConvertTo-Paragraph -Block @($sections[$title] | Where-Object { -not ($_.Kind -eq 'Code' -and $_.Language -eq 'yaml') }))
                Blocks      = @($yaml | ForEach-Object { ConvertFrom-ParameterYaml -Line $_.Lines -Name $name -Path $Path })
            })
    }
    return @{ Parameters = $parameters.ToArray(); SupportsCommonParameters = $common }
}

function ConvertFrom-ParameterYaml([string[]] $Line, [string] $Name, [string] $Path) {
    $values = [ordered]@{}
    foreach ($entry in $Line) {
        if ($entry -match '^\s*([^:]+?)\s*:\s*(.*?)\s*$') { $values[$Matches[1]] = $Matches[2] }
    }
    foreach ($key in 'Type', 'Parameter Sets', 'Aliases', 'Required', 'Position', 'Default value', 'Accept pipeline input', 'Accept wildcard characters') {
        if (-not $values.Contains($key)) { throw "$Path has no '$key' in the yaml block of -$Name." }
    }
    return $values
}

function Read-ExampleSection([object[]] $Block, [string] $Path) {
    $examples = Group-MarkdownSection -Block $Block -Level 3
    foreach ($title in $examples.Keys) {
        $items = $examples[$title]
        $code = @($items | Where-Object { $_.Kind -eq 'Code' -and $_.Language -in 'powershell', 'pwsh', 'ps1', '' })
        if ($code.Count -eq 0) { throw "$Path has no powershell code block in '### $title'." }
        # '<!-- not run: why -->' tells tests/pester/Help.Tests.ps1 why this example cannot run against the simulator.
        $notRun = @($items | Where-Object { $_.Kind -eq 'Comment' -and $_.Text -match '^not run:\s*(.+)$' } | ForEach-Object { $Matches[1] })
        [pscustomobject]@{
            Title   = $title
            Code    = ($code | ForEach-Object Text) -join "`n`n"
            Output  = (@($items | Where-Object { $_.Kind -eq 'Code' -and $_ -notin $code }) | ForEach-Object Text) -join "`n`n"
            Remarks = @(ConvertTo-Paragraph -Block @($items | Where-Object { $_.Kind -notin 'Code', 'Comment' }))
            NotRun  = if ($notRun) { $notRun[0] } else { '' }
        }
    }
}

function Read-TypeSection([object[]] $Block) {
    $types = Group-MarkdownSection -Block $Block -Level 3
    foreach ($name in $types.Keys) {
        [pscustomobject]@{ Type = $name; Description = @(ConvertTo-Paragraph -Block $types[$name]) }
    }
}

function Read-LinkSection([object[]] $Block) {
    foreach ($item in $Block | Where-Object Kind -EQ 'Paragraph') {
        foreach ($text in $item.Lines) {
            $text = $text.Trim() -replace '^[-*+]\s+', ''
            if ($text -match '^\[([^\]]+)\]\(([^)]*)\)$') {
                [pscustomobject]@{ Text = $Matches[1]; Uri = $Matches[2] }
            } elseif ($text) {
                [pscustomobject]@{ Text = $text; Uri = '' }
            }
        }
    }
}
