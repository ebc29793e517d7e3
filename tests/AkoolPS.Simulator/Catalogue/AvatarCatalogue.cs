using System.Globalization;

namespace AkoolPS.Simulator;

/// <summary>
/// The avatars <c>v3/avatar/list</c> pages through: a fixed, computed list, long enough to need three
/// pages of Akool's default 100. Akool's own avatars (<c>from</c> 2) come first, then the account's
/// uploads (<c>from</c> 3); every fifth avatar is a streaming one (<c>type</c> 2), the rest talking (1).
/// </summary>
internal static class AvatarCatalogue
{
    public const int Official = 2;
    public const int Uploaded = 3;
    public const int Talking = 1;
    public const int Streaming = 2;

    public const int OfficialCount = 230;
    public const int UploadedCount = 20;

    private const string RecordIdPrefix = "655ffead";
    private const long FirstCreateTime = 1_700_788_730_000;

    private static readonly string[] FirstNames = ["Yasmin", "Barbara", "Kenji", "Amara", "Lukas", "Mei", "Diego", "Priya"];
    private static readonly string[] Outfits = ["White shirt", "Black suit", "Blue blazer", "Green dress", "Grey hoodie"];

    public static IReadOnlyList<Avatar> All { get; } = [.. Enumerable.Range(0, OfficialCount + UploadedCount).Select(Create)];

    /// <summary>The avatars a <c>from</c> and <c>type</c> filter (null: all) leave, in list order.</summary>
    public static IReadOnlyList<Avatar> Filter(int? from, int? type) =>
        [.. All.Where(a => (from is null || a.From == from) && (type is null || a.Type == type))];

    /// <summary>An avatar by its <c>avatar_id</c>, or null.</summary>
    public static Avatar? Find(string avatarId) => All.FirstOrDefault(a => a.AvatarId == avatarId);

    private static Avatar Create(int index)
    {
        var uploaded = index >= OfficialCount;
        var name = uploaded
            ? $"My avatar {index - OfficialCount + 1}"
            : $"{FirstNames[index % FirstNames.Length]} in {Outfits[index / FirstNames.Length % Outfits.Length]} {index / (FirstNames.Length * Outfits.Length) + 1}";
        var avatarId = uploaded
            ? $"upload{index - OfficialCount + 1:D3}"
            : $"{name.Replace(' ', '_')}_2023{index:D4}";
        var file = $"https://cdn.example.com/avatar/{avatarId}";
        var url = uploaded ? file + ".mp4" : file + ".png";
        return new Avatar(
            RecordIdPrefix + index.ToString("x16", CultureInfo.InvariantCulture),
            Disabled: false,
            uploaded ? SimulatorAccount.Uid : 1,
            index % 5 == 4 ? Streaming : Talking,
            uploaded ? Uploaded : Official,
            Status: 3,
            Sort: index,
            FirstCreateTime + (index * 60_000L),
            name,
            avatarId,
            url,
            url,
            index % 2 == 0 ? "female" : "male",
            $"https://cdn.example.com/avatar/thumbnail/{avatarId}.png",
            []);
    }
}
