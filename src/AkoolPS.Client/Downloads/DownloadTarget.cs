using System;
using System.IO;
using AkoolPS.Client.Errors;

namespace AkoolPS.Client.Downloads;

/// <summary>
/// Where a result is saved: a folder, a safe name without extension (the extension comes from the
/// content when it has arrived) and the media the result should be. Every path it hands out is
/// checked to be a file directly inside the folder.
/// </summary>
public sealed class DownloadTarget
{
    /// <summary>Creates a target.</summary>
    /// <exception cref="AkoolDownloadException">The stem is not a safe file name.</exception>
    public DownloadTarget(string folder, string stem, AkoolResultMedia media, bool overwrite)
    {
        Folder = Path.GetFullPath(folder);
        if (!SafeFileName.IsSafe(stem + ".partial"))
        {
            throw new AkoolDownloadException("UnsafeFileName", $"'{stem}' is not a safe file name; it was not used.", stem, AkoolFailureKind.InvalidArgument);
        }

        Stem = stem;
        Media = media;
        Overwrite = overwrite;
    }

    /// <summary>The full path of the folder.</summary>
    public string Folder { get; }

    /// <summary>The file name without its extension.</summary>
    public string Stem { get; }

    /// <summary>What the result should be; decides the extension when the content does not.</summary>
    public AkoolResultMedia Media { get; }

    /// <summary>True to replace an existing file.</summary>
    public bool Overwrite { get; }

    /// <summary>The path the file gets when its content confirms the expected media.</summary>
    public string ExpectedPath => PathFor(MediaTypes.DefaultExtension(Media));

    /// <summary>
    /// The temporary file the bytes go to: one name per target, so the next save of the same file
    /// finds what a killed process left.
    /// </summary>
    internal string PartialPath => PathFor(".partial", hidden: true);

    /// <summary>What is known about the partial file's bytes (where they came from, their version).</summary>
    internal string PartialStatePath => PartialPath + "-state";

    /// <summary>The full path of the file with <paramref name="extension"/>, checked to be inside the folder.</summary>
    public string PathFor(string extension) => PathFor(extension, hidden: false);

    private string PathFor(string extension, bool hidden)
    {
        var name = (hidden ? "." : string.Empty) + Stem + extension;
        var full = Path.GetFullPath(Path.Combine(Folder, name));
        var parent = Path.GetDirectoryName(full);
        if (!string.Equals(parent?.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), Folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), PathComparison)
            || !string.Equals(Path.GetFileName(full), name, StringComparison.Ordinal))
        {
            throw new AkoolDownloadException("UnsafeFileName", $"The file name '{name}' would not be inside the folder '{Folder}'; nothing was written.", name, AkoolFailureKind.InvalidArgument);
        }

        return full;
    }

    private static StringComparison PathComparison =>
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
