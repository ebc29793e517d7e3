using AkoolPS.Arguments;
using Xunit;

namespace AkoolPS.Tests.Cmdlets;

/// <summary>The -Name filter every list cmdlet shares.</summary>
public sealed class NameFilterTests
{
    [Fact]
    public void NoNamesKeepEverything()
    {
        Assert.True(NameFilter.Of(null).Matches("Anything"));
        Assert.True(NameFilter.Of(null).Matches((string?)null));
    }

    [Theory]
    [InlineData("cake*", "Cake Explosion", true)]
    [InlineData("CAKE EXPLOSION", "cake explosion", true)]
    [InlineData("c[a-c]ke*", "Cake", true)]
    [InlineData("?ake", "Cake", true)]
    [InlineData("cake", "Cake Explosion", false)]
    public void AnyPatternMatchesWithoutRegardToCase(string pattern, string name, bool kept)
    {
        Assert.Equal(kept, NameFilter.Of(new[] { "nothing", pattern }).Matches(name));
    }

    [Fact]
    public void AnyOfTheItemsNamesMayMatch()
    {
        var filter = NameFilter.Of(new[] { "fr" });

        Assert.True(filter.Matches("French", "fr"));
        Assert.False(filter.Matches("French", "fr-CA"));
    }

    [Fact]
    public void AMissingNameIsMatchedAsEmpty()
    {
        Assert.True(NameFilter.Of(new[] { "*" }).Matches((string?)null));
        Assert.True(NameFilter.Of(new[] { "id-*" }).Matches(null, "id-1"));
        Assert.False(NameFilter.Of(new[] { "?*" }).Matches((string?)null));
    }
}
