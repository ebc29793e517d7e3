using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AkoolPS.Bench;

/// <summary>
/// Reads a speedscope file written by <c>dotnet-trace collect --format Speedscope</c> and sums, over the
/// threads asked for, the time each frame was on the stack (inclusive) and on top of it (self). Used by the
/// scripts in tools/bench/profile to say where the time of a scenario goes.
/// </summary>
public static class SpeedscopeReport
{
    /// <param name="path">The .speedscope.json file.</param>
    /// <param name="threadFilter">A substring of the thread profiles' names to keep, or null for all.</param>
    /// <param name="top">How many frames to list in each table.</param>
    /// <param name="frameFilter">Only list frames whose name contains this, or null.</param>
    /// <param name="skipIdle">Leave out samples whose top frame looks like waiting (UNMANAGED_CODE_TIME, Wait, Sleep, epoll).</param>
    public static string Summarize(string path, string? threadFilter, int top, string? frameFilter, bool skipIdle)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var frames = document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() ?? "?").ToArray();
        var self = new double[frames.Length];
        var inclusive = new double[frames.Length];
        double total = 0;
        var threads = new List<string>();
        foreach (var profile in document.RootElement.GetProperty("profiles").EnumerateArray())
        {
            var name = profile.GetProperty("name").GetString() ?? string.Empty;
            if (threadFilter is not null && name.IndexOf(threadFilter, StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            threads.Add(name);
            var seen = new HashSet<int>();
            Walk(profile, (stack, delta) =>
            {
                var topFrame = stack[^1];
                if (skipIdle && IsIdle(frames[topFrame]))
                {
                    return;
                }

                total += delta;
                self[topFrame] += delta;
                seen.Clear();
                foreach (var f in stack)
                {
                    if (seen.Add(f))
                    {
                        inclusive[f] += delta;
                    }
                }
            });
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"threads: {threads.Count} ({string.Join(", ", threads.Take(6))}{(threads.Count > 6 ? ", ..." : string.Empty)}); sampled time {total:n0} ms{(skipIdle ? " (idle frames left out)" : string.Empty)}");
        void Table(string title, double[] values)
        {
            text.AppendLine(title);
            foreach (var i in Enumerable.Range(0, frames.Length)
                .Where(i => frameFilter is null || frames[i].Contains(frameFilter, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(i => values[i]).Take(top))
            {
                if (values[i] <= 0)
                {
                    break;
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"  {values[i],9:n0} ms {100 * values[i] / Math.Max(1, total),5:n1}%  {Shorten(frames[i])}");
            }
        }

        Table("self time (top of stack):", self);
        Table("inclusive time (anywhere on the stack):", inclusive);
        return text.ToString();
    }

    /// <summary>
    /// The call tree below the outermost frame whose name contains <paramref name="focus"/>: each node with
    /// the time spent in it and below, to <paramref name="depth"/> levels, nodes under <paramref name="minMs"/> left out.
    /// </summary>
    public static string Tree(string path, string focus, int depth, double minMs, bool skipIdle)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var frames = document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() ?? "?").ToArray();
        var root = new Node(-1);
        foreach (var profile in document.RootElement.GetProperty("profiles").EnumerateArray())
        {
            Walk(profile, (stack, delta) =>
            {
                if (skipIdle && IsIdle(frames[stack[^1]]))
                {
                    return;
                }

                var start = stack.FindIndex(f => frames[f].Contains(focus, StringComparison.Ordinal));
                if (start >= 0)
                {
                    var node = root;
                    node.Ms += delta;
                    for (var i = start; i < stack.Count && i - start <= depth; i++)
                    {
                        node = node.Child(stack[i]);
                        node.Ms += delta;
                    }
                }
            });
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"below '{focus}': {root.Ms:n0} ms sampled{(skipIdle ? " (idle frames left out)" : string.Empty)}");
        void Print(Node node, int level)
        {
            foreach (var child in node.Children.Values.OrderByDescending(c => c.Ms))
            {
                if (child.Ms < minMs)
                {
                    continue;
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"{new string(' ', 2 * level)}{child.Ms,7:n0} ms  {Shorten(frames[child.Frame])}");
                Print(child, level + 1);
            }
        }

        Print(root, 0);
        return text.ToString();
    }

    private sealed class Node(int frame)
    {
        public int Frame { get; } = frame;

        public double Ms { get; set; }

        public Dictionary<int, Node> Children { get; } = new();

        public Node Child(int frame)
        {
            if (!Children.TryGetValue(frame, out var node))
            {
                node = new Node(frame);
                Children[frame] = node;
            }

            return node;
        }
    }

    /// <summary>Replays one thread's open/close events, calling <paramref name="sample"/> with the stack and the time it stood.</summary>
    private static void Walk(JsonElement profile, Action<List<int>, double> sample)
    {
        var stack = new List<int>();
        double last = 0;
        foreach (var e in profile.GetProperty("events").EnumerateArray())
        {
            var at = e.GetProperty("at").GetDouble();
            if (stack.Count > 0 && at > last)
            {
                sample(stack, at - last);
            }

            last = at;
            var frame = e.GetProperty("frame").GetInt32();
            if (e.GetProperty("type").GetString() == "O")
            {
                stack.Add(frame);
            }
            else
            {
                var i = stack.LastIndexOf(frame);
                if (i >= 0)
                {
                    stack.RemoveRange(i, stack.Count - i);
                }
            }
        }
    }

    private static bool IsIdle(string frame) =>
        frame.Contains("UNMANAGED_CODE_TIME", StringComparison.Ordinal) ||
        frame.Contains("WaitHandle.Wait", StringComparison.Ordinal) ||
        frame.Contains("Monitor.Wait", StringComparison.Ordinal) ||
        frame.Contains("Thread.Sleep", StringComparison.Ordinal) ||
        frame.Contains("LowLevelLifoSemaphore", StringComparison.Ordinal) ||
        frame.Contains("WaitForSocketEvents", StringComparison.Ordinal) ||
        frame.Contains("SpinWait", StringComparison.Ordinal);

    private static string Shorten(string frame)
    {
        var paren = frame.IndexOf('(');
        var name = paren > 0 && !frame.StartsWith("Process", StringComparison.Ordinal) && !frame.StartsWith("Thread", StringComparison.Ordinal) ? frame.Substring(0, paren) : frame;
        return name.Length <= 150 ? name : name.Substring(0, 147) + "...";
    }
}
