using System;
using System.Management.Automation;

namespace AkoolPS.Arguments;

/// <summary>
/// Reads -Voice: a voice id, a voice from Get-AkoolVoice, or a finished voice-clone job (also as read back
/// from Export-Clixml), and turns it into the voice id to send. A clone that is not finished has no voice
/// id yet: that is an error that says how to wait for it, for piped input one per record.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class VoiceArgumentAttribute : ArgumentTransformationAttribute
{
    internal const string NotFinished =
        "The voice clone has no voice id yet: a clone gets one when it has finished. Add -Wait to New-AkoolVoiceClone, or pipe the clone job through Wait-AkoolVideo first.";

    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped && wrapped.BaseObject is not PSCustomObject ? wrapped.BaseObject : inputData;
        switch (value)
        {
            case null:
                throw new ArgumentTransformationMetadataException(NotFinished);
            case string text:
                return string.IsNullOrWhiteSpace(text)
                    ? throw new ArgumentTransformationMetadataException("The voice is empty: give a voice id, a voice from Get-AkoolVoice or a finished voice clone job.")
                    : text.Trim();
            case Uri:
                throw new ArgumentTransformationMetadataException("-Voice takes a voice, not a recording's address; to clone a recording use New-AkoolVoiceClone.");
        }

        var properties = PSObject.AsPSObject(value).Properties;
        var kind = properties["Kind"]?.Value?.ToString();
        var status = properties["Status"]?.Value?.ToString();
        var voiceId = properties["VoiceId"]?.Value?.ToString();
        if (kind is not null && !string.Equals(kind, nameof(AkoolVideoKind.VoiceClone), StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentTransformationMetadataException($"A {kind} job is not a voice: -Voice takes a voice id, a voice from Get-AkoolVoice or a finished voice clone job.");
        }

        if (status is not null && !string.Equals(status, nameof(AkoolVideoStatus.Completed), StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentTransformationMetadataException(string.Equals(status, nameof(AkoolVideoStatus.Failed), StringComparison.OrdinalIgnoreCase)
                ? "The voice clone failed, so it has no voice: clone the recording again with New-AkoolVoiceClone."
                : NotFinished);
        }

        return string.IsNullOrWhiteSpace(voiceId)
            ? throw new ArgumentTransformationMetadataException(kind is null && properties["VoiceId"] is null
                ? $"A {value.GetType().Name} is not a voice: -Voice takes a voice id, a voice from Get-AkoolVoice or a finished voice clone job."
                : NotFinished)
            : voiceId!.Trim();
    }
}
