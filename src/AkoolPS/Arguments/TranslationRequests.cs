using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AkoolPS.Base;
using AkoolPS.Commands;
using AkoolPS.Client;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Arguments;

/// <summary>Turns New-AkoolTranslation's parameters into the client's request (only what was given is sent).</summary>
internal static class TranslationRequests
{
    /// <summary>The request, or null when the command refused it (a piped row with bad input).</summary>
    public static TranslationRequest? Build(NewAkoolTranslationCommand command)
    {
        var bound = command.MyInvocation.BoundParameters;
        try
        {
            var request = new TranslationRequest
            {
                Url = command.Url,
                Languages = command.Language.SelectMany(l => l.Split(',')).Select(l => l.Trim()).ToList(),
                SourceLanguage = command.SourceLanguage,
                LipSync = bound.ContainsKey(nameof(command.LipSync)) ? command.LipSync.IsPresent : null,
                SpeakerCount = bound.ContainsKey(nameof(command.SpeakerCount)) ? command.SpeakerCount : null,
                RemoveBackgroundMusic = bound.ContainsKey(nameof(command.RemoveBackgroundMusic)) ? command.RemoveBackgroundMusic.IsPresent : null,
                CaptionType = bound.ContainsKey(nameof(command.CaptionType)) ? command.CaptionType : null,
                CaptionUrl = command.CaptionUrl,
                DynamicDuration = bound.ContainsKey(nameof(command.DynamicDuration)) ? command.DynamicDuration.IsPresent : null,
                NoTranslateWords = command.NoTranslateWord,
                FixedWords = ToMap(command.FixedWord),
                PronouncedWords = ToMap(command.PronouncedWord),
                Style = bound.ContainsKey(nameof(command.Style)) ? command.Style : null,
                WebhookUrl = command.WebhookUrl,
            };
            return request;
        }
        catch (AkoolValidationException ex)
        {
            command.Refuse(ex, command.Url);
            return null;
        }
    }

    private static IReadOnlyDictionary<string, string>? ToMap(Hashtable? table) =>
        table is null || table.Count == 0
            ? null
            : table.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString() ?? string.Empty);
}
