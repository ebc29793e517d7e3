using System.Globalization;
using System.Text.Json.Serialization;

namespace AkoolPS.Simulator;

/// <summary>
/// A voice resource (a tts or change job) as VoiceLab answers it: the create answer (with the voice and the
/// options echoed) or the resource record (with rate, priority and language). <c>preview</c>, the audio, is
/// null until the job completes; the other variant-only fields are left out where the docs leave them out.
/// </summary>
internal sealed record ResourceView(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("update_time"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? UpdateTime,
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("team_id")] string TeamId,
    [property: JsonPropertyName("input_text"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InputText,
    [property: JsonPropertyName("source_voice_file"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceVoiceFile,
    [property: JsonPropertyName("rate"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Rate,
    [property: JsonPropertyName("preview")] string? Preview,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("webhookUrl")] string WebhookUrl,
    [property: JsonPropertyName("duration")] int Duration,
    [property: JsonPropertyName("file_name")] string FileName,
    [property: JsonPropertyName("gender")] string Gender,
    [property: JsonPropertyName("deduction_credit")] double DeductionCredit,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("priority"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Priority,
    [property: JsonPropertyName("language_code"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LanguageCode,
    [property: JsonPropertyName("__v"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version,
    [property: JsonPropertyName("voice_model_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? VoiceModelId,
    [property: JsonPropertyName("voice_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? VoiceId,
    [property: JsonPropertyName("voice_options"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object>? VoiceOptions)
{
    /// <summary>The create answer: queued, no audio yet.</summary>
    public static ResourceView Created(Job job, VoiceLabDetails details, LabVoice voice, VoiceOptionsEcho options) => new(
        job.Id, job.CreatedAt, null, SimulatorAccount.Uid, LabVoiceCatalogue.TeamId,
        (details as SpeechDetails)?.Text, (details as VoiceChangeDetails)?.SourceUrl, null, null, JobStatus.Queued, job.WebhookUrl,
        details is VoiceChangeDetails ? details.DurationMs : 0, FileOf(job, details), voice.Gender, details.DeductionCredit, NameOf(job),
        null, null, null, voice.Id, voice.VoiceId, options.Values);

    /// <summary>The resource record at <paramref name="now"/>.</summary>
    public static ResourceView Record(Job job, VoiceLabDetails details, long now)
    {
        var snapshot = job.Evaluate(now);
        var done = snapshot.Status == JobStatus.Completed;
        var gender = details switch { SpeechDetails s => s.Voice.Gender, VoiceChangeDetails c => c.Voice.Gender, _ => string.Empty };
        return new(
            job.Id, job.CreatedAt, snapshot.FinishedAt ?? 0, SimulatorAccount.Uid, LabVoiceCatalogue.TeamId,
            (details as SpeechDetails)?.Text, (details as VoiceChangeDetails)?.SourceUrl,
            snapshot.Progress.ToString(CultureInfo.InvariantCulture) + "%",
            done ? ResultFiles.Url(job, details.AudioFile) : null, snapshot.Status, job.WebhookUrl,
            done ? details.DurationMs : 0, FileOf(job, details), gender, details.DeductionCredit, NameOf(job),
            2, details.Language ?? string.Empty, 0, null, null, null);
    }

    private static string FileOf(Job job, VoiceLabDetails details) => job.CreatedAt.ToString(CultureInfo.InvariantCulture) + Path.GetExtension(details.AudioFile);

    private static string NameOf(Job job) => job.VideoId;
}

/// <summary>A clone call's answer: the docs' fields, voice_id and preview null until the clone completes.</summary>
internal sealed record CloneCreatedView(
    [property: JsonPropertyName("uid")] int Uid,
    [property: JsonPropertyName("team_id")] string TeamId,
    [property: JsonPropertyName("voice_id")] string? VoiceId,
    [property: JsonPropertyName("gender")] string Gender,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("preview")] string? Preview,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("duration")] int Duration,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("create_time")] long CreateTime,
    [property: JsonPropertyName("style")] IReadOnlyList<string> Style,
    [property: JsonPropertyName("scenario")] IReadOnlyList<string> Scenario,
    [property: JsonPropertyName("age")] IReadOnlyList<string> Age,
    [property: JsonPropertyName("deduction_credit")] int DeductionCredit,
    [property: JsonPropertyName("webhookUrl")] string WebhookUrl,
    [property: JsonPropertyName("source_voice_file")] string SourceVoiceFile,
    [property: JsonPropertyName("_id")] string Id)
{
    public static CloneCreatedView Of(Job job, VoiceCloneDetails details) => new(
        SimulatorAccount.Uid, LabVoiceCatalogue.TeamId, null, details.Gender.Count > 0 ? details.Gender[0] : string.Empty, details.Name, null,
        VoiceCloneDetails.PreviewText, details.DurationMs, JobStatus.Queued, job.CreatedAt, details.Style, details.Scenario, details.Age, 0,
        job.WebhookUrl, details.SourceUrl, job.Id);
}

/// <summary>One page of voice/list or resource/list.</summary>
internal sealed record LabPage<T>(
    [property: JsonPropertyName("result")] IReadOnlyList<T> Result,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("size")] int Size);

/// <summary>resource/detail wraps its record in <c>result</c>.</summary>
internal sealed record ResourceDetail([property: JsonPropertyName("result")] ResourceView Result);

/// <summary>The del answer: what was deleted, and why the rest was not.</summary>
internal sealed record DeleteAnswer(
    [property: JsonPropertyName("successIds")] IReadOnlyList<string> SuccessIds,
    [property: JsonPropertyName("noPermissionVoices")] IReadOnlyList<DeleteRefusal> NoPermissionVoices);

internal sealed record DeleteRefusal([property: JsonPropertyName("_id")] string Id, [property: JsonPropertyName("msg")] string Msg);
