using System;
using System.Management.Automation;
using AkoolPS.Arguments;
using AkoolPS.Base;
using AkoolPS.Completion;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>Get-AkoolLanguage: the languages Akool translates into (fetched once per session).</summary>
[Cmdlet(VerbsCommon.Get, "AkoolLanguage", DefaultParameterSetName = "Name")]
[OutputType(typeof(AkoolLanguage))]
public sealed class GetAkoolLanguageCommand : AkoolApiCmdlet
{
    /// <summary>Language names to match; wildcards allowed.</summary>
    [Parameter(Position = 0, ParameterSetName = "Name")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Exact language codes (e.g. ja, fr, zh-CN); a code Akool does not know is an error.</summary>
    [Parameter(Mandatory = true, ParameterSetName = "Code", ValueFromPipelineByPropertyName = true)]
    [Alias("LanguageCode", "Language")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string[] Code { get; set; } = Array.Empty<string>();

    /// <summary>Fetch the list again instead of using the session's copy.</summary>
    [Parameter]
    public SwitchParameter Refresh { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var languages = Run(token => ActiveSession.Client.GetLanguagesAsync(Refresh, token));
        Refresh = false;
        if (ParameterSetName == "Code")
        {
            foreach (var code in Code)
            {
                if (languages.Find(code) is { } match)
                {
                    WriteObject(new AkoolLanguage(match));
                }
                else
                {
                    WriteError(ErrorRecords.LanguageNotFound(code));
                }
            }

            return;
        }

        var names = NameFilter.Of(Name);
        foreach (var language in languages)
        {
            if (names.Matches(language.Name, language.Code))
            {
                WriteObject(new AkoolLanguage(language));
            }
        }
    }
}
