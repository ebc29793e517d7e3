using AkoolPS.Client.Errors;

namespace AkoolPS.Errors;

/// <summary>
/// What to do about a failure, in PowerShell's words: the cmdlets and parameters to use. The client
/// says what went wrong and what it means without naming either (it knows Akool, not PowerShell);
/// this adds the rest once, as the error's recommended action, so no advice is printed twice.
/// </summary>
internal static class ErrorAdvice
{
    public static string? For(AkoolException error) => error switch
    {
        AkoolSessionClosedException => "Run Connect-Akool, then run the command again.",
        AkoolCreatedUnreadableException { JobId: { } id } => $"Do not create the job again; follow it with Get-AkoolVideo -Id {id}.",
        AkoolCreatedUnreadableException => "Do not create the job again; look for it in your Akool account.",
        AkoolRedirectException => "Check -BaseUri and -Proxy of Connect-Akool.",
        AkoolResultExpiredException => "Run Get-AkoolVideo on the job for a fresh link, then Save-AkoolVideo again.",
        AkoolKindNotFoundException { Candidates.Count: > 0 } => "Add -Kind with one of the kinds named.",
        AkoolWebhookException { Reason: "Expired" } => "Raise -MaxAge if your receiver runs late.",
        AkoolWebhookException { Reason: "InvalidSecret" or "DecryptionFailed" } => "Check that -ClientSecret is the API key of -ClientId.",
        AkoolWebhookException { Reason: "InvalidBody" } => "Pass the raw request body to -Body.",
        AkoolValidationException { Reason: "LanguageRequired" or "UnknownLanguage" } => "Get-AkoolLanguage lists the language codes.",
        AkoolValidationException { Reason: "PromptRequired" } => "Add -Prompt, or -Effect (Get-AkoolEffect lists them).",
        AkoolValidationException { Reason: "AudioRequired" } => "Add -AudioUrl for a file, or -GenerateAudio.",
        AkoolValidationException { Reason: "AudioConflict" } => "Give either -AudioUrl or -GenerateAudio.",
        AkoolApiException { Kind: AkoolFailureKind.Authentication } => "Check the key, then run Connect-Akool again.",
        AkoolResponseException => "Check -BaseUri and -Proxy of Connect-Akool, then try again.",
        AkoolTransportException => "Connect-Akool -MaxRetry and -TimeoutSec set how hard the module tries.",
        _ => null,
    };
}
