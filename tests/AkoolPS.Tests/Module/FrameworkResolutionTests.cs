using System.Reflection;
using AkoolPS.Base;
using AkoolPS.Guard;
using Xunit;

namespace AkoolPS.Tests.Module;

/// <summary>
/// On Windows PowerShell 5.1 the module answers the AppDomain's assembly requests from its dependencies folder:
/// only for what it shipped, at no newer version, and only when the module itself asks.
/// </summary>
public sealed class FrameworkResolutionTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "Modules", "AkoolPS", "0.1.0");
    private static readonly string Dependencies = Path.Combine(Root, "dependencies");
    private static readonly AssemblyName Shipped = new("Polly, Version=7.0.0.0, Culture=neutral, PublicKeyToken=c8a3ffc3f8f825cc");

    [Theory]
    [InlineData("Polly, Version=7.0.0.0", null)]
    [InlineData("Polly, Version=7.0.0.0", "AkoolPS.dll")]
    [InlineData("Polly, Version=6.0.0.0", "dependencies/Microsoft.Extensions.Http.Polly.dll")]
    [InlineData("polly", "dependencies/AkoolPS.Client.dll")]
    public void TheModuleGetsWhatItShipped(string requested, string? requester)
    {
        Assert.True(DependencyRouting.Answers(new AssemblyName(requested), Shipped, requester is null ? null : Path.Combine(Root, requester), Dependencies));
    }

    [Fact]
    public void ANewerVersionThanTheOneShippedIsNotAnswered()
    {
        Assert.False(DependencyRouting.Answers(new AssemblyName("Polly, Version=8.0.0.0"), Shipped, Path.Combine(Dependencies, "AkoolPS.Client.dll"), Dependencies));
    }

    [Fact]
    public void AnotherModulesRequestIsLeftToIt()
    {
        var other = Path.Combine(Path.GetTempPath(), "Modules", "Other", "1.0.0", "Other.dll");

        Assert.False(DependencyRouting.Answers(new AssemblyName("Polly, Version=7.0.0.0"), Shipped, other, Dependencies));
    }

    [Fact]
    public void AnotherAssemblyIsNotAnswered()
    {
        Assert.False(DependencyRouting.Answers(new AssemblyName("Newtonsoft.Json"), Shipped, null, Dependencies));
    }
}
