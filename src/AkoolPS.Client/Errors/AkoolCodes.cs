using System.Collections.Generic;

namespace AkoolPS.Client.Errors;

/// <summary>What Akool's business codes mean and what a user can do about each.</summary>
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
        [1008] = "The content does not exist",
        [1009] = "Permission denied",
        [1010] = "This content cannot be operated",
        [1011] = "This content has been operated",
        [1014] = "Resource does not exist",
        [1015] = "Video processing error",
        [1101] = "Invalid authorization or the request token has expired",
        [1102] = "Authorization cannot be empty",
        [1103] = "Not paid or payment is overdue",
        [1104] = "Insufficient credit balance",
        [1108] = "Image processing error",
        [1200] = "The account has been banned",
        [1201] = "Create audio error, please try again later",
        [1202] = "The same video cannot be translated with lip-sync in the same language more than once",
        [1203] = "Video should contain audio",
        [1204] = "Video duration exceeds 60 seconds",
        [1205] = "Create video error, please try again later",
        [1207] = "The video exceeds the size limit of 300 MB",
        [1208] = "Video parsing error",
        [1209] = "The video encoding format is not supported",
        [1210] = "The video exceeds the frame rate limit of 30 fps",
        [1211] = "Creating lip sync failed",
    };

    /// <summary>Akool's documented meaning of a code, or a generic text.</summary>
    public static string Describe(int code) =>
        Descriptions.TryGetValue(code, out var text) ? text : "Akool error " + code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The broad kind of a code.</summary>
    public static AkoolFailureKind KindOf(int code) => code switch
    {
        1003 => AkoolFailureKind.InvalidArgument,
        1005 => AkoolFailureKind.RateLimited,
        1006 or 1103 or 1104 => AkoolFailureKind.QuotaExceeded,
        1008 or 1014 => AkoolFailureKind.NotFound,
        1004 or 1009 or 1010 or 1011 or 1200 or 1213 or 1221 => AkoolFailureKind.PermissionDenied,
        1101 or 1102 => AkoolFailureKind.Authentication,
        1015 or 1108 or 1201 or 1205 or 1211 => AkoolFailureKind.ServiceError,
        >= 1202 and <= 1210 => AkoolFailureKind.InvalidMedia,
        _ => AkoolFailureKind.Unknown,
    };

    /// <summary>Codes that mean "refused unprocessed, try again later": safe to resend, even a create.</summary>
    public static bool IsRetryable(int code) => code == 1005;

    /// <summary>What the user can do about a code.</summary>
    public static string Advice(int code) => KindOf(code) switch
    {
        AkoolFailureKind.Authentication => "Check the API key or client credentials, then run Connect-Akool again.",
        AkoolFailureKind.InvalidArgument => "Correct the parameters named in Akool's message and try again.",
        AkoolFailureKind.RateLimited => "Akool is limiting the request rate; wait a little and try again.",
        AkoolFailureKind.QuotaExceeded => "Top up the account's credit on akool.com, then try again.",
        AkoolFailureKind.NotFound => "Check the job id; Akool no longer knows this job or resource.",
        AkoolFailureKind.PermissionDenied => "This account may not do this; check the account's plan and status on akool.com.",
        AkoolFailureKind.ServiceError => "This failed on Akool's side; try again later.",
        AkoolFailureKind.InvalidMedia => "Fix the source media as Akool's message says, then create the job again.",
        _ => "See Akool's error code table for what it means.",
    };
}
