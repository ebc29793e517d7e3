using System.Text.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.Jobs;

/// <summary>Turns one job object of an Akool answer into the client's job, for a job of <paramref name="kind"/>.</summary>
/// <exception cref="JsonException">The object is not a job of the shape expected (no id, say).</exception>
internal delegate VideoJob JobReader(JsonElement item, AkoolVideoKind kind);
