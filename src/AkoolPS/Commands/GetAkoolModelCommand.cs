using System.Management.Automation;
using AkoolPS.Arguments;
using AkoolPS.Base;

namespace AkoolPS.Commands;

/// <summary>Get-AkoolModel: Akool's AI models, with their resolutions, prices, lengths and features (fetched once per session).</summary>
[Cmdlet(VerbsCommon.Get, "AkoolModel")]
[OutputType(typeof(AkoolModel))]
public sealed class GetAkoolModelCommand : AkoolApiCmdlet
{
    /// <summary>Only the models that make this: ImageToVideo, TextToVideo or CharacterSwap.</summary>
    [Parameter(Position = 0)]
    [ValidateSet(nameof(AkoolVideoKind.ImageToVideo), nameof(AkoolVideoKind.TextToVideo), nameof(AkoolVideoKind.CharacterSwap))]
    public AkoolVideoKind? For { get; set; }

    /// <summary>Model names to match; wildcards allowed.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Fetch the list again instead of using the session's copy.</summary>
    [Parameter]
    public SwitchParameter Refresh { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var models = Run(token => ActiveSession.Client.GetModelsAsync(Refresh, token));
        var names = NameFilter.Of(Name);
        foreach (var model in models)
        {
            if ((For is null || model.Kind == For) && names.Matches(model.Name, model.Label))
            {
                WriteObject(new AkoolModel(model));
            }
        }
    }
}
