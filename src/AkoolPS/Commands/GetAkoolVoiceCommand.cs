using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Client;
using AkoolPS.Client.Models;
using AkoolPS.Completion;

namespace AkoolPS.Commands;

/// <summary>
/// Get-AkoolVoice: VoiceLab's voices, Akool's and your clones. Pages are fetched one at a time as the
/// pipeline asks for more, so <c>Select-Object -First 3</c> costs one request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "AkoolVoice", SupportsPaging = true)]
[OutputType(typeof(AkoolVoice))]
public sealed class GetAkoolVoiceCommand : AkoolApiCmdlet
{
    /// <summary>Akool (Akool's voices, the default), Clone (your clones) or All.</summary>
    [Parameter]
    [ValidateSet("Akool", "Clone", "All", IgnoreCase = true)]
    public string Type { get; set; } = "Akool";

    /// <summary>Only voices whose name contains this text (Akool's fuzzy search).</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(VoiceNameCompleter))]
    public string? Name { get; set; }

    /// <summary>Only voices of these languages: a code (pl, zh-CN) or a name (Polish).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Code", "LanguageCode", "Locale")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string[]? Language { get; set; }

    /// <summary>Only voices with any of these gender tags (Male, Female).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Gender { get; set; }

    /// <summary>Only voices with any of these age tags (Young, Middle, Elderly).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Age { get; set; }

    /// <summary>Only voices with any of these style tags (Calm, Authoritative, ...).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Style { get; set; }

    /// <summary>Only voices with any of these scenario tags (Advertisement, Education, ...).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Scenario { get; set; }

    /// <summary>How many voices to ask Akool for per request (1 to 100).</summary>
    [Parameter]
    [ValidateRange(1, AkoolClient.MaxVoiceLabPageSize)]
    public int PageSize { get; set; } = AkoolClient.MaxVoiceLabPageSize;

    private ulong skipped;
    private ulong written;
    private bool totalWritten;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var types = Type.ToLowerInvariant() switch
        {
            "clone" => new[] { AkoolVoiceType.Clone },
            "all" => new[] { AkoolVoiceType.Clone, AkoolVoiceType.Akool },
            _ => new[] { AkoolVoiceType.Akool },
        };
        var firstPages = types.ToDictionary(t => t, t => (VoiceLabPage?)null);
        if (!totalWritten && PagingParameters.IncludeTotalCount)
        {
            // The total needs every type's count; the first pages fetched for it are streamed, not fetched again.
            foreach (var type in types)
            {
                firstPages[type] = Fetch(type, 1);
            }

            totalWritten = true;
            WriteObject(PagingParameters.NewTotalCount((ulong)firstPages.Values.Sum(p => p!.Count), Language is null ? 1.0 : 0.0));
        }

        foreach (var type in types)
        {
            if (!Stream(type, firstPages[type]))
            {
                return;
            }
        }
    }

    /// <summary>Writes one type's voices page by page; false once -First is satisfied.</summary>
    private bool Stream(AkoolVoiceType type, VoiceLabPage? first)
    {
        for (var page = 1; written < PagingParameters.First; page++)
        {
            var result = page == 1 && first is not null ? first : Fetch(type, page);
            foreach (var voice in result.Voices.Where(MatchesLanguage))
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

        return false;
    }

    private VoiceLabPage Fetch(AkoolVoiceType type, int page)
    {
        var filter = new VoiceLabFilter { Type = type, Name = Name, Genders = Gender, Ages = Age, Styles = Style, Scenarios = Scenario };
        return Run(token => ActiveSession.Client.GetVoiceLabPageAsync(filter, page, PageSize, token));
    }

    /// <summary>A language matches the voice's locale (also as the first part of zh-CN), or its language's name.</summary>
    private bool MatchesLanguage(VoiceLabVoice voice) =>
        Language is null || Language.Any(wanted =>
            string.Equals(wanted, voice.Locale, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(wanted, voice.Language, StringComparison.OrdinalIgnoreCase) ||
            (voice.Locale is { Length: > 0 } locale && wanted.StartsWith(locale + "-", StringComparison.OrdinalIgnoreCase)));
}
