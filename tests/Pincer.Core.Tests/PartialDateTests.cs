using FsCheck.Xunit;
using Pincer.Core;

namespace Pincer.Core.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1962", 1962, 0, 0)]
    [InlineData("1965-03", 1965, 3, 0)]
    [InlineData("1976-10-18", 1976, 10, 18)]
    [InlineData("2016-03-02T00:00:00", 2016, 3, 2)]
    public void TryParseIso_KeepsOnlyKnownParts(string text, int year, int month, int day)
    {
        PartialDate.TryParseIso(text, out var date).Should().BeTrue();
        date.Should().Be(new PartialDate(year, month, day));
    }

    [Theory]
    [InlineData("1965-02-30")]
    [InlineData("1965-13")]
    [InlineData("65")]
    [InlineData("")]
    public void TryParseIso_InvalidDate_IsRejected(string text) => PartialDate.TryParseIso(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("1969-7-16", "1969-07-16")]
    [InlineData("1981-3", "1981-03")]
    [InlineData("1976-10-18", "1976-10-18")]
    public void TryParseLenient_OneDigitParts_ArePadded(string text, string expected)
    {
        PartialDate.TryParseLenient(text, out var date).Should().BeTrue();
        date.ToString().Should().Be(expected);
    }

    [Fact]
    public void TryParseLenient_ImpossibleDate_StillFails() => PartialDate.TryParseLenient("1974-01-32", out _).Should().BeFalse();

    [Fact]
    public void EarliestAndLatest_YearOnly_CoverTheYear()
    {
        var date = new PartialDate(1962);
        date.Earliest.Should().Be(new DateOnly(1962, 1, 1));
        date.Latest.Should().Be(new DateOnly(1962, 12, 31));
    }

    [Property]
    public bool ToStringThenParse_RoundTrips(int y, int m, int d)
    {
        var year = Math.Abs(y % 200) + 1900;
        var month = Math.Abs(m % 13);
        var day = month == 0 ? 0 : Math.Abs(d % (DateTime.DaysInMonth(year, month) + 1));
        var date = new PartialDate(year, month, day);
        return PartialDate.TryParseIso(date.ToString(), out var back) && back == date;
    }

    [Theory]
    [InlineData("1960..1962")]
    [InlineData("~1947")]
    [InlineData("1976-08-25")]
    public void DateSpan_TextForm_RoundTrips(string text)
    {
        DateSpan.TryParse(text, out var span).Should().BeTrue();
        span.ToString().Should().Be(text);
    }
}
