# The markdown reader of the help build: lines, front matter, blocks (headings, fenced code, paragraphs),
# sections, and the plain text of paragraphs. It knows markdown, not cmdlets. Dot-sourced by HelpBuilder.psm1.

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
        } elseif ($current -match '^\s*<!--(.*?)-->\s*$') {
            # A one-line HTML comment is a note to the tools that read the page, never help text.
            . $flush
            $blocks.Add([pscustomobject]@{ Kind = 'Comment'; Level = 0; Text = $Matches[1].Trim(); Language = ''; Lines = [string[]] @() })
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

function Get-SortedMarkdownFile([string] $Path) {
    $files = @(Get-ChildItem -LiteralPath $Path -Filter '*.md' -File)
    $names = [string[]] @($files | ForEach-Object Name)
    [Array]::Sort($names, [StringComparer]::Ordinal)
    foreach ($name in $names) { $files | Where-Object Name -CEQ $name }
}

function Write-TextFile([string] $Path, [string] $Text) {
    [IO.File]::WriteAllText($Path, $Text, [Text.UTF8Encoding]::new($false))
}
