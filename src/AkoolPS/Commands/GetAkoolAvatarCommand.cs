using System.Collections.Generic;
using System.Management.Automation;
using AkoolPS.Arguments;
using AkoolPS.Base;
using AkoolPS.Client;

namespace AkoolPS.Commands;

/// <summary>
/// Get-AkoolAvatar: the avatars a talking avatar video can be made with. Pages are fetched one at a time
/// as the pipeline asks for more, so <c>Select-Object -First 3</c> costs one request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "AkoolAvatar", SupportsPaging = true)]
[OutputType(typeof(AkoolAvatar))]
public sealed class GetAkoolAvatarCommand : AkoolApiCmdlet
{
    /// <summary>Only avatars whose name (or avatar id) matches; wildcards allowed.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Only talking avatars (for New-AkoolTalkingAvatar) or only streaming avatars; all when left out.</summary>
    [Parameter]
    [ValidateSet(nameof(AkoolAvatarType.Talking), nameof(AkoolAvatarType.Streaming), IgnoreCase = true)]
    public string? Type { get; set; }

    /// <summary>Only Akool's own avatars (Official) or only the account's uploads (Uploaded); all when left out.</summary>
    [Parameter]
    [ValidateSet(nameof(AkoolAvatarSource.Official), nameof(AkoolAvatarSource.Uploaded), IgnoreCase = true)]
    public string? Source { get; set; }

    /// <summary>How many avatars to ask Akool for per request (1 to 100).</summary>
    [Parameter]
    [ValidateRange(1, AkoolClient.MaxAvatarPageSize)]
    public int PageSize { get; set; } = AkoolClient.MaxAvatarPageSize;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (PagingParameters.IncludeTotalCount)
        {
            // Akool's list has no count; say so rather than guess.
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }

        var names = NameFilter.Of(Name is null ? null : new[] { Name });
        var type = Type is null ? (AkoolAvatarType?)null : (AkoolAvatarType)System.Enum.Parse(typeof(AkoolAvatarType), Type, true);
        var source = Source is null ? (AkoolAvatarSource?)null : (AkoolAvatarSource)System.Enum.Parse(typeof(AkoolAvatarSource), Source, true);
        ulong skipped = 0, written = 0;
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var page = 1; written < PagingParameters.First; page++)
        {
            var result = Run(token => ActiveSession.Client.GetAvatarPageAsync(type, source, page, PageSize, token));
            var fresh = 0;
            foreach (var avatar in result.Avatars)
            {
                // A server that ignores the page number would otherwise be read for ever.
                if (!seen.Add(avatar.AvatarId))
                {
                    continue;
                }

                fresh++;
                if (!names.Matches(avatar.Name, avatar.AvatarId))
                {
                    continue;
                }

                if (skipped < PagingParameters.Skip)
                {
                    skipped++;
                    continue;
                }

                WriteObject(new AkoolAvatar(avatar));
                if (++written >= PagingParameters.First)
                {
                    return;
                }
            }

            if (result.Entries < PageSize || fresh == 0)
            {
                return;
            }
        }
    }
}
