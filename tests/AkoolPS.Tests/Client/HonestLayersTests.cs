using System.Text.RegularExpressions;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>
/// The client knows Akool, not PowerShell: no message it writes names a cmdlet or a parameter (the cmdlet
/// layer adds that advice). Read from the source, so a new message cannot slip past.
/// </summary>
public sealed class HonestLayersTests
{
    private static readonly Regex Cmdlet = new(@"\b(?:Get|New|Set|Add|Remove|Wait|Save|Connect|Disconnect|ConvertFrom|Find|Test)-Akool\w*", RegexOptions.CultureInvariant);
    private static readonly Regex Parameter = new(@"(?<![\w-])-[A-Z][a-z]+[A-Za-z]*\b", RegexOptions.CultureInvariant);
    private static readonly Regex StringLiteral = new("\\$?@?\"(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.CultureInvariant);

    [Fact]
    public void TheClientsMessagesNameNoCmdletAndNoParameter()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/AkoolPS.Client"));
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral.Matches(line))
                {
                    if (Cmdlet.IsMatch(literal.Value) || Parameter.IsMatch(literal.Value))
                    {
                        found.Add($"{Path.GetRelativePath(root, file)}:{number}: {literal.Value}");
                    }
                }
            }
        }

        Assert.True(Directory.Exists(root), root);
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
