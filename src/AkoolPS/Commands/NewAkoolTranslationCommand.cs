using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using AkoolPS.Base;
using AkoolPS.Completion;
using AkoolPS.Client;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Models;

namespace AkoolPS.Commands;

/// <summary>New-AkoolTranslation: translates a video into one or more languages, one job per language.</summary>
[Cmdlet(VerbsCommon.New, "AkoolTranslation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AkoolVideo))]
public sealed class NewAkoolTranslationCommand : AkoolCreateCmdlet
{
    /// <summary>The video to translate: an http(s) address Akool can download.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("VideoUrl", "SourceUrl")]
    public Uri Url { get; set; } = null!;

    /// <summary>The target language codes (see Get-AkoolLanguage); each becomes its own job.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [Alias("TargetLanguage")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string[] Language { get; set; } = Array.Empty<string>();

    /// <summary>The video's language; DEFAULT (the default) lets Akool detect it.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string SourceLanguage { get; set; } = "DEFAULT";

    /// <summary>Synchronise the speaker's lips with the translated audio.</summary>
    [Parameter]
    public SwitchParameter LipSync { get; set; }

    /// <summary>The number of speakers; 0 (the default) lets Akool detect it.</summary>
    [Parameter]
    public int SpeakerCount { get; set; }

    /// <summary>Remove the background music.</summary>
    [Parameter]
    public SwitchParameter RemoveBackgroundMusic { get; set; }

    /// <summary>What to do with captions.</summary>
    [Parameter]
    public AkoolCaptionType CaptionType { get; set; }

    /// <summary>A subtitle file (SRT or ASS) for the captions.</summary>
    [Parameter]
    public Uri? CaptionUrl { get; set; }

    /// <summary>Let the video's length follow the translated speech.</summary>
    [Parameter]
    public SwitchParameter DynamicDuration { get; set; }

    /// <summary>Words to keep as they are (names, brands).</summary>
    [Parameter]
    public string[]? NoTranslateWord { get; set; }

    /// <summary>Fixed translations: @{ word = 'translation' }.</summary>
    [Parameter]
    public Hashtable? FixedWord { get; set; }

    /// <summary>Pronunciation corrections: @{ word = 'how to say it' }.</summary>
    [Parameter]
    public Hashtable? PronouncedWord { get; set; }

    /// <summary>The delivery style of the translated voice.</summary>
    [Parameter]
    public AkoolVoiceStyle Style { get; set; } = AkoolVoiceStyle.Professional;

    /// <summary>Where Akool posts an encrypted notice when each job ends.</summary>
    [Parameter]
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (TranslationRequests.Build(this) is not { } request)
        {
            return;
        }

        // The language list is read only once the user has said yes (-WhatIf sends nothing); when the session
        // already has it, a wrong language is refused before the question.
        var client = ActiveSession.Client;
        SubmitMany(
            request,
            r =>
            {
                TranslationPreflight.CheckShape(r);
                if (client.CachedLanguages is { } cached)
                {
                    TranslationPreflight.Check(r, cached);
                }
            },
            Url,
            $"Translate into {string.Join(", ", request.Languages)}",
            async (r, token) => await client.CreateTranslationAsync(TranslationPreflight.Check(r, await client.GetLanguagesAsync(false, token).ConfigureAwait(false)), token).ConfigureAwait(false));
    }
}
