using System.Text.Json;

namespace AkoolPS.Simulator;

/// <summary>The create bodies of VoiceLab (tts, change, clone) and the delete body, checked against the official page.</summary>
internal static class VoiceLabValidators
{
    /// <summary>The Business plan's limit; the lower plans' limits are not modelled.</summary>
    public const int MaxTextLength = 50_000;

    private const string Options = "voice_options";
    private const string Extra = "extra_options";

    private static readonly string[] Formats = ["mp3", "wav"];
    private static readonly string[] Emotions = ["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"];
    private static readonly string[] Normalizations = ["auto", "on", "off"];
    private static readonly string[] SoundEffects = ["spacious_echo", "auditorium_echo", "lofi_telephone", "robotic"];
    private static readonly int[] SampleRates = [8000, 16000, 22050, 24000, 32000, 44100];
    private static readonly int[] Bitrates = [32000, 64000, 128000, 256000];

    public static (string Text, string VoiceId, string Language, string Format, VoiceOptionsEcho Options, string Webhook) Speech(JsonElement body)
    {
        // "pitch" is not in the table, but the page's own example sends it.
        VoiceLabFields.OnlyKnown(body, ["input_text", "voice_id", Options, "webhookUrl", "language_code", Extra, "pitch"]);
        var text = JsonFields.RequiredString(body, "input_text");
        Require.That(text.Length <= MaxTextLength, $"input_text is {text.Length} characters; the limit is {MaxTextLength}");
        var voiceId = JsonFields.RequiredString(body, "voice_id");
        var options = VoiceOptions(body, ["stability", "similarity_boost", "style", "speed", "speaker_boost", "emotion", "volume"]);
        var language = VoiceLabFields.LanguageCode(body, "language_code") ?? string.Empty;
        JsonFields.OptionalInt(body, "pitch");
        var format = ExtraOptions(body) ?? "mp3";
        var webhook = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        return (text, voiceId, language, format, options, webhook);
    }

    public static (string SourceUrl, string VoiceId, string? Model, string Format, VoiceOptionsEcho Options, string Webhook) Change(JsonElement body)
    {
        VoiceLabFields.OnlyKnown(body, ["voice_id", "source_voice_file", Options, "webhookUrl", "voice_model_name"]);
        var voiceId = JsonFields.RequiredString(body, "voice_id");
        var source = JsonFields.RequiredHttpUrl(body, "source_voice_file");
        var options = VoiceOptions(body, ["stability", "similarity_boost", "style", "speaker_boost", "file_format", "remove_background_noise", "speed"]);
        var model = VoiceLabFields.OneOf(body, "voice_model_name", null, [LabVoiceCatalogue.Model1]);
        var format = JsonFields.OptionalObject(body, Options) is { } o ? VoiceLabFields.OneOf(o, "file_format", Options, Formats) : null;
        var webhook = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        return (source, voiceId, model, format ?? "mp3", options, webhook);
    }

    public static JobRequest<VoiceCloneDetails> Clone(JsonElement body)
    {
        VoiceLabFields.OnlyKnown(body, ["source_voice_file", Options, "name", "webhookUrl", "voice_model_name"]);
        var source = JsonFields.RequiredHttpUrl(body, "source_voice_file");
        var name = JsonFields.OptionalString(body, "name") is { Length: > 0 } given
            ? given
            : Path.GetFileNameWithoutExtension(new Uri(source).AbsolutePath);
        var model = VoiceLabFields.OneOf(body, "voice_model_name", null, LabVoiceCatalogue.CloneModels) ?? LabVoiceCatalogue.Model1;
        var webhook = JsonFields.OptionalHttpUrl(body, "webhookUrl") ?? string.Empty;
        IReadOnlyList<string> gender = [], age = [], style = [], scenario = [];
        var language = "en";
        if (JsonFields.OptionalObject(body, Options) is { } options)
        {
            VoiceLabFields.OnlyKnown(options, ["style", "gender", "age", "scenario", "remove_background_noise", "language", "clone_prompt", "need_volume_normalization"], Options);
            style = VoiceLabFields.Strings(options, "style", Options);
            gender = VoiceLabFields.Strings(options, "gender", Options);
            age = VoiceLabFields.Strings(options, "age", Options);
            scenario = VoiceLabFields.Strings(options, "scenario", Options);
            JsonFields.OptionalBool(options, "remove_background_noise", Options);
            JsonFields.OptionalBool(options, "need_volume_normalization", Options);
            language = VoiceLabFields.LanguageCode(options, "language", Options) ?? language;
            JsonFields.OptionalString(options, "clone_prompt", Options);
        }

        return new JobRequest<VoiceCloneDetails>(new VoiceCloneDetails(source, name, gender, age, style, scenario, language, model), webhook);
    }

    public static IReadOnlyList<string> Delete(JsonElement body)
    {
        VoiceLabFields.OnlyKnown(body, ["_ids"]);
        Require.That(body.TryGetProperty("_ids", out _), "_ids is required");
        var list = VoiceLabFields.Strings(body, "_ids", null);
        Require.That(list.Count > 0 && list.All(id => id.Length > 0), "_ids must list at least one voice id");
        return list;
    }

    private static VoiceOptionsEcho VoiceOptions(JsonElement body, IReadOnlyCollection<string> known)
    {
        if (JsonFields.OptionalObject(body, Options) is not { } options)
        {
            return VoiceOptionsEcho.None;
        }

        VoiceLabFields.OnlyKnown(options, known, Options);
        VoiceLabFields.Number(options, "stability", Options, 0, 1);
        VoiceLabFields.Number(options, "similarity_boost", Options, 0, 1);
        VoiceLabFields.Number(options, "style", Options, 0, 1);
        VoiceLabFields.Number(options, "speed", Options, 0.7, 1.2);
        JsonFields.OptionalBool(options, "speaker_boost", Options);
        JsonFields.OptionalBool(options, "remove_background_noise", Options);
        VoiceLabFields.OneOf(options, "emotion", Options, Emotions);
        VoiceLabFields.Int(options, "volume", Options, 0, 100);
        return new VoiceOptionsEcho(VoiceLabFields.Echo(options));
    }

    /// <summary>Checks extra_options; returns the audio format it asks for, if any.</summary>
    private static string? ExtraOptions(JsonElement body)
    {
        if (JsonFields.OptionalObject(body, Extra) is not { } extra)
        {
            return null;
        }

        VoiceLabFields.OnlyKnown(extra, ["previous_text", "next_text", "apply_text_normalization", "apply_language_text_normalization", "latex_read",
            "text_normalization", "audio_setting", "timber_weights", "pronunciation_dict", "voice_modify", "subtitle_enable"], Extra);
        JsonFields.OptionalString(extra, "previous_text", Extra);
        JsonFields.OptionalString(extra, "next_text", Extra);
        VoiceLabFields.OneOf(extra, "apply_text_normalization", Extra, Normalizations);
        foreach (var flag in new[] { "apply_language_text_normalization", "latex_read", "text_normalization", "subtitle_enable" })
        {
            JsonFields.OptionalBool(extra, flag, Extra);
        }

        if (JsonFields.OptionalArray(extra, "timber_weights", Extra) is { } weights)
        {
            Require.That(weights.GetArrayLength() <= 4, $"{Extra}.timber_weights holds at most 4 voices");
            foreach (var weight in weights.EnumerateArray())
            {
                Require.That(weight.ValueKind == JsonValueKind.Object, $"{Extra}.timber_weights[] must be an object");
                VoiceLabFields.OnlyKnown(weight, ["voice_id", "weight"], $"{Extra}.timber_weights[]");
                JsonFields.RequiredString(weight, "voice_id", $"{Extra}.timber_weights[]");
                Require.That(weight.TryGetProperty("weight", out _), $"{Extra}.timber_weights[].weight is required");
                VoiceLabFields.Int(weight, "weight", $"{Extra}.timber_weights[]", 1, 100);
            }
        }

        if (JsonFields.OptionalObject(extra, "pronunciation_dict", Extra) is { } dict)
        {
            VoiceLabFields.OnlyKnown(dict, ["tone"], $"{Extra}.pronunciation_dict");
            VoiceLabFields.Strings(dict, "tone", $"{Extra}.pronunciation_dict");
        }

        if (JsonFields.OptionalObject(extra, "voice_modify", Extra) is { } modify)
        {
            var parent = $"{Extra}.voice_modify";
            VoiceLabFields.OnlyKnown(modify, ["pitch", "intensity", "timbre", "sound_effects"], parent);
            VoiceLabFields.Int(modify, "pitch", parent, -100, 100);
            VoiceLabFields.Int(modify, "intensity", parent, -100, 100);
            VoiceLabFields.Int(modify, "timbre", parent, -100, 100);
            VoiceLabFields.OneOf(modify, "sound_effects", parent, SoundEffects);
        }

        if (JsonFields.OptionalObject(extra, "audio_setting", Extra) is not { } audio)
        {
            return null;
        }

        var audioParent = $"{Extra}.audio_setting";
        VoiceLabFields.OnlyKnown(audio, ["sample_rate", "bitrate", "format", "channel"], audioParent);
        if (JsonFields.OptionalInt(audio, "sample_rate", audioParent) is int rate)
        {
            Require.OneOf(rate, SampleRates, $"{audioParent}.sample_rate");
        }

        if (JsonFields.OptionalInt(audio, "bitrate", audioParent) is int bitrate)
        {
            Require.OneOf(bitrate, Bitrates, $"{audioParent}.bitrate");
        }

        VoiceLabFields.Int(audio, "channel", audioParent, 1, 2);
        return VoiceLabFields.OneOf(audio, "format", audioParent, Formats);
    }
}
