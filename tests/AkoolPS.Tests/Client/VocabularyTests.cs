using AkoolPS.Client.Json;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>Each vocabulary is defined once; these hold its one mapping to the wire against Akool's documents.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void VoiceStylesAreAkoolsDocumentedOnes()
    {
        // official/ai-tools-suite_video-translation_create-translation.mdx, studio_voice.style
        string[] documented =
        {
            "affectionate", "angry", "calm", "cheerful", "depressed", "disgruntled", "embarrassed", "empathetic",
            "excited", "fearful", "friendly", "unfriendly", "sad", "serious", "relaxed", "professional",
        };
        Assert.Equal(documented.OrderBy(s => s), Enum.GetValues<AkoolVoiceStyle>().Select(TranslationBody.Wire).OrderBy(s => s));
    }

    [Fact]
    public void CaptionTypesAreAkoolsNumbers()
    {
        Assert.Equal(0, TranslationBody.Wire(AkoolCaptionType.None));
        Assert.Equal(1, TranslationBody.Wire(AkoolCaptionType.AddOriginal));
        Assert.Equal(2, TranslationBody.Wire(AkoolCaptionType.AddTarget));
        Assert.Equal(3, TranslationBody.Wire(AkoolCaptionType.TranslateAndReplace));
        Assert.Equal(4, TranslationBody.Wire(AkoolCaptionType.AddTranslated));
        Assert.Equal(5, Enum.GetValues<AkoolCaptionType>().Length);
    }

    [Fact]
    public void StatusesAreAkoolsNumbers()
    {
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, Enum.GetValues<AkoolVideoStatus>().Select(s => (int)s));
        Assert.Equal(AkoolVideoStatus.Completed, (AkoolVideoStatus)3);
        Assert.Equal(AkoolVideoStatus.Failed, (AkoolVideoStatus)4);
    }
}
