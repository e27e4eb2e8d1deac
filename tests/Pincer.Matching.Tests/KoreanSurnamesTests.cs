using System.Xml.Linq;
using Pincer.Matching.Korean;
using Pincer.Testing;

namespace Pincer.Matching.Tests;

public sealed class KoreanSurnamesTests
{
    [Theory]
    [InlineData("Ri", "Li")]
    [InlineData("Ri", "Lee")]
    [InlineData("Ri", "Rhee")]
    [InlineData("Ri", "Yi")]
    [InlineData("Lee", "Yi")]
    [InlineData("Rhee", "Li")]
    [InlineData("Pak", "Park")]
    [InlineData("Pak", "Bak")]
    [InlineData("Park", "Bak")]
    [InlineData("Choe", "Choi")]
    [InlineData("Choe", "Chey")]
    [InlineData("Choi", "Chey")]
    [InlineData("Ch'oe", "Choi")]
    [InlineData("CH’OE", "choe")]
    [InlineData("Kim", "Gim")]
    [InlineData("Jong", "Chong")]
    [InlineData("Jong", "Jeong")]
    [InlineData("Chong", "Jeong")]
    [InlineData("Jeong", "Chung")]
    [InlineData("Ryu", "Yoo")]
    [InlineData("Ro", "Roh")]
    [InlineData("Rim", "Lim")]
    [InlineData("Jon", "Jeon")]
    [InlineData("Chon", "Cheon")]
    [InlineData("Chon", "Jeon")]
    [InlineData("Yŏn", "Yeon")]
    [InlineData("YO'N", "Yon")]
    [InlineData("Thae", "Tae")]
    [InlineData("Namgung", "Nam-koong")]
    [InlineData("리", "Lee")]
    [InlineData("이", "Rhee")]
    [InlineData("최", "Choi")]
    public void AreEquivalent_SameFamilyName(string a, string b)
    {
        KoreanSurnames.AreEquivalent(a, b).Should().BeTrue();
        KoreanSurnames.AreEquivalent(b, a).Should().BeTrue();
    }

    [Theory]
    [InlineData("Kim", "Pak")]
    [InlineData("Kim", "Ri")]
    [InlineData("Choe", "Cho")]
    [InlineData("Jeon", "Cheon")]
    [InlineData("Pak", "Paek")]
    [InlineData("Kim", "Smith")]
    [InlineData("Smith", "Smith")]
    public void AreEquivalent_DifferentFamilyNames(string a, string b) =>
        KoreanSurnames.AreEquivalent(a, b).Should().BeFalse();

    [Fact]
    public void Canonical_AmbiguousSpellings_BelongToSeveralClasses()
    {
        KoreanSurnames.Canonical("Jong").Should().Contain(["JONG", "JONG2"]);
        KoreanSurnames.Canonical("Chon").Should().Contain(["JON", "CHON"]);
        KoreanSurnames.Canonical("Yu").Should().Contain(["YU", "RYU"]);
        KoreanSurnames.Canonical("So").Should().Contain(["SO", "SO2"]);
        KoreanSurnames.Canonical("Lee").Should().Equal("RI");
    }

    [Fact]
    public void HangulOf_ConnectsClassesToTheRomaniser()
    {
        KoreanSurnames.HangulOf("RI").Should().Equal("리", "이");
        KoreanSurnames.HangulOf("CHOE").Should().Equal("최");
        KoreanSurnames.SpellingsOfHangul("박").Should().Contain(["Pak", "Park", "Bak"]);
        KoreanSurnames.SpellingsOfHangul("유").Should().Contain(["Yu", "Yoo", "Ryu"]);
    }

    [Fact]
    public void Table_IdsAreUnique_AndEveryClassHasHangulAndSpellings()
    {
        KoreanSurnames.All.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        KoreanSurnames.All.Should().AllSatisfy(s =>
        {
            s.Hangul.Should().NotBeEmpty().And.AllSatisfy(h => h.Should().MatchRegex("^[가-힣]{1,2}$"));
            s.Spellings.Should().NotBeEmpty();
            s.Spellings[0].Should().Be(HangulRomanizer.Romanize(s.Hangul[0], Romanization.Dprk, RomanizationStyle.JoinedAscii),
                "the first spelling of a class is the DPRK romanisation of its first Hangul");
            KoreanSurnames.Key(s.Id).Should().StartWith(KoreanSurnames.Key(s.Spellings[0]));
        });
    }

    [Fact]
    public void Table_EveryHangulRomanisesToOneOfItsSpellings_InEverySystem()
    {
        var missing = new List<string>();
        foreach (var surname in KoreanSurnames.All)
        {
            foreach (var hangul in surname.Hangul)
            {
                foreach (var system in Enum.GetValues<Romanization>())
                {
                    var latin = HangulRomanizer.RomanizeName(hangul, system, RomanizationStyle.SpacedAscii);
                    if (!KoreanSurnames.Canonical(latin).Contains(surname.Id))
                    {
                        missing.Add($"{surname.Id} {hangul} {system}: {latin}");
                    }
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void IsKnown_IgnoresCaseAndPunctuation()
    {
        KoreanSurnames.IsKnown("CH'OE").Should().BeTrue();
        KoreanSurnames.IsKnown("ch’oe").Should().BeTrue();
        KoreanSurnames.IsKnown("Ch‘ŏe").Should().BeTrue();
        KoreanSurnames.IsKnown("Smith").Should().BeFalse();
        KoreanSurnames.IsKnown("").Should().BeFalse();
    }

    // DPRK-program individuals on the 2024-05 SDN whose family names are not Korean (Chinese, Taiwanese, Russian,
    // Turkish, Indian, Singaporean, Hong Kong and other facilitators). Each was checked by hand against its remarks.
    private static readonly HashSet<string> NonKoreanSdnIndividuals = new(StringComparer.Ordinal)
    {
        "LAI, Leonard", "HUSSAIN, Mavungal", "PISKLIN, Mikhail Yur'evich", "CHI, Yupeng", "SERBIN, Andrey",
        "LI, Hong Ri", "SUN, Sidong", "TSANG, Yung Yuan", "KOLCHANOV, Vasili Aleksandrovich", "SAHIN, Huseyin",
        "CULHA, Erhan", "TAN, Wee Beng", "AMTCHENTSEV, Vladlen", "HUANG, Wang Ken", "CHEN, Mei Hsiang",
        "TIAN, Yinyin", "LI, Jiadong", "SOIN, Dmitriy Yurevich", "LU, Hezheng", "CHASOVNIKOV, Aleksandr Aleksandrovich",
        "GAYEVOY, Aleksandr Andreyevich", "KOZLOV, Sergey Mikhaylovich", "KWEK, Kee Seng", "CHEN, Shih Huan",
        "YAN, Zhiyong", "JADHAV, Deepak", "MKRTYCHEV, Ashot", "WU, Huihui", "CHENG, Hung Man", "SEMENOV, Roman",
    };

    [Fact]
    public void EveryKoreanDprkIndividualOnTheSdn_HasAKnownSurname()
    {
        var individuals = SdnDprkIndividuals();
        individuals.Should().HaveCount(164);

        var unknown = individuals
            .Where(r => !NonKoreanSdnIndividuals.Contains(r.Name))
            .Where(r => !KoreanSurnames.IsKnown(r.Name.Split(',')[0]))
            .Select(r => r.Name)
            .ToList();
        unknown.Should().BeEmpty();

        // The exclusions are real rows and none of them is a North Korean national.
        var excluded = individuals.Where(r => NonKoreanSdnIndividuals.Contains(r.Name)).ToList();
        excluded.Select(r => r.Name).Distinct(StringComparer.Ordinal).Should().HaveCount(NonKoreanSdnIndividuals.Count);
        excluded.Should().AllSatisfy(r => r.Remarks.Should().NotContain("nationality Korea"));
        (individuals.Count - excluded.Count).Should().BeGreaterThanOrEqualTo(130);
    }

    [Fact]
    public void EveryUnKpiIndividual_HasAKnownSurname()
    {
        var doc = XDocument.Load(SharedData.Path("lists", "un", "UN_consolidated.xml"));
        var kpi = doc.Descendants("INDIVIDUAL")
            .Where(e => ((string?)e.Element("REFERENCE_NUMBER") ?? "").StartsWith("KPi", StringComparison.Ordinal))
            .ToList();
        kpi.Should().HaveCount(80);

        var unknown = kpi
            .Select(e => (Ref: (string?)e.Element("REFERENCE_NUMBER"), Surname: (string?)e.Element("FIRST_NAME") ?? ""))
            // KPi.080 TSANG Yung Yuan is a Taiwanese national (also on the SDN list above).
            .Where(x => !string.Equals(x.Ref, "KPi.080", StringComparison.Ordinal))
            .Where(x => !KoreanSurnames.IsKnown(x.Surname))
            .ToList();
        unknown.Should().BeEmpty();
    }

    [Fact]
    public void UnKpiAliases_TheirSurnamesAgreeWithThePrimaryName()
    {
        // "Ri Che-son" for RI JE-SON, "Cho’n Myo’ng-kuk" for JON MYONG GUK, "Jang Myong-Jin" for CHANG MYONG-CHIN.
        KoreanSurnames.AreEquivalent("CHO’N", "JON").Should().BeTrue();
        KoreanSurnames.AreEquivalent("JANG", "CHANG").Should().BeTrue();
        KoreanSurnames.AreEquivalent("CHU", "JU").Should().BeTrue();
        KoreanSurnames.AreEquivalent("CHO", "JO").Should().BeTrue();
        KoreanSurnames.AreEquivalent("PAEK", "PAK").Should().BeFalse("KPi.006 lists Pak Chang-Ho as an alias of PAEK CHANG-HO: a different family name");
    }

    private static List<(string Name, string Remarks)> SdnDprkIndividuals()
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(SharedData.Path("lists", "ofac_sdn", "sdn.csv")))
        {
            var cells = SplitCsv(line);
            if (cells.Count < 12 || !string.Equals(cells[2], "individual", StringComparison.Ordinal))
            {
                continue;
            }

            if (cells[3].Split("] [").Any(p => p.StartsWith("DPRK", StringComparison.Ordinal)))
            {
                rows.Add((cells[1], cells[11]));
            }
        }

        return rows;
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }
}
