using FsCheck.Xunit;
using Pincer.Core;

namespace Pincer.Core.Tests;

public sealed class IdentifierNormalizerTests
{
    [Theory]
    [InlineData("IMO 9187629", "9187629")] // real SDN vessel
    [InlineData("9562233", "9562233")] // PETREL 8 (UN KPv.001)
    [InlineData("imo9074729", "9074729")]
    public void TryImo_ValidNumber_NormalisesToSevenDigits(string raw, string expected)
    {
        IdentifierNormalizer.TryImo(raw, out var value, out var error).Should().BeTrue(error);
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("IMO 5878589", "fails its check digit")] // as published on the 2025-11-19 SDN (FixedRef 19569)
    [InlineData("9562234", "fails its check digit")]
    [InlineData("IMO 123456", "seven digits")]
    [InlineData("IMO 12345678", "seven digits")]
    [InlineData("IMO 9A87629", "seven digits")]
    public void TryImo_InvalidNumber_ExplainsWhy(string raw, string reason)
    {
        IdentifierNormalizer.TryImo(raw, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Property]
    public bool IsValidImoCheckDigit_ExactlyOneCheckDigitPerSixDigitPrefix(int seed)
    {
        var prefix = (Math.Abs(seed % 900_000) + 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var valid = Enumerable.Range(0, 10).Count(d => IdentifierNormalizer.IsValidImoCheckDigit(prefix + d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return valid == 1;
    }

    [Theory]
    [InlineData("FTBDKPPY", "FTBDKPPY")]
    [InlineData("ftbd kp py", "FTBDKPPY")]
    [InlineData("KCBKKPP1", "KCBKKPP1")]
    [InlineData("AGSZRU31XXX", "AGSZRU31XXX")]
    public void TryBic_ValidBic_UpperCasedWithoutSpaces(string raw, string expected)
    {
        IdentifierNormalizer.TryBic(raw, out var value, out _).Should().BeTrue();
        value.Should().Be(expected);
        IdentifierNormalizer.BicCountry(value).Should().Be(expected.Substring(4, 2));
    }

    [Theory]
    [InlineData("FTBDKPP")]
    [InlineData("FTB1KPPY")]
    [InlineData("FTBDKPPYX")]
    public void TryBic_Malformed_IsRejected(string raw) =>
        IdentifierNormalizer.TryBic(raw, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("253400WSS48YWMBUA688", true)] // from the SDN remarks (Sberbank-related entry)
    [InlineData("253400WSS48YWMBUA689", false)]
    [InlineData("851683897", false)]
    public void TryLei_ChecksMod97(string raw, bool valid) =>
        IdentifierNormalizer.TryLei(raw, out _, out _).Should().Be(valid);

    [Fact]
    public void TryNormalize_EvmAddress_IsLowerCased()
    {
        IdentifierNormalizer.TryNormalize(IdentifierKind.CryptoAddress, "0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "ETH", out var value, out _).Should().BeTrue();
        value.Should().Be("0x098b716b8aaf21512996dc57eb0615e2383e2f96");
    }

    [Fact]
    public void TryNormalize_Base58Address_KeepsCase()
    {
        IdentifierNormalizer.TryNormalize(IdentifierKind.CryptoAddress, "1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo", "XBT", out var value, out _).Should().BeTrue();
        value.Should().Be("1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo");
    }

    [Fact]
    public void TryNormalize_EvmAddressWith39HexDigits_IsRejected() =>
        IdentifierNormalizer.TryNormalize(IdentifierKind.CryptoAddress, "0x098B716B8Aaf21512996dC57EB0615e2383E2f9", "ETH", out _, out _).Should().BeFalse();

    [Theory]
    [InlineData(IdentifierKind.Mmsi, "445 123 456", "445123456", true)]
    [InlineData(IdentifierKind.Mmsi, "44512345", "", false)]
    [InlineData(IdentifierKind.Icao24, "15c0b6", "15C0B6", true)]
    [InlineData(IdentifierKind.Icao24, "15C0BZ", "", false)]
    [InlineData(IdentifierKind.Passport, " 472-120 2031 ", "4721202031", true)]
    public void TryNormalize_PerKindRules(IdentifierKind kind, string raw, string expected, bool ok)
    {
        IdentifierNormalizer.TryNormalize(kind, raw, null, out var value, out _).Should().Be(ok);
        if (ok)
        {
            value.Should().Be(expected);
        }
    }

    [Property]
    public bool Compact_IsIdempotent(string? raw)
    {
        var once = IdentifierNormalizer.Compact(raw ?? "");
        return string.Equals(IdentifierNormalizer.Compact(once), once, StringComparison.Ordinal);
    }
}
