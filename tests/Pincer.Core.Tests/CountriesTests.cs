using Pincer.Core;

namespace Pincer.Core.Tests;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("Korea, North", "KP")] // OFAC
    [InlineData("Democratic People's Republic of Korea", "KP")] // UN
    [InlineData("North Korea", "KP")]
    [InlineData("kp", "KP")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("China, Hong Kong Special Administrative Region", "HK")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("Burma", "MM")]
    [InlineData("Türkiye", "TR")]
    [InlineData("The Gambia", "GM")]
    [InlineData("Cote d Ivoire", "CI")]
    public void TryResolve_PublishersSpellings_ResolveToIso(string name, string code)
    {
        Countries.TryResolve(name, out var found).Should().BeTrue();
        found.Should().Be(code);
    }

    [Theory]
    [InlineData("undetermined")]
    [InlineData("Region: Northern Mali")]
    [InlineData("")]
    [InlineData(null)]
    public void TryResolve_NotACountry_ReturnsFalse(string? name) => Countries.TryResolve(name, out _).Should().BeFalse();

    [Fact]
    public void Codes_AreTwoUpperCaseLettersWithNames()
    {
        Countries.Codes.Should().HaveCountGreaterThan(240);
        Countries.Codes.Should().OnlyContain(c => c.Length == 2 && c.All(char.IsAsciiLetterUpper));
        Countries.Codes.Should().OnlyContain(c => !string.IsNullOrEmpty(Countries.NameOf(c)));
    }
}
