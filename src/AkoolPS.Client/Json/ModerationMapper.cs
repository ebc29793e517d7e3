using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AkoolPS.Client.Jobs;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Json;

/// <summary>
/// The verdict of a content analysis (<c>final_conclusion</c> and <c>result</c>), trusting nothing: a
/// conclusion that is not one of Akool's three words, or not a string, is Unknown, never Compliant.
/// </summary>
internal static class ModerationMapper
{
    /// <summary>Reasons kept from one result; a longer list is cut, as no user reads more.</summary>
    public const int MaxReasons = 100;

    private static readonly JobFields Fields = new() { Status = "status", Result = "url", Progress = null, Credits = null };

    /// <summary>
    /// An analysis (create answer or infobyid) as a job: the usual fields, and once completed its verdict,
    /// also given as the job's result value (Compliant, NonCompliant or Unknown). A verdict is believed only
    /// from a completed analysis: an unfinished or failed one has none, whatever else it says.
    /// </summary>
    public static VideoJob ToJob(JsonElement item, AkoolVideoKind kind)
    {
        var job = Fields.Read(item, kind) with { ResultUrl = null };
        var verdict = job.Status == AkoolVideoStatus.Completed ? Verdict(item) ?? new ModerationVerdict() : null;
        return job with { Moderation = verdict, ResultValue = verdict?.Conclusion.ToString() };
    }

    /// <summary>The verdict, or null while the analysis has none (not yet completed).</summary>
    public static ModerationVerdict? Verdict(JsonElement data)
    {
        var conclusion = data.TryGetProperty("final_conclusion", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var result = data.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() ?? string.Empty : string.Empty;
        if (string.IsNullOrEmpty(conclusion) && result.Length == 0)
        {
            return null;
        }

        return new ModerationVerdict { Conclusion = Conclusion(conclusion), Reasons = Reasons(result), Result = result };
    }

    /// <summary>Akool's words: "Compliant", "Non-Compliant", "Unknown" (case and spacing forgiven).</summary>
    public static AkoolModerationConclusion Conclusion(string? text)
    {
        var word = new string((text ?? string.Empty).Where(char.IsLetter).ToArray()).ToUpperInvariant();
        return word switch
        {
            "COMPLIANT" => AkoolModerationConclusion.Compliant,
            "NONCOMPLIANT" => AkoolModerationConclusion.NonCompliant,
            _ => AkoolModerationConclusion.Unknown,
        };
    }

    private static IReadOnlyList<string> Reasons(string result) =>
        result.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("Result:", StringComparison.OrdinalIgnoreCase))
            .Select(line => line.StartsWith("- ", StringComparison.Ordinal) ? line.Substring(2).Trim() : line)
            .Take(MaxReasons)
            .ToList();
}
