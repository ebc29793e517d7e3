using AkoolPS.Guard;
using Xunit;

namespace AkoolPS.Tests.Module;

/// <summary>The guard refuses the PowerShells the manifest admits but the module cannot load in, in words.</summary>
public sealed class VersionGuardTests
{
    [Theory]
    [InlineData("7.0.3.500")]
    [InlineData("7.2.24.500")]
    [InlineData("7.3.9.500")]
    public void PowerShell7BeforeSevenFourIsRefusedWithTheVersionNeeded(string version)
    {
        var refusal = VersionGuard.Refusal(desktop: false, new Version(version));

        Assert.NotNull(refusal);
        Assert.StartsWith("AkoolPS needs PowerShell 7.4 or later (or Windows PowerShell 5.1); this is PowerShell " + new Version(version).ToString(3), refusal);
        Assert.Contains("Install PowerShell 7.4 or later", refusal);
    }

    [Theory]
    [InlineData(false, "7.4.0.500")]
    [InlineData(false, "7.6.9.500")]
    [InlineData(false, "8.0.0.0")]
    [InlineData(true, "3.0.0.0")]
    public void WindowsPowerShellAndSevenFourOnLoad(bool desktop, string version)
    {
        Assert.Null(VersionGuard.Refusal(desktop, new Version(version)));
    }

    [Fact]
    public void ThePowerShellOfTheTestsIsAdmitted()
    {
        Assert.Null(VersionGuard.Refusal(desktop: false, typeof(System.Management.Automation.PSObject).Assembly.GetName().Version));
    }
}
