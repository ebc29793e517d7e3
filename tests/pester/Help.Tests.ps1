# The help of AkoolPS. Every exported cmdlet has a page in docs/en-US whose parameters, syntax and
# parameter metadata are the cmdlet's own, whose examples use only parameters that exist, and which
# Get-Help shows from the MAML of the built module. Runs in a fresh pwsh against the built manifest in
# $env:AKOOLPS_MODULE, whose folder holds en-US/AkoolPS.dll-Help.xml made by tools/help/HelpBuilder.psm1.

BeforeDiscovery {
    if (-not $env:AKOOLPS_MODULE) { throw 'Set AKOOLPS_MODULE to the built AkoolPS.psd1 (build.ps1 -Task Test does).' }
    Import-Module $env:AKOOLPS_MODULE
    $docs = Join-Path $PSScriptRoot '../../docs/en-US'
    $cmdlets = @(Get-Command -Module AkoolPS -CommandType Cmdlet | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
    $pages = @(Get-ChildItem $docs -Filter '*-*.md' | Sort-Object Name | ForEach-Object { @{ Name = $_.BaseName } })
    # The examples run against the simulator (tests/pester/HelpExamples.psm1 says which), from every page.
    Import-Module (Join-Path $PSScriptRoot '../../tools/help/HelpBuilder.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'HelpExamples.psm1') -Force
    $runnable = @(foreach ($page in $pages) {
            $examples = @((Read-AkoolHelpPage -Path (Join-Path $docs "$($page.Name).md")).Examples)
            for ($i = 0; $i -lt $examples.Count; $i++) {
                if (Test-ExampleToRun $examples[$i]) { @{ Page = $page.Name; Index = $i; Title = $examples[$i].Title } }
            }
        })
}

BeforeAll {
    Import-Module $env:AKOOLPS_MODULE
    Import-Module (Join-Path $PSScriptRoot '../../tools/help/HelpBuilder.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Docs = (Resolve-Path (Join-Path $PSScriptRoot '../../docs/en-US')).ProviderPath
    $script:Exported = @(Get-Command -Module AkoolPS -CommandType Cmdlet | ForEach-Object Name)

    function Get-PageTypeName([type] $Type) {
        # PlatyPS writes the short name, and a nullable value type as the type itself.
        $underlying = [Nullable]::GetUnderlyingType($Type)
        if ($underlying) { $Type = $underlying }
        return $Type.Name
    }

    function Test-Hidden([Management.Automation.ParameterMetadata] $Parameter) {
        $attributes = @($Parameter.Attributes | Where-Object { $_ -is [Management.Automation.ParameterAttribute] })
        return $attributes.Count -gt 0 -and @($attributes | Where-Object { -not $_.DontShow }).Count -eq 0
    }

    function Get-DocumentedParameter([Management.Automation.CommandInfo] $Command) {
        # The parameters a page must document: all but the common ones and those hidden with DontShow.
        # -WhatIf and -Confirm are documented, as PlatyPS does.
        $common = [Management.Automation.Cmdlet]::CommonParameters + 'UseTransaction'
        $Command.Parameters.Values | Where-Object { $_.Name -notin $common -and -not (Test-Hidden $_) }
    }

    function Get-ExpectedSyntax([Management.Automation.CommandInfo] $Command) {
        # One line per parameter set, as PlatyPS writes it: positional parameters by position, then the
        # mandatory ones, then the rest, each in the cmdlet's order; hidden and common parameters left out.
        $documented = @(Get-DocumentedParameter $Command | ForEach-Object Name)
        foreach ($set in $Command.ParameterSets) {
            $parameters = @($set.Parameters | Where-Object Name -In $documented)
            $ordered = @($parameters | Where-Object Position -GE 0 | Sort-Object Position) +
                @($parameters | Where-Object { $_.Position -lt 0 -and $_.IsMandatory }) +
                @($parameters | Where-Object { $_.Position -lt 0 -and -not $_.IsMandatory })
            $parts = foreach ($parameter in $ordered) {
                $name = if ($parameter.Position -ge 0) { "[-$($parameter.Name)]" } else { "-$($parameter.Name)" }
                $text = if ($parameter.ParameterType -eq [switch]) { $name } else { "$name <$(Get-PageTypeName $parameter.ParameterType)>" }
                if ($parameter.IsMandatory) { $text } else { "[$text]" }
            }
            [pscustomobject]@{
                Name      = $set.Name
                IsDefault = $Command.ParameterSets.Count -gt 1 -and $set.IsDefault
                Line      = (@($Command.Name) + @($parts) + '[<CommonParameters>]') -join ' '
            }
        }
    }

    function Get-AcceptedValue([Management.Automation.ParameterMetadata] $Parameter) {
        $set = $Parameter.Attributes | Where-Object { $_ -is [ValidateSet] } | Select-Object -First 1
        if ($set) { return @($set.ValidValues) }
        $type = [Nullable]::GetUnderlyingType($Parameter.ParameterType)
        if (-not $type) { $type = $Parameter.ParameterType }
        if ($type.IsEnum) { return [string[]] [Enum]::GetNames($type) }
        return @()
    }

    function Get-PipelineText([Management.Automation.ParameterSetMetadata] $Set) {
        $ways = @()
        if ($Set.ValueFromPipelineByPropertyName) { $ways += 'ByPropertyName' }
        if ($Set.ValueFromPipeline) { $ways += 'ByValue' }
        if ($ways) { return "True ($($ways -join ', '))" } else { return 'False' }
    }

    function Get-HelpPageProblem([object] $Page, [Management.Automation.CommandInfo] $Command) {
        # Everything on a page that the cmdlet's metadata contradicts, one sentence per problem.
        $expected = @(Get-DocumentedParameter $Command)
        $expectedNames = @($expected | ForEach-Object Name)
        $pageNames = @($Page.Parameters | ForEach-Object Name)
        foreach ($name in $expectedNames | Where-Object { $_ -cnotin $pageNames }) { "-$name is not documented." }
        foreach ($name in $pageNames | Where-Object { $_ -cnotin $expectedNames }) { "-$name is documented but is not a public parameter of $($Command.Name)." }
        foreach ($name in $pageNames | Group-Object | Where-Object Count -GT 1 | ForEach-Object Name) { "-$name is documented more than once." }
        if (-not $Page.SupportsCommonParameters) { 'The page has no ''### CommonParameters''.' }

        foreach ($parameter in $expected | Where-Object { $_.Name -cin $pageNames }) {
            $documented = @($Page.Parameters | Where-Object Name -CEQ $parameter.Name)[0]
            Get-ParameterProblem -Parameter $parameter -Documented $documented
        }

        $sets = @(Get-ExpectedSyntax $Command)
        $pageSets = @($Page.Syntax | ForEach-Object Name)
        if (($pageSets -join ', ') -cne (($sets | ForEach-Object Name) -join ', ')) {
            "SYNTAX has the parameter sets $($pageSets -join ', '); the cmdlet has $(($sets | ForEach-Object Name) -join ', ')."
        }
        foreach ($set in $sets) {
            $syntax = @($Page.Syntax | Where-Object Name -CEQ $set.Name)[0]
            if (-not $syntax) { continue }
            if ($syntax.Line -cne $set.Line) { "The syntax of $($set.Name) is '$($syntax.Line)'; it should be '$($set.Line)'." }
            if ($syntax.IsDefault -ne $set.IsDefault) { "The syntax of $($set.Name) should $(if ($set.IsDefault) { '' } else { 'not ' })be marked (Default)." }
        }
    }

    function Get-ParameterProblem([Management.Automation.ParameterMetadata] $Parameter, [object] $Documented) {
        $name = "-$($Parameter.Name)"
        if (-not ($Documented.Description -join '').Trim()) { "$name has no description." }
        $allSets = @($Parameter.ParameterSets.Keys)
        $covered = [Collections.Generic.List[string]]::new()
        $accepted = @(Get-AcceptedValue $Parameter)
        foreach ($block in $Documented.Blocks) {
            if ($block['Type'] -cne (Get-PageTypeName $Parameter.ParameterType)) { "$name has Type '$($block['Type'])'; it is $(Get-PageTypeName $Parameter.ParameterType)." }
            if ($block['Aliases'] -cne ($Parameter.Aliases -join ', ')) { "$name has Aliases '$($block['Aliases'])'; they are '$($Parameter.Aliases -join ', ')'." }
            $wildcards = [bool]($Parameter.Attributes | Where-Object { $_ -is [SupportsWildcards] })
            if ($block['Accept wildcard characters'] -cne "$wildcards") { "$name has 'Accept wildcard characters: $($block['Accept wildcard characters'])'; it is $wildcards." }
            $pageValues = if ($block.Contains('Accepted values')) { $block['Accepted values'] } else { '' }
            if ($pageValues -cne ($accepted -join ', ')) { "$name has 'Accepted values: $pageValues'; they are '$($accepted -join ', ')'." }

            $named = @($block['Parameter Sets'] -split ',' | ForEach-Object Trim | Where-Object { $_ })
            $sets = if ($named -contains '(All)') { $allSets } else { $named }
            if ($named -contains '(All)' -and $allSets -notcontains '__AllParameterSets') { "$name says 'Parameter Sets: (All)'; it is in $($allSets -join ', ')." }
            foreach ($setName in $sets) {
                $metadata = $Parameter.ParameterSets[$setName]
                if (-not $metadata) { "$name names the parameter set '$setName', which it is not in."; continue }
                $covered.Add($setName)
                $position = if ($metadata.Position -ge 0) { "$($metadata.Position)" } else { 'Named' }
                if ($block['Required'] -cne "$($metadata.IsMandatory)") { "$name has 'Required: $($block['Required'])' in $setName; it is $($metadata.IsMandatory)." }
                if ($block['Position'] -cne $position) { "$name has 'Position: $($block['Position'])' in $setName; it is $position." }
                $pipeline = Get-PipelineText $metadata
                if ($block['Accept pipeline input'] -cne $pipeline) { "$name has 'Accept pipeline input: $($block['Accept pipeline input'])' in $setName; it is $pipeline." }
            }
        }
        foreach ($setName in $allSets | Where-Object { $_ -notin $covered }) { "$name has no yaml block for the parameter set $setName." }
    }

}

Describe 'The help pages' {
    It 'has a page for every exported cmdlet (<Name>)' -ForEach $cmdlets {
        Join-Path $script:Docs "$Name.md" | Should -Exist
    }

    It 'documents an exported cmdlet on the page <Name>.md' -ForEach $pages {
        $script:Exported | Should -Contain $Name
    }

    It 'has the about topic' {
        Join-Path $script:Docs 'about_AkoolPS.md' | Should -Exist
    }
}

Describe 'The page of <Name>' -ForEach $cmdlets {
    BeforeAll {
        $page = Read-AkoolHelpPage -Path (Join-Path $script:Docs "$Name.md")
        $command = Get-Command $Name
    }

    It 'names the cmdlet, the module and the external help file' {
        $page.Name | Should -BeExactly $Name
        $page.Metadata['Module Name'] | Should -BeExactly 'AkoolPS'
        $page.Metadata['external help file'] | Should -BeExactly 'AkoolPS.dll-Help.xml'
        $page.Synopsis | Should -Not -BeNullOrEmpty
        $page.Description | Should -Not -BeNullOrEmpty
    }

    It 'documents exactly the public parameters, with the metadata and syntax of the cmdlet' {
        Get-HelpPageProblem -Page $page -Command $command | Should -BeNullOrEmpty
    }

    It 'has at least two examples' {
        $page.Examples.Count | Should -BeGreaterOrEqual 2
        $page.Examples | ForEach-Object { $_.Remarks -join '' | Should -Not -BeNullOrEmpty -Because "$($_.Title) should say what it does" }
    }

    It 'uses only cmdlets and parameters that exist in its examples' {
        $page.Examples | ForEach-Object { Get-AkoolCodeProblem $_.Code } | Should -BeNullOrEmpty
    }

    It 'names its output types' {
        $page.Outputs.Count | Should -BeGreaterThan 0
        $declared = @($command.OutputType | ForEach-Object Name | Where-Object { $_ -ne 'System.Void' })
        foreach ($type in $declared) { $page.Outputs.Type | Should -Contain $type }
    }
}

Describe 'Get-Help <Name> in the built module' -ForEach $cmdlets {
    BeforeAll {
        $page = Read-AkoolHelpPage -Path (Join-Path $script:Docs "$Name.md")
        $help = Get-Help $Name -Full
    }

    It 'shows the synopsis and description of the page' {
        $help.Synopsis | Should -BeExactly $page.Synopsis
        # Get-Help adds blank lines between paragraphs: compare the text line by line.
        $shown = @($help.description | ForEach-Object Text) -join "`n" -split '\n' | Where-Object { $_ }
        $shown -join "`n" | Should -BeExactly (($page.Description -join "`n" -split '\n' | Where-Object { $_ }) -join "`n")
    }

    It 'shows every parameter with its description' {
        $shown = @($help.parameters.parameter | Where-Object { $_ })
        @($shown | ForEach-Object Name) -join ', ' | Should -BeExactly (@($page.Parameters | ForEach-Object Name) -join ', ')
        foreach ($parameter in $shown) {
            ($parameter.description | ForEach-Object Text) -join '' | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs a description"
        }
    }

    It 'shows the examples' {
        $examples = @($help.examples.example)
        $examples.Count | Should -Be $page.Examples.Count
        for ($i = 0; $i -lt $examples.Count; $i++) {
            $examples[$i].code.StartsWith($page.Examples[$i].Code) | Should -BeTrue -Because "example $($i + 1) should show the page's code"
            $examples[$i].title.Contains($page.Examples[$i].Title) | Should -BeTrue -Because "example $($i + 1) should have the page's title"
        }
    }

    It 'has an online version that Get-Help -Online opens' {
        $page.OnlineVersion | Should -BeExactly "https://github.com/akoolps/AkoolPS/blob/main/docs/en-US/$Name.md"
        # Get-Help -Online opens the first related link with a URI.
        @($help.relatedLinks.navigationLink | Where-Object { $_.uri })[0].uri | Should -BeExactly $page.OnlineVersion
    }

    It 'renders as text with the synopsis and every parameter' {
        $text = Get-Help $Name -Full | Out-String -Width 4096
        $text.Contains($page.Synopsis) | Should -BeTrue -Because 'the synopsis should be shown'
        foreach ($parameter in $page.Parameters) { $text.Contains("-$($parameter.Name) ") | Should -BeTrue -Because "-$($parameter.Name) should be shown" }
    }
}

Describe 'Get-Help about_AkoolPS' {
    It 'shows the about topic' {
        $text = Get-Help about_AkoolPS -ErrorAction Stop | Out-String
        $text | Should -BeLike '*about_AkoolPS*'
        $text | Should -BeLike '*SHORT DESCRIPTION*'
        $text | Should -BeLike '*Akool.CreateOutcomeUnknown*'
    }
}

Describe 'The examples, run against the simulator' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'HelpExamples.psm1') -Force
        $sim = Start-TestSimulator @('--job-duration-ms', '300', '--client-id', (Get-ExampleClientId))
    }

    AfterAll { Stop-TestSimulator $sim }

    It 'runs the examples of several pages (<Count> of them)' -ForEach @(@{ Count = @($runnable).Count }) {
        $Count | Should -BeGreaterThan 10
    }

    It '<Page>: <Title> prints what the page shows and saves the files it names' -ForEach $runnable {
        $example = @((Read-AkoolHelpPage -Path (Join-Path $script:Docs "$Page.md")).Examples)[$Index]
        $run = Invoke-HelpExample -Example $example -Simulator $sim -WorkPath (Join-Path $TestDrive "$Page-$Index")

        Get-ExampleProblem -Example $example -Run $run | Should -BeNullOrEmpty -Because "the example printed:`n$($run.Output)"
    }
}

Describe 'The example checker' {
    BeforeAll { Import-Module (Join-Path $PSScriptRoot 'HelpExamples.psm1') -Force }

    It 'finds the page''s lines among those printed, ids, times and the API''s address aside' {
        $page = "Id                       Status`n--                       ------`n6b0a403219bd1332f3638290 Completed`n...`nConnectedAt : 11/28/2026 09:14:03 +01:00`nBaseUri : https://openapi.akool.com/"
        $printed = "`nId                       Status`n--                       ------`n6b0a48aa19bd1332f3638aaa Completed`n6b0a48aa19bd1332f3638aab Completed`nConnectedAt : 3/2/2027 7:01:09 PM +00:00`nBaseUri : http://127.0.0.1:40123/`n"
        Compare-ExampleOutput -Expected $page -Actual $printed | Should -BeNullOrEmpty
    }

    It 'reports a column the view does not show, and a line out of its place' {
        Compare-ExampleOutput -Expected "Credit RetrievedAt ApiFields`n------ ----------- ---------" -Actual "Credit RetrievedAt`n------ -----------" |
            Should -BeLike "*'Credit RetrievedAt ApiFields'*"
        Compare-ExampleOutput -Expected "a`nc" -Actual "a`nb`nc" | Should -BeLike "*'c'*"
    }

    It 'reports a result file the text names but the example did not save' {
        $example = [pscustomobject]@{ Output = ''; Remarks = @('The video with sound is saved as ./videos/cat.video.mp4.') }
        $run = [pscustomobject]@{ Output = ''; Files = @('videos/cat.video-with-audio.mp4') }

        Get-ExampleProblem -Example $example -Run $run | Should -Be 'The text names videos/cat.video.mp4, but the example saved videos/cat.video-with-audio.mp4.'
        Get-ExampleResultFile 'talk.mp4 becomes talk.ja.mp4 and talk.ja.original.srt' | Should -Be @('talk.ja.mp4', 'talk.ja.original.srt')
    }

    It 'runs an example that shows output or names files, unless the page says why not' {
        Test-ExampleToRun ([pscustomobject]@{ Output = 'x'; Remarks = @(); NotRun = '' }) | Should -BeTrue
        Test-ExampleToRun ([pscustomobject]@{ Output = ''; Remarks = @('saved as talk.ja.mp4'); NotRun = '' }) | Should -BeTrue
        Test-ExampleToRun ([pscustomobject]@{ Output = 'x'; Remarks = @(); NotRun = 'needs a notice Akool signed' }) | Should -BeFalse
        Test-ExampleToRun ([pscustomobject]@{ Output = ''; Remarks = @('talk.mp4'); NotRun = '' }) | Should -BeFalse
    }
}

Describe 'The page checker' {
    BeforeAll {
        $command = Get-Command Get-AkoolVideo
        $text = (Get-Content (Join-Path $script:Docs 'Get-AkoolVideo.md') -Raw) -replace "`r`n", "`n"
    }

    It 'finds nothing wrong with a correct page' {
        $page = Read-AkoolHelpPage -Path (Join-Path $script:Docs 'Get-AkoolVideo.md')
        Get-HelpPageProblem -Page $page -Command $command | Should -BeNullOrEmpty
    }

    It 'reports a missing, a renamed, an extra hidden and a misdescribed parameter' {
        $kind = [regex]::Match($text, '(?s)### -Kind\n.*?(?=### )').Value
        $hidden = "### -Language`nThe language.`n`n" + '```yaml' + "`nType: String`nParameter Sets: ById`nAliases:`n`nRequired: False`nPosition: Named`nDefault value: None`nAccept pipeline input: True (ByPropertyName)`nAccept wildcard characters: False`n" + '```' + "`n`n"
        $wrong = $text.Replace($kind, $hidden).Replace('### -Session', '### -Sessions')
        $wrong = [regex]::Replace($wrong, '(?s)(### -Id\n.*?Required: )True', '${1}False')
        $path = Join-Path $TestDrive 'Get-AkoolVideo.md'
        Set-Content -Path $path -Value $wrong -NoNewline

        $problems = @(Get-HelpPageProblem -Page (Read-AkoolHelpPage -Path $path) -Command $command)

        $problems | Should -Contain '-Kind is not documented.'
        $problems | Should -Contain '-Session is not documented.'
        $problems | Should -Contain '-Sessions is documented but is not a public parameter of Get-AkoolVideo.'
        $problems | Should -Contain '-Language is documented but is not a public parameter of Get-AkoolVideo.'
        $problems | Should -Contain '-Id has ''Required: False'' in ById; it is True.'
    }

    It 'reports a syntax line that differs from the cmdlet''s' {
        $wrong = $text.Replace('Get-AkoolVideo [-Id] <String[]> [-Kind <AkoolVideoKind>]', 'Get-AkoolVideo [-Id] <String[]> [-Kind <AkoolVideoKind>] [-Language <String>]')
        $path = Join-Path $TestDrive 'Get-AkoolVideo.md'
        Set-Content -Path $path -Value $wrong -NoNewline

        Get-HelpPageProblem -Page (Read-AkoolHelpPage -Path $path) -Command $command | Should -BeLike 'The syntax of ById is *'
    }

    It 'reports examples with unknown cmdlets and parameters, also in splatting' {
        Get-AkoolCodeProblem 'Get-AkoolVideo -Identity 1' | Should -Be 'Get-AkoolVideo has no parameter -Identity.'
        Get-AkoolCodeProblem 'Get-AkoolVideos -Id 1' | Should -Be 'Get-AkoolVideos is not a cmdlet of AkoolPS.'
        Get-AkoolCodeProblem "`$p = @{ Id = '1'; Colour = 'red' }`nGet-AkoolVideo @p" | Should -Be 'Get-AkoolVideo has no parameter -Colour.'
        Get-AkoolCodeProblem "Get-AkoolVideo -Id 1 -Kind LipSync -Verbose -_id 2 | Wait-AkoolVideo -Timeout 60" | Should -BeNullOrEmpty
    }
}
