using System;
using System.Management.Automation;

namespace AkoolPS.Arguments;

/// <summary>
/// Reads an -AudioUrl that may come from a job: a finished speech or voice-change job piped in binds its
/// AudioUrl by property name, and a job passed directly gives its AudioUrl. A job that has no audio yet
/// binds nothing (null): that is an error that says how to wait for it, one per piped record.
/// New-AkoolLipSync and New-AkoolTalkingPhoto share it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class JobAudioArgumentAttribute : ArgumentTransformationAttribute
{
    internal const string NoAudioYet =
        "The job has no audio yet: a speech or voice change job gives its audio once it has finished. Add -Wait to New-AkoolSpeech (or New-AkoolVoiceChange), or pipe the job through Wait-AkoolVideo first.";

    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped && wrapped.BaseObject is not PSCustomObject ? wrapped.BaseObject : inputData;
        switch (value)
        {
            case null:
                throw new ArgumentTransformationMetadataException(NoAudioYet);
            case string or Uri:
                return value;
        }

        var properties = PSObject.AsPSObject(value).Properties;
        if (properties["Kind"] is null)
        {
            return value;
        }

        var audio = properties["AudioUrl"]?.Value;
        return audio is null || (audio is string text && string.IsNullOrWhiteSpace(text))
            ? throw new ArgumentTransformationMetadataException(NoAudioYet)
            : audio;
    }
}
