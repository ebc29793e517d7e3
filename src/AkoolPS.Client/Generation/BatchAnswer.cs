using System;
using System.Collections.Generic;
using System.Text.Json;
using AkoolPS.Client.Errors;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Generation;

/// <summary>
/// A batch call's answer: each <c>successList</c> entry is a job of its own, each <c>errorList</c> entry an
/// outcome with its error. The docs give no fields for an error entry; its <c>code</c> and <c>msg</c> (or
/// <c>error_code</c>/<c>error_reason</c>) are read when there, and its <c>index</c> names the entry.
/// </summary>
internal static class BatchAnswer
{
    /// <summary>What an error entry that says nothing is reported as: Akool's "processing error, try again later".</summary>
    private const int UnexplainedCode = 1015;

    public static IReadOnlyList<CreateOutcome> Read(JsonElement data, ModelVideoRequest request, VideoJob fromRequest, string path)
    {
        var outcomes = new List<CreateOutcome>();
        var position = 0;
        foreach (var item in Items(data, "successList"))
        {
            position++;
            var job = ModelMapper.ToImageVideoJob(item, request.Kind);
            job = job.Over(fromRequest);
            outcomes.Add(CreateOutcome.Created(fromRequest.SourceUrl is null ? job : job with { SourceUrl = fromRequest.SourceUrl }, Label(request, position)));
        }

        foreach (var item in Items(data, "errorList"))
        {
            position++;
            var index = item.ValueKind == JsonValueKind.Object && GenerationJson.Number(item, "index") is double i && i >= 0 && i < 1000 ? (int)i + 1 : position;
            var code = item.ValueKind == JsonValueKind.Object ? GenerationJson.Number(item, "code") ?? GenerationJson.Number(item, "error_code") : null;
            var message = item.ValueKind == JsonValueKind.Object ? GenerationJson.Text(item, "msg") ?? GenerationJson.Text(item, "error_reason") : null;
            var known = code is double c && c == System.Math.Floor(c) && c > 0 && c < int.MaxValue;
            outcomes.Add(new CreateOutcome
            {
                Label = Label(request, index),
                Error = new AkoolApiException(known ? (int)code!.Value : UnexplainedCode, message ?? "Akool did not create this video and gave no reason.", path, 200),
            });
        }

        if (outcomes.Count == 0)
        {
            throw new JsonException("The answer lists no video, created or failed.");
        }

        return outcomes;
    }

    private static string Label(ModelVideoRequest request, int number) =>
        FormattableString.Invariant($"{request.Model.Name} video {number} of {request.Count}");

    private static IEnumerable<JsonElement> Items(JsonElement data, string name)
    {
        if (data.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                yield return item;
            }
        }
    }
}
