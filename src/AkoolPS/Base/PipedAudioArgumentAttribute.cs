using System;
using System.Management.Automation;

namespace AkoolPS.Base;

/// <summary>
/// Reads an -AudioUrl that may come from a job piped in: a finished speech job binds its AudioUrl by
/// property name. A job with no audio yet binds null, which is refused here with what to do (one
/// non-terminating error per piped record), instead of PowerShell's "cannot bind null".
/// </summary>
/// <remarks>VoiceLab's JobAudioArgumentAttribute does the same for New-AkoolLipSync and New-AkoolTalkingPhoto; when both are merged, one should go.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PipedAudioArgumentAttribute : ArgumentTransformationAttribute
{
    internal const string NoAudioYet =
        "The job piped in has no audio yet: a speech job gives its audio once it has finished. Add -Wait to the command that made it, or pipe it through Wait-AkoolVideo first.";

    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped && wrapped.BaseObject is not PSCustomObject ? wrapped.BaseObject : inputData;
        return value switch
        {
            null => throw new ArgumentTransformationMetadataException(NoAudioYet),
            string text when string.IsNullOrWhiteSpace(text) => throw new ArgumentTransformationMetadataException(NoAudioYet),
            _ => value,
        };
    }
}
