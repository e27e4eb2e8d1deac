using Pincer.Matching.Korean;

namespace Pincer.Matching.Tests;

/// <summary>Hangul of real listed DPRK names and places against the spelling the lists use (Golden/dprk-romanization.tsv).</summary>
public sealed class GoldenRomanizationTests
{
    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Golden", "dprk-romanization.tsv");

    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(GoldenPath))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], cells[3]);
        }

        return data;
    }

    [Fact]
    public void GoldenFile_HasAtLeastThirtyRows() => Rows().Count.Should().BeGreaterThanOrEqualTo(30);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Romanize_ReproducesTheListedSpelling(string hangul, string system, string expected, string kind)
    {
        var romanization = Enum.Parse<Romanization>(system);
        var actual = string.Equals(kind, "name", StringComparison.Ordinal)
            ? HangulRomanizer.RomanizeName(hangul, romanization, RomanizationStyle.SpacedAscii)
            : HangulRomanizer.Romanize(hangul, romanization, RomanizationStyle.JoinedAscii);
        actual.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Variants_ContainTheListedSpelling(string hangul, string system, string expected, string kind)
    {
        _ = system;
        var variants = string.Equals(kind, "name", StringComparison.Ordinal)
            ? HangulRomanizer.Variants(hangul)
            : HangulRomanizer.WordVariants(hangul);
        variants.Should().Contain(v => string.Equals(v, expected, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void ListedName_SurnameIsInTheSurnameTable(string hangul, string system, string expected, string kind)
    {
        _ = system;
        if (!string.Equals(kind, "name", StringComparison.Ordinal))
        {
            return;
        }

        HangulRomanizer.SplitName(hangul, out var family, out _).Should().BeTrue();
        var surname = expected.Split(' ')[0];
        KoreanSurnames.Canonical(family).Should().IntersectWith(KoreanSurnames.Canonical(surname));
    }
}
