using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AkoolPS.Client.Http;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client;

public sealed partial class AkoolClient
{
    /// <summary>The largest page of VoiceLab's voice list this client asks for.</summary>
    public const int MaxVoiceLabPageSize = 100;

    /// <summary>One page (1-based) of VoiceLab's voices: Akool's or this account's clones, filtered by Akool.</summary>
    public Task<VoiceLabPage> GetVoiceLabPageAsync(VoiceLabFilter filter, int page, int size, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(page), "Pages are numbered from 1.");
        }

        if (size is < 1 or > MaxVoiceLabPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"A page holds 1 to {MaxVoiceLabPageSize} voices.");
        }

        var query = new StringBuilder("type=").Append(filter.Type == AkoolVoiceType.Clone ? "1" : "2")
            .Append("&page=").Append(page.ToString(CultureInfo.InvariantCulture))
            .Append("&size=").Append(size.ToString(CultureInfo.InvariantCulture));
        AddList(query, "name", filter.Name is null ? null : new[] { filter.Name });
        AddList(query, "gender", filter.Genders);
        AddList(query, "age", filter.Ages);
        AddList(query, "style", filter.Styles);
        AddList(query, "scenario", filter.Scenarios);
        return connection.SendAsync(
            ApiCall.Get("api/open/v4/voice/list", query.ToString()),
            root =>
            {
                var dto = Data(root).Deserialize(AkoolJsonContext.Default.LabVoicePageDto) ?? new LabVoicePageDto();
                var items = dto.Result ?? new List<JsonElement>();
                var voices = items.Select(item => VoiceLabMapper.ToVoice(item, filter.Type)).Where(v => v is not null).Select(v => v!).ToList();
                return new VoiceLabPage { Page = dto.Page ?? page, Size = dto.Size is int s && s > 0 ? s : size, Count = Math.Max(dto.Count ?? 0, 0), Voices = voices };
            },
            cancellationToken);
    }

    /// <summary>One voice by its record id (voice/detail): a clone in any state, or an Akool voice.</summary>
    public Task<VoiceLabVoice> GetVoiceLabVoiceAsync(string id, AkoolVoiceType type, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return connection.SendAsync(
            ApiCall.Get("api/open/v4/voice/detail/" + Uri.EscapeDataString(id.Trim())),
            root => VoiceLabMapper.ToVoice(Data(root), type) ?? throw new JsonException("The voice has no _id."),
            cancellationToken);
    }

    /// <summary>Deletes voices by record id; Akool says for each whether it did (its own voices it never deletes).</summary>
    public Task<IReadOnlyList<VoiceDeleteOutcome>> DeleteVoicesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var body = new LabDeleteBodyDto { Ids = ids.Select(id => id.Trim()).ToList() };
        return connection.SendAsync(
            ApiCall.PostRead("api/open/v4/voice/del", JsonSerializer.SerializeToUtf8Bytes(body, AkoolJsonContext.Default.LabDeleteBodyDto)),
            root =>
            {
                var dto = Data(root).Deserialize(AkoolJsonContext.Default.LabDeleteDto) ?? new LabDeleteDto();
                var deleted = new HashSet<string>(dto.SuccessIds ?? new List<string>(), StringComparer.Ordinal);
                var reasons = (dto.NoPermissionVoices ?? new List<LabRefusalDto>())
                    .Where(r => r.Id is not null)
                    .GroupBy(r => r.Id!, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First().Msg, StringComparer.Ordinal);

                // Only the ids asked about are reported; an id Akool neither deleted nor refused was not deleted.
                return (IReadOnlyList<VoiceDeleteOutcome>)body.Ids.Select(id => new VoiceDeleteOutcome
                {
                    Id = id,
                    Deleted = deleted.Contains(id),
                    Reason = deleted.Contains(id) ? null : reasons.TryGetValue(id, out var why) && !string.IsNullOrWhiteSpace(why) ? why : "Akool did not delete it.",
                }).ToList();
            },
            cancellationToken);
    }

    /// <summary>Creates speech from a text (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateSpeechAsync(SpeechRequest request, CancellationToken cancellationToken)
    {
        VoiceLabChecks.Check(request);
        var options = new List<KeyValuePair<string, object?>>();
        var extra = new List<KeyValuePair<string, object?>>();
        Add(options, "stability", request.Stability);
        Add(options, "similarity_boost", request.SimilarityBoost);
        Add(options, "style", request.StyleStrength);
        Add(options, "speed", request.Speed);
        Add(options, "emotion", request.Emotion?.ToLowerInvariant());
        Add(options, "volume", request.Volume);
        if (request.Format is not null)
        {
            extra.Add(new("audio_setting", new Dictionary<string, object?> { ["format"] = request.Format.ToLowerInvariant() }));
        }

        foreach (var pair in request.Options ?? new Dictionary<string, object?>())
        {
            (VoiceLabChecks.SpeechVoiceOptions.Contains(pair.Key) ? options : extra).Add(pair);
        }

        var body = Json(writer =>
        {
            writer.WriteString("input_text", request.Text);
            writer.WriteString("voice_id", request.VoiceId.Trim());
            WriteObject(writer, "voice_options", options);
            if (request.Language is not null)
            {
                writer.WriteString("language_code", request.Language.ToLowerInvariant());
            }

            WriteObject(writer, "extra_options", extra);
            WriteUrl(writer, "webhookUrl", request.WebhookUrl);
        });
        return CreateAsync("api/open/v4/voice/tts", body, data => VoiceLabMapper.ToResourceJob(data, AkoolVideoKind.Speech), new VideoJob { WebhookUrl = request.WebhookUrl }, cancellationToken);
    }

    /// <summary>Creates a voice change of a recording (spends credits; never sent twice by accident).</summary>
    public Task<VideoJob> CreateVoiceChangeAsync(VoiceChangeRequest request, CancellationToken cancellationToken)
    {
        VoiceLabChecks.Check(request);
        var options = new List<KeyValuePair<string, object?>>();
        Add(options, "stability", request.Stability);
        Add(options, "similarity_boost", request.SimilarityBoost);
        Add(options, "style", request.StyleStrength);
        Add(options, "speed", request.Speed);
        Add(options, "file_format", request.Format?.ToLowerInvariant());
        Add(options, "remove_background_noise", request.RemoveBackgroundNoise);
        var body = Json(writer =>
        {
            writer.WriteString("voice_id", request.VoiceId.Trim());
            writer.WriteString("source_voice_file", request.SourceUrl.AbsoluteUri);
            WriteObject(writer, "voice_options", options);
            WriteUrl(writer, "webhookUrl", request.WebhookUrl);
        });
        return CreateAsync("api/open/v4/voice/change", body, data => VoiceLabMapper.ToResourceJob(data, AkoolVideoKind.VoiceChange), new VideoJob { SourceUrl = request.SourceUrl, WebhookUrl = request.WebhookUrl }, cancellationToken);
    }

    /// <summary>Clones a voice from a recording (takes one of the plan's voice slots; never sent twice by accident).</summary>
    public Task<VideoJob> CreateVoiceCloneAsync(VoiceCloneRequest request, CancellationToken cancellationToken)
    {
        VoiceLabChecks.Check(request);
        var options = new List<KeyValuePair<string, object?>>();
        Add(options, "style", request.Style?.ToArray());
        Add(options, "gender", request.Gender?.ToArray());
        Add(options, "age", request.Age?.ToArray());
        Add(options, "scenario", request.Scenario?.ToArray());
        Add(options, "remove_background_noise", request.RemoveBackgroundNoise);
        Add(options, "language", request.Language?.ToLowerInvariant());
        Add(options, "clone_prompt", request.Prompt);
        var model = request.Model is null ? null : VoiceLabChecks.CloneModels.First(m => string.Equals(m, request.Model, StringComparison.OrdinalIgnoreCase));
        var body = Json(writer =>
        {
            writer.WriteString("source_voice_file", request.SourceUrl.AbsoluteUri);
            if (!string.IsNullOrWhiteSpace(request.Name))
            {
                writer.WriteString("name", request.Name!.Trim());
            }

            WriteObject(writer, "voice_options", options);
            if (model is not null)
            {
                writer.WriteString("voice_model_name", model);
            }

            WriteUrl(writer, "webhookUrl", request.WebhookUrl);
        });
        return CreateAsync("api/open/v4/voice/clone", body, data => VoiceLabMapper.ToCloneJob(data, AkoolVideoKind.VoiceClone), new VideoJob { SourceUrl = request.SourceUrl, WebhookUrl = request.WebhookUrl }, cancellationToken);
    }

    private static void AddList(StringBuilder query, string name, IReadOnlyList<string>? values)
    {
        var items = values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        if (items is { Count: > 0 })
        {
            query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(string.Join(",", items)));
        }
    }

    private static void Add(List<KeyValuePair<string, object?>> list, string name, object? value)
    {
        if (value is not null)
        {
            list.Add(new(name, value));
        }
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, string name, List<KeyValuePair<string, object?>> fields)
    {
        if (fields.Count > 0)
        {
            writer.WritePropertyName(name);
            PlainJsonWriter.Write(writer, fields, name);
        }
    }

    private static void WriteUrl(Utf8JsonWriter writer, string name, Uri? url)
    {
        if (url is not null)
        {
            writer.WriteString(name, url.AbsoluteUri);
        }
    }
}
