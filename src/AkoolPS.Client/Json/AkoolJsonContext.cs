using System.Text.Json.Serialization;

namespace AkoolPS.Client.Json;

/// <summary>
/// Source-generated serialisation for every wire shape, so that nothing is built by reflection at
/// start-up. Numbers sent as strings are read too: Akool's services are not all consistent.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(LanguageListDto))]
[JsonSerializable(typeof(JournalLineDto))]
[JsonSerializable(typeof(VoicePageDto))]
[JsonSerializable(typeof(VideoInfoDto))]
[JsonSerializable(typeof(TokenRequestDto))]
[JsonSerializable(typeof(TranslationBodyDto))]
[JsonSerializable(typeof(ImageVideoDto))]
[JsonSerializable(typeof(IdListDto))]
[JsonSerializable(typeof(TalkingPhotoBodyDto))]
[JsonSerializable(typeof(LipSyncBodyDto))]
[JsonSerializable(typeof(ImageToVideoBodyDto))]
[JsonSerializable(typeof(UpdateVideoAudioBodyDto))]
[JsonSerializable(typeof(CreditDto))]
internal sealed partial class AkoolJsonContext : JsonSerializerContext
{
}
