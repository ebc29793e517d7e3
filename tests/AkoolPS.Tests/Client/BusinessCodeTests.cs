using AkoolPS.Client.Errors;
using Xunit;

namespace AkoolPS.Tests.Client;

/// <summary>Every code of Akool's error-code page has a meaning and a kind that decides what the module does with it.</summary>
public sealed class BusinessCodeTests
{
    // ai-tools-suite/error-code, as of 2026-05-18, without 1000 (success).
    private static readonly int[] Page =
    {
        1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1013, 1014, 1015, 1016, 1017, 1101, 1102, 1103, 1104,
        1105, 1108, 1109, 1110, 1111, 1112, 1200, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211,
        1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219, 1220, 1221, 1222, 1223,
    };

    [Fact]
    public void EveryCodeOfThePageIsDescribedAndClassified()
    {
        Assert.All(Page, code =>
        {
            Assert.DoesNotContain("Akool error", AkoolCodes.Describe(code), StringComparison.Ordinal);
            Assert.NotEqual(AkoolFailureKind.Unknown, AkoolCodes.KindOf(code));
            Assert.DoesNotContain("error code table", AkoolCodes.Advice(code), StringComparison.Ordinal);
        });
        Assert.Equal(Page.Concat(new[] { 2001 }).OrderBy(c => c), AkoolCodes.Known.OrderBy(c => c));
    }

    [Theory]
    [InlineData(1101, AkoolFailureKind.Authentication)]
    [InlineData(1102, AkoolFailureKind.Authentication)]
    [InlineData(1109, AkoolFailureKind.Authentication)]
    [InlineData(1206, AkoolFailureKind.ServiceError)]
    [InlineData(1205, AkoolFailureKind.ServiceError)]
    [InlineData(1202, AkoolFailureKind.InvalidMedia)]
    [InlineData(1207, AkoolFailureKind.InvalidMedia)]
    [InlineData(1210, AkoolFailureKind.InvalidMedia)]
    [InlineData(2001, AkoolFailureKind.JobFailed)]
    [InlineData(1005, AkoolFailureKind.RateLimited)]
    [InlineData(1104, AkoolFailureKind.QuotaExceeded)]
    [InlineData(1008, AkoolFailureKind.NotFound)]
    [InlineData(1003, AkoolFailureKind.InvalidArgument)]
    [InlineData(1200, AkoolFailureKind.PermissionDenied)]
    [InlineData(999999, AkoolFailureKind.Unknown)]
    public void CodesHaveTheirKind(int code, AkoolFailureKind kind) => Assert.Equal(kind, AkoolCodes.KindOf(code));

    [Fact]
    public void AnUnknownAccountIsAnAuthenticationFailureThatIsNotRetried()
    {
        var error = new AkoolApiException(1109, "account not exist", "/api/open/v3/faceswap/quota/info", 200);

        Assert.Equal(AkoolFailureKind.Authentication, error.Kind);
        Assert.False(error.IsRetryable);
        Assert.Contains("Connect-Akool", AkoolCodes.Advice(1109), StringComparison.Ordinal);
        Assert.Equal("The account does not exist", AkoolCodes.Describe(1109));
        Assert.Equal("Head swap failed", AkoolCodes.Describe(2001));
    }

    [Fact]
    public void OnlyFrequentOperationIsRetryable() =>
        Assert.Equal(new[] { 1005 }, Page.Concat(new[] { 2001 }).Where(AkoolCodes.IsRetryable));
}
