using System.Collections.Frozen;

namespace AkoolPS.Simulator;

/// <summary>
/// Akool's business codes and their messages (official error-code page, with the wording of the
/// endpoint pages where those are more specific). A <c>code</c> fault without <c>msg</c> uses these.
/// </summary>
internal static class AkoolCodes
{
    public const int Ok = 1000;
    public const int ParameterError = 1003;
    public const int NotFound = 1008;
    public const int InvalidToken = 1101;
    public const int EmptyToken = 1102;
    public const int InsufficientCredit = 1104;

    private static readonly FrozenDictionary<int, string> Messages = new Dictionary<int, string>
    {
        [1000] = "OK",
        [1003] = "Parameter error or Parameter cannot be empty",
        [1004] = "Requires verification",
        [1005] = "Frequent operation",
        [1006] = "Insufficient quota balance",
        [1007] = "Face count changes exceed",
        [1008] = "The content you get does not exist",
        [1009] = "You do not have permission to operate",
        [1010] = "This content cannot be operated",
        [1011] = "This content has been operated",
        [1013] = "Use audio in video",
        [1014] = "Resource does not exist",
        [1015] = "Video processing error",
        [1016] = "Face swapping error",
        [1017] = "Audio not created",
        [1101] = "Invalid authorization or The request token has expired",
        [1102] = "Authorization cannot be empty",
        [1103] = "Not paid or payment is overdue",
        [1104] = "Insufficient credit balance",
        [1105] = "avatar processing error",
        [1108] = "image processing error",
        [1109] = "account not exist",
        [1110] = "audio processing error",
        [1111] = "avatar callback processing error",
        [1112] = "voice processing error",
        [1200] = "The account has been banned",
        [1201] = "create audio error, please try again later",
        [1202] = "The same video cannot be translated lipSync in the same language more than 1 times",
        [1203] = "video should be with audio",
        [1204] = "Your video duration is exceed 60s!",
        [1205] = "Create video error, please try again later",
        [1206] = "background change processing error",
        [1207] = "The video you are using exceeds the size limit allowed by the system by 300M",
        [1208] = "video parsing error",
        [1209] = "Please upload a video in another encoding format",
        [1210] = "The video you are using exceeds the value allowed by the system by 30fp",
        [1211] = "Creating lip sync errors",
        [1212] = "Sentiment analysis fails",
        [1213] = "Requires subscription user to use",
        [1214] = "liveAvatar in processing",
        [1215] = "liveAvatar processing is busy",
        [1216] = "liveAvatar session not exist",
        [1217] = "liveAvatar callback error",
        [1218] = "liveAvatar processing error",
        [1219] = "liveAvatar closed",
        [1220] = "liveAvatar upload avatar error",
        [1221] = "Account not subscribed",
        [1222] = "Resource already exist",
        [1223] = "liveAvatar upload exceed",
        [2001] = "head swap failed",
    }.ToFrozenDictionary();

    /// <summary>Every code with a message: those of the official error-code page, and 2001 of the head swap pages.</summary>
    public static IReadOnlyCollection<int> Known => Messages.Keys;

    public static string MessageFor(int code) => Messages.GetValueOrDefault(code, "Error");
}
