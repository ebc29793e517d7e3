# Builds AkoolPS's external help from the PlatyPS-style markdown in docs/<culture>/ with nothing but what
# pwsh has (no PlatyPS): the MAML file Get-Help reads for the compiled cmdlets, and the plain text of the
# about topic. The markdown is the source; what this writes is build output.
Set-StrictMode -Version 3.0

$script:Maml = 'http://schemas.microsoft.com/maml/2004/10'
$script:Command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$script:Dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$script:MSHelp = 'http://msdn.microsoft.com/mshelp'
$script:AboutWidth = 80

#region Public

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
        Import-Module ./tools/HelpBuilder.psm1; Build-AkoolHelp -DocsPath ./docs/en-US -OutputPath $ModuleDir
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

#endregion

#region Markdown

function Read-MarkdownLine([string] $Path) {
    $text = [IO.File]::ReadAllText((Resolve-Path -LiteralPath $Path).ProviderPath)
    return , ($text -replace "`r`n?", "`n").TrimEnd("`n").Split("`n")
}

function Read-FrontMatter([string[]] $Line, [string] $Path) {
    # The YAML between the first two '---' lines: "key: value" pairs.
    $metadata = [ordered]@{}
    if ($Line.Count -eq 0 -or $Line[0].Trim() -ne '---') { throw "$Path does not start with front matter ('---')." }
    $end = [Array]::FindIndex($Line, 1, [Predicate[string]] { param($l) $l.Trim() -eq '---' })
    if ($end -lt 0) { throw "$Path has front matter without its closing '---'." }
    foreach ($entry in $Line | Select-Object -Skip 1 -First ($end - 1)) {
        if ($entry -match '^\s*([^:]+?)\s*:\s*(.*?)\s*$') { $metadata[$Matches[1]] = $Matches[2] }
    }
    foreach ($key in 'external help file', 'Module Name', 'schema') {
        if (-not $metadata.Contains($key)) { throw "$Path has no '$key' in its front matter." }
    }
    $body = if ($end + 1 -lt $Line.Count) { $Line[($end + 1)..($Line.Count - 1)] } else { @() }
    return @{ Metadata = $metadata; Body = [string[]] $body }
}

function Get-MarkdownBlock([string[]] $Line, [string] $Path) {
    # Splits lines into headings, fenced code blocks and paragraphs (runs of non-blank lines).
    $blocks = [Collections.Generic.List[object]]::new()
    $paragraph = [Collections.Generic.List[string]]::new()
    $code = $null
    $language = $null
    $flush = {
        if ($paragraph.Count -gt 0) {
            $blocks.Add([pscustomobject]@{ Kind = 'Paragraph'; Level = 0; Text = ''; Language = ''; Lines = [string[]] $paragraph.ToArray() })
            $paragraph.Clear()
        }
    }
    foreach ($current in $Line) {
        if ($null -ne $code) {
            if ($current -match '^\s*```\s*$') {
                $blocks.Add([pscustomobject]@{ Kind = 'Code'; Level = 0; Text = ($code -join "`n"); Language = $language; Lines = [string[]] $code.ToArray() })
                $code = $null
            } else {
                $code.Add($current)
            }
        } elseif ($current -match '^\s*```\s*([\w+-]*)\s*$') {
            . $flush
            $code = [Collections.Generic.List[string]]::new()
            $language = $Matches[1].ToLowerInvariant()
        } elseif ($current -match '^(#{1,6})\s+(.+?)\s*$') {
            . $flush
            $blocks.Add([pscustomobject]@{ Kind = 'Heading'; Level = $Matches[1].Length; Text = $Matches[2]; Language = ''; Lines = [string[]] @() })
        } elseif ($current.Trim().Length -eq 0) {
            . $flush
        } else {
            $paragraph.Add($current)
        }
    }
    if ($null -ne $code) { throw "$Path has a code block that is never closed ('``````')." }
    . $flush
    return , $blocks.ToArray()
}

function Group-MarkdownSection([object[]] $Block, [int] $Level) {
    # The blocks under each heading of the given level, keyed by the heading's text, in order.
    $sections = [ordered]@{}
    $current = $null
    foreach ($item in $Block) {
        if ($item.Kind -eq 'Heading' -and $item.Level -eq $Level) {
            $current = [Collections.Generic.List[object]]::new()
            $sections[$item.Text] = $current
        } elseif ($item.Kind -eq 'Heading' -and $item.Level -lt $Level) {
            $current = $null
        } elseif ($null -ne $current) {
            $current.Add($item)
        }
    }
    foreach ($key in @($sections.Keys)) { $sections[$key] = [object[]] $sections[$key].ToArray() }
    return $sections
}

function ConvertTo-Paragraph([object[]] $Block) {
    # Plain-text paragraphs: prose lines joined with spaces, list items and table rows one to a line,
    # code blocks indented by four spaces.
    foreach ($item in $Block) {
        switch ($item.Kind) {
            'Paragraph' { Join-ParagraphLine -Line $item.Lines }
            'Code' { ($item.Lines | ForEach-Object { if ($_.Length) { '    ' + $_ } else { '' } }) -join "`n" }
            'Heading' { ConvertFrom-InlineMarkdown $item.Text }
        }
    }
}

function Join-ParagraphLine([string[]] $Line) {
    $out = [Collections.Generic.List[string]]::new()
    foreach ($text in $Line) {
        $starts = $text -match '^\s*([-*+]|\d+\.)\s+' -or $text -match '^\s*\|'
        if ($out.Count -eq 0 -or $starts) { $out.Add($text.Trim()) } else { $out[$out.Count - 1] += ' ' + $text.Trim() }
    }
    return (($out | ForEach-Object { ConvertFrom-InlineMarkdown $_ }) -join "`n")
}

function ConvertFrom-InlineMarkdown([string] $Text) {
    # Links become their text (with the address when it is a web address); emphasis marks go; code marks stay.
    $Text = [regex]::Replace($Text, '\[([^\]]+)\]\(([^)\s]*)\)', {
            param($m)
            if ($m.Groups[2].Value -match '^https?://') { "$($m.Groups[1].Value) ($($m.Groups[2].Value))" } else { $m.Groups[1].Value }
        })
    $Text = [regex]::Replace($Text, '(\*\*|__)(?=\S)(.+?)(?<=\S)\1', '$2')
    $Text = $Text -replace '\\([\\`*_{}\[\]()#+\-.!<>|])', '$1'
    return $Text
}

#endregion

#region Cmdlet page sections

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
        [pscustomobject]@{
            Title   = $title
            Code    = ($code | ForEach-Object Text) -join "`n`n"
            Output  = (@($items | Where-Object { $_.Kind -eq 'Code' -and $_ -notin $code }) | ForEach-Object Text) -join "`n`n"
            Remarks = @(ConvertTo-Paragraph -Block @($items | Where-Object Kind -NE 'Code'))
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

#endregion

#region MAML

function ConvertTo-MamlXml([object[]] $Page) {
    $settings = [Xml.XmlWriterSettings]@{
        Indent          = $true
        IndentChars     = '  '
        NewLineChars    = "`n"
        NewLineHandling = [Xml.NewLineHandling]::Replace
        Encoding        = [Text.UTF8Encoding]::new($false)
    }
    $buffer = [IO.MemoryStream]::new()
    $writer = [Xml.XmlWriter]::Create($buffer, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems', 'http://msh')
        $writer.WriteAttributeString('schema', 'maml')
        foreach ($item in $Page) { Write-MamlCommand -Writer $writer -Page $item }
        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    } finally {
        $writer.Dispose()
    }
    return $settings.Encoding.GetString($buffer.ToArray()) + "`n"
}

function Write-MamlCommand([Xml.XmlWriter] $Writer, [object] $Page) {
    $Writer.WriteStartElement('command', 'command', $script:Command)
    $Writer.WriteAttributeString('xmlns', 'maml', $null, $script:Maml)
    $Writer.WriteAttributeString('xmlns', 'command', $null, $script:Command)
    $Writer.WriteAttributeString('xmlns', 'dev', $null, $script:Dev)
    $Writer.WriteAttributeString('xmlns', 'MSHelp', $null, $script:MSHelp)

    $verb, $noun = $Page.Name.Split('-', 2)
    $Writer.WriteStartElement('command', 'details', $script:Command)
    $Writer.WriteElementString('command', 'name', $script:Command, $Page.Name)
    $Writer.WriteElementString('command', 'verb', $script:Command, $verb)
    $Writer.WriteElementString('command', 'noun', $script:Command, $noun)
    Write-MamlDescription -Writer $Writer -Paragraph $Page.Synopsis
    $Writer.WriteEndElement()

    Write-MamlDescription -Writer $Writer -Paragraph $Page.Description
    Write-MamlSyntax -Writer $Writer -Page $Page
    $Writer.WriteStartElement('command', 'parameters', $script:Command)
    foreach ($parameter in $Page.Parameters) {
        Write-MamlParameter -Writer $Writer -Parameter $parameter -Block (Merge-ParameterBlock $parameter.Blocks)
    }
    $Writer.WriteEndElement()
    Write-MamlTypeList -Writer $Writer -ListName 'inputTypes' -ItemName 'inputType' -Type $Page.Inputs
    Write-MamlTypeList -Writer $Writer -ListName 'returnValues' -ItemName 'returnValue' -Type $Page.Outputs

    $Writer.WriteStartElement('maml', 'alertSet', $script:Maml)
    $Writer.WriteStartElement('maml', 'alert', $script:Maml)
    Write-MamlParagraph -Writer $Writer -Paragraph $Page.Notes
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()

    Write-MamlExample -Writer $Writer -Example $Page.Examples
    Write-MamlLink -Writer $Writer -Link $Page.Links
    $Writer.WriteEndElement()
}

function Write-MamlSyntax([Xml.XmlWriter] $Writer, [object] $Page) {
    # One syntax item per parameter set, its parameters in the order of the page's syntax line.
    $Writer.WriteStartElement('command', 'syntax', $script:Command)
    foreach ($set in $Page.Syntax) {
        $Writer.WriteStartElement('command', 'syntaxItem', $script:Command)
        $Writer.WriteElementString('maml', 'name', $script:Maml, $Page.Name)
        foreach ($name in $set.ParameterNames) {
            $parameter = @($Page.Parameters | Where-Object Name -EQ $name)
            if ($parameter.Count -ne 1) { throw "$($Page.Path): the syntax of $($set.Name) names -$name, which has no '### -$name' under PARAMETERS." }
            $block = Select-ParameterBlock -Parameter $parameter[0] -SetName $set.Name -Path $Page.Path
            Write-MamlParameter -Writer $Writer -Parameter $parameter[0] -Block $block -InSyntax
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Select-ParameterBlock([object] $Parameter, [string] $SetName, [string] $Path) {
    foreach ($block in $Parameter.Blocks) {
        $sets = @($block['Parameter Sets'] -split ',' | ForEach-Object Trim)
        if ($sets -contains '(All)' -or $sets -contains $SetName) { return $block }
    }
    throw "${Path}: -$($Parameter.Name) is in the syntax of $SetName, but none of its yaml blocks names that parameter set."
}

function Merge-ParameterBlock([object[]] $Blocks) {
    # A parameter described by several yaml blocks (one per parameter set) is one entry in the list of
    # parameters: required if required anywhere, its parameter sets together.
    $merged = [ordered]@{}
    foreach ($key in $Blocks[0].Keys) { $merged[$key] = $Blocks[0][$key] }
    if ($Blocks.Count -gt 1) {
        $merged['Parameter Sets'] = (@($Blocks | ForEach-Object { $_['Parameter Sets'] -split ',' } | ForEach-Object Trim | Select-Object -Unique) -join ', ')
        if (@($Blocks | Where-Object { $_['Required'] -eq 'True' }).Count) { $merged['Required'] = 'True' }
    }
    return $merged
}

function Write-MamlParameter([Xml.XmlWriter] $Writer, [object] $Parameter, [Collections.IDictionary] $Block, [switch] $InSyntax) {
    $isSwitch = $Block['Type'] -eq 'SwitchParameter'
    $position = if ($Block['Position'] -eq 'Named') { 'named' } else { $Block['Position'] }
    $aliases = if ($Block['Aliases']) { $Block['Aliases'] } else { 'none' }
    $Writer.WriteStartElement('command', 'parameter', $script:Command)
    $Writer.WriteAttributeString('required', $Block['Required'].ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', 'true')
    $Writer.WriteAttributeString('globbing', $Block['Accept wildcard characters'].ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', $Block['Accept pipeline input'])
    $Writer.WriteAttributeString('position', $position)
    $Writer.WriteAttributeString('aliases', $aliases)
    $Writer.WriteElementString('maml', 'name', $script:Maml, $Parameter.Name)
    Write-MamlDescription -Writer $Writer -Paragraph $Parameter.Description
    if ($Block.Contains('Accepted values')) {
        # Get-Help shows these in the syntax: -Kind {Translation | TalkingPhoto | ...}
        $Writer.WriteStartElement('command', 'parameterValueGroup', $script:Command)
        foreach ($value in $Block['Accepted values'] -split ',') {
            $Writer.WriteStartElement('command', 'parameterValue', $script:Command)
            $Writer.WriteAttributeString('required', 'false')
            $Writer.WriteAttributeString('command', 'variableLength', $script:Command, 'false')
            $Writer.WriteString($value.Trim())
            $Writer.WriteEndElement()
        }
        $Writer.WriteEndElement()
    }
    if (-not ($isSwitch -and $InSyntax)) {
        $Writer.WriteStartElement('command', 'parameterValue', $script:Command)
        $Writer.WriteAttributeString('required', $(if ($isSwitch) { 'false' } else { 'true' }))
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($Block['Type'])
        $Writer.WriteEndElement()
    }
    Write-MamlType -Writer $Writer -Name $Block['Type']
    $Writer.WriteElementString('dev', 'defaultValue', $script:Dev, $Block['Default value'])
    $Writer.WriteEndElement()
}

function Write-MamlTypeList([Xml.XmlWriter] $Writer, [string] $ListName, [string] $ItemName, [object[]] $Type) {
    $Writer.WriteStartElement('command', $ListName, $script:Command)
    foreach ($item in $Type) {
        $Writer.WriteStartElement('command', $ItemName, $script:Command)
        Write-MamlType -Writer $Writer -Name $item.Type -NoUri
        Write-MamlDescription -Writer $Writer -Paragraph $item.Description
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlType([Xml.XmlWriter] $Writer, [string] $Name, [switch] $NoUri) {
    $Writer.WriteStartElement('dev', 'type', $script:Dev)
    $Writer.WriteElementString('maml', 'name', $script:Maml, $Name)
    if (-not $NoUri) { $Writer.WriteElementString('maml', 'uri', $script:Maml, '') }
    $Writer.WriteEndElement()
}

function Write-MamlExample([Xml.XmlWriter] $Writer, [object[]] $Example) {
    $Writer.WriteStartElement('command', 'examples', $script:Command)
    foreach ($item in $Example) {
        $Writer.WriteStartElement('command', 'example', $script:Command)
        $Writer.WriteElementString('maml', 'title', $script:Maml, "--------- $($item.Title) ---------")
        $code = if ($item.Output) { $item.Code + "`n`n" + $item.Output } else { $item.Code }
        $Writer.WriteElementString('dev', 'code', $script:Dev, $code)
        $Writer.WriteStartElement('dev', 'remarks', $script:Dev)
        # The empty paragraph is the blank line Get-Help otherwise leaves out before the next example.
        Write-MamlParagraph -Writer $Writer -Paragraph (@($item.Remarks) + '')
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlLink([Xml.XmlWriter] $Writer, [object[]] $Link) {
    $Writer.WriteStartElement('command', 'relatedLinks', $script:Command)
    foreach ($item in $Link) {
        # Links between pages (Wait-AkoolVideo.md) mean the command of that name: Get-Help resolves it by its text.
        $uri = if ($item.Uri -match '^https?://') { $item.Uri } else { '' }
        $Writer.WriteStartElement('maml', 'navigationLink', $script:Maml)
        $Writer.WriteElementString('maml', 'linkText', $script:Maml, $item.Text)
        $Writer.WriteElementString('maml', 'uri', $script:Maml, $uri)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlDescription([Xml.XmlWriter] $Writer, [string[]] $Paragraph) {
    $Writer.WriteStartElement('maml', 'description', $script:Maml)
    Write-MamlParagraph -Writer $Writer -Paragraph $Paragraph
    $Writer.WriteEndElement()
}

function Write-MamlParagraph([Xml.XmlWriter] $Writer, [string[]] $Paragraph) {
    foreach ($text in $Paragraph) { $Writer.WriteElementString('maml', 'para', $script:Maml, $text) }
}

#endregion

#region About topics

function ConvertTo-AboutText([string[]] $Line, [string] $Path) {
    # PlatyPS's layout: TOPIC, then each '##' heading in capitals and each '###' heading as written, at the
    # margin; text indented by four and wrapped at 80 columns; code indented by eight, never wrapped.
    $blocks = Get-MarkdownBlock -Line $Line -Path $Path
    $title = @($blocks | Where-Object { $_.Kind -eq 'Heading' -and $_.Level -eq 1 })
    if ($title.Count -ne 1 -or $title[0].Text -notmatch '^about_\S+$') { throw "$Path must start with '# about_<Topic>'." }
    $sections = Group-MarkdownSection -Block $blocks -Level 2
    foreach ($required in 'SHORT DESCRIPTION', 'LONG DESCRIPTION') {
        if (-not $sections.Contains($required)) { throw "$Path has no '## $required' section." }
    }

    $out = [Collections.Generic.List[string]]::new()
    $out.Add('TOPIC')
    $out.Add('    ' + $title[0].Text)
    $afterHeading = $true
    foreach ($item in $blocks) {
        if ($item.Kind -eq 'Heading' -and $item.Level -eq 1) { continue }
        if ($item.Kind -eq 'Heading' -or -not $afterHeading) { $out.Add('') }
        $afterHeading = $item.Kind -eq 'Heading'
        switch ($item.Kind) {
            'Heading' { $out.Add($(if ($item.Level -eq 2) { $item.Text.ToUpperInvariant() } else { ConvertFrom-InlineMarkdown $item.Text })) }
            'Code' { foreach ($code in $item.Lines) { $out.Add($(if ($code.Length) { (' ' * 8) + $code } else { '' })) } }
            'Paragraph' { foreach ($text in (Join-ParagraphLine -Line $item.Lines).Split("`n")) { Add-WrappedLine -Out $out -Text $text } }
        }
    }
    return ($out -join "`n") + "`n"
}

function Add-WrappedLine([Collections.Generic.List[string]] $Out, [string] $Text) {
    # Table rows stay as they are; list items hang their continuation lines under their text.
    if ($Text.StartsWith('|')) { $Out.Add('    ' + $Text); return }
    $hang = if ($Text -match '^([-*+]|\d+\.)\s+') { $Matches[0].Length } else { 0 }
    $indent = '    '
    $line = $indent
    foreach ($word in $Text.Split(' ', [StringSplitOptions]::RemoveEmptyEntries)) {
        if ($line.Trim().Length -gt 0 -and $line.Length + 1 + $word.Length -gt $script:AboutWidth) {
            $Out.Add($line)
            $line = $indent + (' ' * $hang)
        }
        $line = if ($line.Trim().Length -eq 0) { $line + $word } else { $line + ' ' + $word }
    }
    $Out.Add($line)
}

#endregion

#region Files

function Get-SortedMarkdownFile([string] $Path) {
    $files = @(Get-ChildItem -LiteralPath $Path -Filter '*.md' -File)
    $names = [string[]] @($files | ForEach-Object Name)
    [Array]::Sort($names, [StringComparer]::Ordinal)
    foreach ($name in $names) { $files | Where-Object Name -CEQ $name }
}

function Write-TextFile([string] $Path, [string] $Text) {
    [IO.File]::WriteAllText($Path, $Text, [Text.UTF8Encoding]::new($false))
}

#endregion

Export-ModuleMember -Function Build-AkoolHelp, Read-AkoolHelpPage
