# The MAML writer of the help build: the pages read by CmdletPage.ps1 become the XML Get-Help reads for the
# compiled cmdlets. Dot-sourced by HelpBuilder.psm1.

$script:Maml = 'http://schemas.microsoft.com/maml/2004/10'
$script:Command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$script:Dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$script:MSHelp = 'http://msdn.microsoft.com/mshelp'

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
    # The page's online version comes first, as PlatyPS writes it: Get-Help -Online opens the first link with a URI.
    $online = if ($Page.OnlineVersion) { @([pscustomobject]@{ Text = 'Online Version:'; Uri = $Page.OnlineVersion }) } else { @() }
    Write-MamlLink -Writer $Writer -Link (@($online) + @($Page.Links))
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
