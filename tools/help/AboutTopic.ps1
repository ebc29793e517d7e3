# The about-topic writer of the help build: about_*.md becomes the plain text Get-Help shows, laid out as
# PlatyPS lays it out. Dot-sourced by HelpBuilder.psm1, after Markdown.ps1.

$script:AboutWidth = 80

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
        if (($item.Kind -eq 'Heading' -and $item.Level -eq 1) -or $item.Kind -eq 'Comment') { continue }
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
