using System.Management.Automation;
using AkoolPS.Arguments;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>Get-AkoolEffect: the image-to-video effects (fetched once per session).</summary>
[Cmdlet(VerbsCommon.Get, "AkoolEffect")]
[OutputType(typeof(AkoolEffect))]
public sealed class GetAkoolEffectCommand : AkoolApiCmdlet
{
    /// <summary>Effect names or codes to match; wildcards allowed.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Fetch the list again instead of using the session's copy.</summary>
    [Parameter]
    public SwitchParameter Refresh { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var effects = Run(token => ActiveSession.Client.GetEffectsAsync(Refresh, token));
        var names = NameFilter.Of(Name);
        foreach (var effect in effects)
        {
            if (names.Matches(effect.Name, effect.Code))
            {
                WriteObject(new AkoolEffect(effect));
            }
        }
    }
}
