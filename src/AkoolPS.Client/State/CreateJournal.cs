using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AkoolPS.Client.Json;
using AkoolPS.Client.Models;

namespace AkoolPS.Client.State;

/// <summary>
/// An append-only record of creates, one JSON line each, so that a batch run again after a crash or a
/// restart (Azure Automation starts a runbook again from the top) writes the jobs it already made instead
/// of paying for them twice. Before a create it records the request as pending, after it the job (or the
/// failure); each line is flushed to disk before the job is written out. A request whose create was sent
/// but never answered stays unknown: it is reported, never sent again by itself. Lines of created jobs carry
/// Id, Kind, Language and SourceUrl, so <c>Get-Content | ConvertFrom-Json</c> pipes them on.
/// </summary>
public sealed class CreateJournal
{
    private static readonly ConcurrentDictionary<string, object> FileLocks = new(StringComparer.Ordinal);
    private readonly object gate;
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> sentHere = new(StringComparer.Ordinal);

    private CreateJournal(string path)
    {
        Path = path;
        gate = FileLocks.GetOrAdd(path, _ => new object());
    }

    /// <summary>The file, as a full path.</summary>
    public string Path { get; }

    /// <summary>Opens (or starts) the record at <paramref name="path"/>; a line cut short by a crash is passed over.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CreateJournal Open(string path)
    {
        var journal = new CreateJournal(System.IO.Path.GetFullPath(path));
        lock (journal.gate)
        {
            if (File.Exists(journal.Path))
            {
                using var reader = new StreamReader(new FileStream(journal.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8);
                while (reader.ReadLine() is { } line)
                {
                    journal.Apply(Parse(line));
                }
            }
        }

        return journal;
    }

    /// <summary>What the record says of the request with <paramref name="fingerprint"/>.</summary>
    public JournalFinding Find(string fingerprint)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(fingerprint, out var entry))
            {
                return JournalFinding.None;
            }

            if (entry.Jobs.Count > 0)
            {
                return new JournalFinding(JournalState.Created, entry.Jobs.ToList(), entry.SentAt);
            }

            if (entry.State is JournalState.Failed)
            {
                return JournalFinding.None;
            }

            return new JournalFinding(sentHere.Contains(fingerprint) ? JournalState.InFlight : JournalState.Unknown, Array.Empty<VideoJob>(), entry.SentAt);
        }
    }

    /// <summary>Records that the create is about to be sent.</summary>
    public void Pending(string fingerprint, string target)
    {
        lock (gate)
        {
            sentHere.Add(fingerprint);
        }

        Append(new JournalLineDto { State = "Pending", Fingerprint = fingerprint, Target = target });
    }

    /// <summary>Records a job the create made.</summary>
    public void Created(string fingerprint, VideoJob job) => Append(new JournalLineDto
    {
        State = "Created",
        Fingerprint = fingerprint,
        Id = job.Id,
        Kind = job.Kind.ToString(),
        Status = job.Status.ToString(),
        Language = job.Language,
        SourceLanguage = job.SourceLanguage,
        SourceUrl = job.SourceUrl?.AbsoluteUri,
        CreatedAt = job.CreatedAt?.ToString("o", CultureInfo.InvariantCulture),
    });

    /// <summary>Records that Akool refused the create: nothing was made, and a rerun may send it again.</summary>
    public void Failed(string fingerprint, string target, string message) =>
        Append(new JournalLineDto { State = "Failed", Fingerprint = fingerprint, Target = target, Message = message });

    /// <summary>Records that the create may have reached Akool without an answer: a rerun reports it instead of sending it.</summary>
    public void Unknown(string fingerprint, string target, string message) =>
        Append(new JournalLineDto { State = "Unknown", Fingerprint = fingerprint, Target = target, Message = message });

    private void Append(JournalLineDto line)
    {
        line.RecordedAt = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(line, AkoolJsonContext.Default.JournalLineDto);
        lock (gate)
        {
            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using (var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                file.Write(bytes, 0, bytes.Length);
                file.WriteByte((byte)'\n');
                file.Flush(flushToDisk: true);
            }

            Apply(line);
        }
    }

    private void Apply(JournalLineDto? line)
    {
        if (line?.Fingerprint is not { Length: > 0 } fingerprint || !Enum.TryParse<JournalState>(line.State, out var state))
        {
            return;
        }

        if (!entries.TryGetValue(fingerprint, out var entry))
        {
            entries[fingerprint] = entry = new Entry();
        }

        if (state == JournalState.Pending && DateTimeOffset.TryParse(line.RecordedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var sent))
        {
            entry.SentAt = sent;
        }

        if (state == JournalState.Created && ToJob(line) is { } job && entry.Jobs.All(j => j.Id != job.Id))
        {
            entry.Jobs.Add(job);
        }

        entry.State = state;
    }

    private static JournalLineDto? Parse(string line)
    {
        try
        {
            return string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize(line, AkoolJsonContext.Default.JournalLineDto);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static VideoJob? ToJob(JournalLineDto line)
    {
        if (string.IsNullOrWhiteSpace(line.Id) || !Enum.TryParse<AkoolVideoKind>(line.Kind, out var kind))
        {
            return null;
        }

        return new VideoJob
        {
            Id = line.Id!,
            Kind = kind,
            Status = Enum.TryParse<AkoolVideoStatus>(line.Status, out var status) ? status : AkoolVideoStatus.Unknown,
            Language = line.Language,
            SourceLanguage = line.SourceLanguage,
            SourceUrl = ModelMapper.ToUri(line.SourceUrl),
            CreatedAt = DateTimeOffset.TryParse(line.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var created) ? created : null,
        };
    }

    private sealed class Entry
    {
        public JournalState State { get; set; }

        public DateTimeOffset? SentAt { get; set; }

        public List<VideoJob> Jobs { get; } = new();
    }
}

/// <summary>Where a request stands in a <see cref="CreateJournal"/>.</summary>
public enum JournalState
{
    /// <summary>Not recorded (or refused by Akool before): it may be sent.</summary>
    None,
    /// <summary>Sent, not answered yet.</summary>
    Pending,
    /// <summary>Created: the jobs are recorded.</summary>
    Created,
    /// <summary>Refused by Akool: nothing was made.</summary>
    Failed,
    /// <summary>Sent in an earlier run whose answer never came: Akool may have made the job.</summary>
    Unknown,
    /// <summary>Being sent by this run already.</summary>
    InFlight,
}

/// <summary>What a <see cref="CreateJournal"/> knows of one request.</summary>
public sealed class JournalFinding
{
    internal static readonly JournalFinding None = new(JournalState.None, Array.Empty<VideoJob>(), null);

    internal JournalFinding(JournalState state, IReadOnlyList<VideoJob> jobs, DateTimeOffset? sentAt)
    {
        State = state;
        Jobs = jobs;
        SentAt = sentAt;
    }

    /// <summary>Where the request stands.</summary>
    public JournalState State { get; }

    /// <summary>The jobs recorded for it, when created.</summary>
    public IReadOnlyList<VideoJob> Jobs { get; }

    /// <summary>When it was last sent, when known.</summary>
    public DateTimeOffset? SentAt { get; }
}
