using System.Globalization;

namespace AkoolPS.Simulator;

/// <summary>
/// VoiceLab (<c>/api/open/v4/voice/...</c>): clone, text to speech, voice change, the voice list, detail and
/// delete, and the resource list and detail that track tts and change jobs. The old translation voice list
/// (<c>voice/videoTranslation</c>) is not part of this area.
/// </summary>
internal static class VoiceLabEndpoints
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 100;

    public static void Map(RouteGroupBuilder open)
    {
        open.MapPost("/v4/voice/clone", CloneAsync);
        open.MapPost("/v4/voice/tts", SpeechAsync);
        open.MapPost("/v4/voice/change", ChangeAsync);
        open.MapPost("/v4/voice/del", DeleteAsync);
        open.MapGet("/v4/voice/list", ListVoices);
        open.MapGet("/v4/voice/detail/{id}", VoiceDetail);
        open.MapGet("/v4/voice/resource/list", ListResources);
        open.MapGet("/v4/voice/resource/detail/{id}", ResourceDetailOf);
    }

    private static async Task<IResult> CloneAsync(HttpContext context, SimulatorState state)
    {
        var request = VoiceLabValidators.Clone(await JsonBody.ReadObjectAsync(context));
        var job = PaidJobs.Create(context, state, request);
        return AkoolResult.Ok(CloneCreatedView.Of(job, request.Details));
    }

    private static async Task<IResult> SpeechAsync(HttpContext context, SimulatorState state)
    {
        var (text, voiceId, language, format, options, webhook) = VoiceLabValidators.Speech(await JsonBody.ReadObjectAsync(context));
        var voice = Usable(state, voiceId);
        var details = new SpeechDetails(text, voice, language, format, options);
        var job = PaidJobs.Create(context, state, new JobRequest<SpeechDetails>(details, webhook));
        return AkoolResult.Ok(ResourceView.Created(job, details, voice, options));
    }

    private static async Task<IResult> ChangeAsync(HttpContext context, SimulatorState state)
    {
        var (source, voiceId, _, format, options, webhook) = VoiceLabValidators.Change(await JsonBody.ReadObjectAsync(context));
        var voice = Usable(state, voiceId);
        Require.That(voice.VoiceModelName == LabVoiceCatalogue.Model1, $"voice_id '{voiceId}' is an {voice.VoiceModelName} voice; only {LabVoiceCatalogue.Model1} voices support voice change");
        var details = new VoiceChangeDetails(source, voice, format, options);
        var job = PaidJobs.Create(context, state, new JobRequest<VoiceChangeDetails>(details, webhook));
        return AkoolResult.Ok(ResourceView.Created(job, details, voice, options));
    }

    /// <summary>Clones of this account are deleted; Akool's voices and unknown ids are listed as refused, as the docs show.</summary>
    private static async Task<IResult> DeleteAsync(HttpContext context, SimulatorState state)
    {
        var ids = VoiceLabValidators.Delete(await JsonBody.ReadObjectAsync(context));
        var deleted = new List<string>();
        var refused = new List<DeleteRefusal>();
        foreach (var id in ids)
        {
            if (state.Jobs.Find(id) is { Details: VoiceCloneDetails } && state.Jobs.Remove(id))
            {
                deleted.Add(id);
            }
            else if (LabVoiceCatalogue.FindRecord(id, state.Config, state.Jobs, state.NowMs) is not null)
            {
                refused.Add(new DeleteRefusal(id, $"VoiceId:{id} no permission to delete this voice"));
            }
            else
            {
                refused.Add(new DeleteRefusal(id, $"VoiceId:{id} resource not found"));
            }
        }

        return AkoolResult.Ok(new DeleteAnswer(deleted, refused));
    }

    private static AkoolResult ListVoices(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        var type = RequiredType(query);
        var (page, size) = Paging(query);
        var styles = CommaList(query, "style");
        var genders = CommaList(query, "gender");
        var ages = CommaList(query, "age");
        var scenarios = CommaList(query, "scenario");
        var name = query["name"].ToString();
        var stream = QueryInt(query, "support_stream");
        Require.That(stream is null or 1 or 2, "support_stream must be 1 or 2");

        var voices = (type == 1 ? LabVoiceCatalogue.Clones(state.Jobs, state.NowMs) : LabVoiceCatalogue.Akool(state.Config))
            .Where(v => v.HasAny(styles, v.Style) && v.HasAny(ages, v.Age) && v.HasAny(scenarios, v.Scenario) &&
                (genders is null || genders.Contains(v.Gender, StringComparer.OrdinalIgnoreCase)) &&
                (name.Length == 0 || v.Name.Contains(name, StringComparison.OrdinalIgnoreCase)) &&
                (stream is null || v.SupportStream == (stream == 1)));
        return Page(voices, page, size);
    }

    private static AkoolResult VoiceDetail(string id, SimulatorState state) =>
        AkoolResult.Ok(LabVoiceCatalogue.FindRecord(id, state.Config, state.Jobs, state.NowMs) ?? throw new AkoolErrorException(AkoolCodes.NotFound));

    private static AkoolResult ListResources(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        var kind = RequiredType(query) == 1 ? JobKind.Speech : JobKind.VoiceChange;
        var (page, size) = Paging(query);
        var now = state.NowMs;
        var records = state.Jobs.All().Reverse()
            .Where(job => job.Kind == kind)
            .Select(job => ResourceView.Record(job, (VoiceLabDetails)job.Details, now));
        return Page(records, page, size);
    }

    private static AkoolResult ResourceDetailOf(string id, SimulatorState state) =>
        state.Jobs.Find(id) is { Details: VoiceLabDetails details and not VoiceCloneDetails } job
            ? AkoolResult.Ok(new ResourceDetail(ResourceView.Record(job, details, state.NowMs)))
            : throw new AkoolErrorException(AkoolCodes.NotFound);

    private static LabVoice Usable(SimulatorState state, string voiceId) =>
        LabVoiceCatalogue.FindUsable(voiceId, state.Config, state.Jobs, state.NowMs)
        ?? throw new RequestValidationException($"voice_id '{voiceId}' is not an Akool voice or a finished clone of this account");

    private static AkoolResult Page<T>(IEnumerable<T> items, int page, int size)
    {
        var all = items.ToList();
        return AkoolResult.Ok(new LabPage<T>([.. all.Skip((page - 1) * size).Take(size)], all.Count, page, size));
    }

    private static int RequiredType(IQueryCollection query)
    {
        var type = QueryInt(query, "type") ?? throw new RequestValidationException("type is required");
        Require.That(type is 1 or 2, $"type must be 1 or 2 (not {type})");
        return type;
    }

    /// <summary>1-based pages of 10 by default; a size over 100 is clamped, as the translation voice list did.</summary>
    private static (int Page, int Size) Paging(IQueryCollection query)
    {
        var page = QueryInt(query, "page") ?? 1;
        var size = QueryInt(query, "size") ?? DefaultPageSize;
        Require.That(page >= 1, "page must be 1 or more");
        Require.That(size >= 1, "size must be 1 or more");
        return (page, Math.Min(size, MaxPageSize));
    }

    private static string[]? CommaList(IQueryCollection query, string name)
    {
        var items = query[name].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length == 0 ? null : items;
    }

    private static int? QueryInt(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RequestValidationException($"{name} must be an integer");
    }
}
