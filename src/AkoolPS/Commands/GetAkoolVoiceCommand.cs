using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Completion;
using AkoolPS.Client;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>
/// Get-AkoolVoice: the AI voices for video translation. Pages are fetched one at a time as the
/// pipeline asks for more, so <c>Select-Object -First 3</c> costs one request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "AkoolVoice", SupportsPaging = true)]
[OutputType(typeof(AkoolVoice))]
public sealed class GetAkoolVoiceCommand : AkoolApiCmdlet
{
    /// <summary>Only voices of these languages (e.g. ja, zh-CN-shandong); all when left out.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Code", "Language")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string[]? LanguageCode { get; set; }

    /// <summary>Only voices of this gender.</summary>
    [Parameter]
    [ValidateSet("Male", "Female", IgnoreCase = true)]
    public string? Gender { get; set; }

    /// <summary>Only voices whose name matches; wildcards allowed.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>How many voices to ask Akool for per request (1 to 100).</summary>
    [Parameter]
    [ValidateRange(1, AkoolClient.MaxVoicePageSize)]
    public int PageSize { get; set; } = AkoolClient.MaxVoicePageSize;

    private ulong skipped;
    private ulong written;
    private bool totalWritten;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var pattern = Name is null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
        foreach (var code in KnownCodes())
        {
            if (!Stream(code, pattern))
            {
                return;
            }
        }
    }

    /// <summary>The codes asked for, as Akool spells them; a code Akool does not know is an error, not an empty list.</summary>
    private IEnumerable<string?> KnownCodes()
    {
        if (LanguageCode is null)
        {
            yield return null;
            yield break;
        }

        var languages = Run(token => ActiveSession.Client.GetLanguagesAsync(false, token));
        foreach (var code in LanguageCode)
        {
            if (languages.Find(code) is { } match)
            {
                yield return match.Code;
            }
            else
            {
                WriteError(ErrorRecords.LanguageNotFound(code));
            }
        }
    }

    /// <summary>Writes the voices of one language page by page; false once -First is satisfied.</summary>
    private bool Stream(string? languageCode, WildcardPattern? pattern)
    {
        if (written >= PagingParameters.First)
        {
            return false;
        }

        // A total is exact only for one unfiltered list; otherwise it is an estimate (accuracy 0).
        var exact = Gender is null && pattern is null && (LanguageCode?.Length ?? 0) <= 1;
        for (var page = 1; ; page++)
        {
            var result = Run(token => ActiveSession.Client.GetVoicePageAsync(languageCode, page, PageSize, token));
            if (!totalWritten && PagingParameters.IncludeTotalCount)
            {
                totalWritten = true;
                WriteObject(PagingParameters.NewTotalCount((ulong)result.Count, exact ? 1.0 : 0.0));
            }

            foreach (var voice in result.Voices.Where(v => Matches(v, pattern)))
            {
                if (skipped < PagingParameters.Skip)
                {
                    skipped++;
                    continue;
                }

                WriteObject(new AkoolVoice(voice));
                if (++written >= PagingParameters.First)
                {
                    return false;
                }
            }

            if (result.Voices.Count == 0 || (long)page * result.Size >= result.Count)
            {
                return true;
            }
        }
    }

    private bool Matches(VoiceInfo voice, WildcardPattern? pattern) =>
        (Gender is null || string.Equals(voice.Gender, Gender, StringComparison.OrdinalIgnoreCase)) &&
        (pattern is null || pattern.IsMatch(voice.Name ?? string.Empty));
}
