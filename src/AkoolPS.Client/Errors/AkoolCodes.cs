using System.Collections.Generic;

namespace AkoolPS.Client.Errors;

/// <summary>
/// What Akool's business codes mean and what a user can do about each: every code of Akool's error
/// code page (ai-tools-suite/error-code), plus 2001 of the head swap pages.
/// </summary>
public static class AkoolCodes
{
    /// <summary>The success code.</summary>
    public const int Success = 1000;

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [1003] = "Parameter error",
        [1004] = "Requires verification",
        [1005] = "Frequent operation",
        [1006] = "Insufficient quota balance",
        [1007] = "The number of faces changed more than allowed",
        [1008] = "The content does not exist",
        [1009] = "Permission denied",
        [1010] = "This content cannot be operated",
        [1011] = "This content has been operated",
        [1013] = "Use the audio in the video",
        [1014] = "Resource does not exist",
        [1015] = "Video processing error",
        [1016] = "Face swapping error",
        [1017] = "Audio not created",
        [1101] = "Invalid authorization or the request token has expired",
        [1102] = "Authorization cannot be empty",
        [1103] = "Not paid or payment is overdue",
        [1104] = "Insufficient credit balance",
        [1105] = "Avatar processing error",
        [1108] = "Image processing error",
        [1109] = "The account does not exist",
        [1110] = "Audio processing error",
        [1111] = "Avatar callback processing error",
        [1112] = "Voice processing error",
        [1200] = "The account has been banned",
        [1201] = "Create audio error, please try again later",
        [1202] = "The same video cannot be translated with lip-sync in the same language more than once",
        [1203] = "Video should contain audio",
        [1204] = "Video duration exceeds 60 seconds",
        [1205] = "Create video error, please try again later",
        [1206] = "Background change processing error",
        [1207] = "The video exceeds the size limit of 300 MB",
        [1208] = "Video parsing error",
        [1209] = "The video encoding format is not supported",
        [1210] = "The video exceeds the frame rate limit of 30 fps",
        [1211] = "Creating lip sync failed",
        [1212] = "Sentiment analysis failed",
        [1213] = "Only subscribed users may use this",
        [1214] = "The live avatar is still processing",
        [1215] = "The live avatar service is busy",
        [1216] = "The live avatar session does not exist",
        [1217] = "Live avatar callback error",
        [1218] = "Live avatar processing error",
        [1219] = "The live avatar session is closed",
        [1220] = "Live avatar upload error",
        [1221] = "The account is not subscribed",
        [1222] = "The resource already exists",
        [1223] = "Live avatar upload limit exceeded",
        [2001] = "Head swap failed",
    };

    /// <summary>Every code this class describes (all of Akool's documented failure codes).</summary>
    public static IReadOnlyCollection<int> Known => Descriptions.Keys;

    /// <summary>Akool's documented meaning of a code, or a generic text.</summary>
    public static string Describe(int code) =>
        Descriptions.TryGetValue(code, out var text) ? text : "Akool error " + code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The broad kind of a code.</summary>
    public static AkoolFailureKind KindOf(int code) => code switch
    {
        1003 or 1222 => AkoolFailureKind.InvalidArgument,
        1005 => AkoolFailureKind.RateLimited,
        1006 or 1103 or 1104 or 1223 => AkoolFailureKind.QuotaExceeded,
        1008 or 1014 or 1216 or 1219 => AkoolFailureKind.NotFound,
        1004 or 1009 or 1010 or 1011 or 1200 or 1213 or 1221 => AkoolFailureKind.PermissionDenied,

        // 1109 "account not exist": Akool's own demo reads it as a bad key. Final, like 1101 and 1102.
        1101 or 1102 or 1109 => AkoolFailureKind.Authentication,

        // Failures on Akool's side; 1206 is the (retired) background change failing, not bad media.
        1015 or 1016 or 1017 or 1105 or 1108 or 1110 or 1111 or 1112 or 1201 or 1205 or 1206 or 1211 or 1212
            or 1214 or 1215 or 1217 or 1218 or 1220 => AkoolFailureKind.ServiceError,
        1007 or 1013 or 1202 or 1203 or 1204 or 1207 or 1208 or 1209 or 1210 => AkoolFailureKind.InvalidMedia,
        2001 => AkoolFailureKind.JobFailed,
        _ => AkoolFailureKind.Unknown,
    };

    /// <summary>Codes that mean "refused unprocessed, try again later": safe to resend, even a create.</summary>
    public static bool IsRetryable(int code) => code == 1005;

    /// <summary>What the user can do about a code.</summary>
    public static string Advice(int code) => code == 1109
        ? "Akool knows no account for these credentials; check the API key or client id and secret, then run Connect-Akool again."
        : KindOf(code) switch
        {
            AkoolFailureKind.Authentication => "Check the API key or client credentials, then run Connect-Akool again.",
            AkoolFailureKind.InvalidArgument => "Correct the parameters named in Akool's message and try again.",
            AkoolFailureKind.RateLimited => "Akool is limiting the request rate; wait a little and try again.",
            AkoolFailureKind.QuotaExceeded => "Top up the account's credit on akool.com, then try again.",
            AkoolFailureKind.NotFound => "Check the job id; Akool no longer knows this job or resource.",
            AkoolFailureKind.PermissionDenied => "This account may not do this; check the account's plan and status on akool.com.",
            AkoolFailureKind.ServiceError => "This failed on Akool's side; try again later.",
            AkoolFailureKind.InvalidMedia => "Fix the source media as Akool's message says, then create the job again.",
            AkoolFailureKind.JobFailed => "The job failed at Akool; check its inputs, then create it again.",
            _ => "See Akool's error code table for what it means.",
        };
}
