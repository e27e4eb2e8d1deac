using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pincer.Core;
using Pincer.Matching.Scoring;

namespace Pincer.Matching.Tests;

public sealed class NameScorerTests
{
    [Theory]
    [InlineData("Olaf Scholze", "Olaf Scholz")]
    [InlineData("Bashar al-Asasd", "Bashar al-Assad")] // transposition
    [InlineData("VladimirPutin", "Vladimir Putin")] // written together
    [InlineData("FridrichBuchenberg", "Friedrich Buchenberg")]
    [InlineData("Ротенберг Аркадий", "Arkadii Romanovich Rotenberg")] // script, order, missing patronymic
    [InlineData("KIM, Jong Un", "Kim Jong-un")]
    public void Compare_SamePersonWrittenDifferently_ScoresHigh(string left, string right) =>
        NameScorer.Compare(left, right, EntityKind.Person).Score.Should().BeGreaterThanOrEqualTo(0.75);

    [Theory]
    [InlineData("TARIQ ANWAR EL SAYED MOHAMED", "TARIQ ANWAR EL SAYED AHMED")]
    [InlineData("JAMAL MUSTAFA ABDALLAH SULTAN AL-DULAIMI", "JAMAL MUSTAFA ABDALLAH SULTAN AL-TIKRITI")]
    [InlineData("Angelo Cruz", "Angela Merkel")]
    [InlineData("Kim Yong Chol", "Kim Yong Chun")]
    public void Compare_DifferentPeople_StayBelowMatch(string left, string right) =>
        NameScorer.Compare(left, right, EntityKind.Person).Score.Should().BeLessThan(0.7);

    [Fact]
    public void Compare_OrganisationWithExtraDistinguishingWord_IsNotAMatch() =>
        NameScorer.Compare("Banco Santander S.A.", "Banco Santander México S.A.", EntityKind.Company).Score.Should().BeLessThan(0.7);

    [Fact]
    public void Compare_VesselNumbersDiffer_HalvesTheScore()
    {
        var comparison = NameScorer.Compare("ZU ZAG BONG 6", "ZU ZAG BONG 5", EntityKind.Vessel);
        comparison.Score.Should().BeLessThan(0.5);
        comparison.Adjustments.Should().Contain(a => a.Contains("numbers differ", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_IdenticalText_IsExactlyOne_NormalisedEqualIsJustBelow()
    {
        NameScorer.Compare("KIM JONG UN", "KIM JONG UN").Score.Should().Be(1.0);
        NameScorer.Compare("KIM JONG UN", "Kim Jong Un").Score.Should().Be(0.99);
    }

    [Fact]
    public void Compare_Explanation_NamesEveryAlignmentAndLeftover()
    {
        var comparison = NameScorer.Compare("Sergey Viktorovich LAVROV", "Serej Lavrov", EntityKind.Person);
        comparison.Alignments.Should().Contain(new TokenAlignment("lavrov", "lavrov", 1.0, "exact"));
        comparison.Alignments.Should().Contain(a => a.Left == "sergey" && a.Right == "serej" && a.Method == "edit");
        comparison.UnmatchedLeft.Should().Equal("viktorovich");
    }

    [Property]
    public bool Compare_IsSymmetricAndWithinUnitInterval(NonNull<string> left, NonNull<string> right)
    {
        var ab = NameScorer.Compare(left.Get, right.Get).Score;
        var ba = NameScorer.Compare(right.Get, left.Get).Score;
        return ab == ba && ab is >= 0 and <= 1;
    }

    [Property]
    public Property Compare_NameAgainstItself_IsOne() =>
        Prop.ForAll(Arb.From(Gen.Elements("KIM JONG UN", "Foreign Trade Bank", "丹东鸿祥实业发展有限公司", "Ri Pyong Chol", "ООО Байкал")), name =>
            NameScorer.Compare(name, name).Score == 1.0);
}

/// <summary>Issue #3: Korean names across romanisation systems and scripts.</summary>
public sealed class KoreanNameScoringTests
{
    [Theory]
    [InlineData("Kim Jong Un", "Kim Jong-un")]
    [InlineData("Kim Jong Un", "Gim Jeong-eun")]
    [InlineData("Kim Jong Un", "김정은")]
    [InlineData("Gim Jeong-eun", "김정은")]
    [InlineData("Ri Sol Ju", "Lee Seol-ju")]
    [InlineData("Ri Pyong Chol", "Yi Pyong Chol")]
    [InlineData("Ri Pyong Chol", "Rhee Pyong Chol")]
    [InlineData("Ri Pyong Chol", "Li Pyong Chol")]
    [InlineData("Pak Pong Ju", "Park Bong-ju")]
    [InlineData("Choe Ryong Hae", "Choi Ryong Hae")]
    public void Compare_RomanisationVariants_ScoreAtLeastPointNine(string left, string right) =>
        NameScorer.Compare(left, right, EntityKind.Person).Score.Should().BeGreaterThanOrEqualTo(0.9);

    [Theory]
    [InlineData("Kim Yong Chol", "Kim Yong Chun")]
    [InlineData("Kim Jong Un", "Kim Jong Man")]
    [InlineData("Kim Jong Un", "Kim Jong Sik")]
    [InlineData("Kim Jong Un", "Kim Yo Jong")]
    public void Compare_SameSurnameDifferentGivenName_StaysBelowMatch(string left, string right) =>
        NameScorer.Compare(left, right, EntityKind.Person).Score.Should().BeLessThan(NameScorer.DefaultMatchThreshold);

    [Fact]
    public void Compare_HangulName_ExplainsWhichReadingMatched()
    {
        var comparison = NameScorer.Compare("김정은", "Kim Jong Un", EntityKind.Person);
        comparison.Adjustments.Should().Contain(a => a.StartsWith("김정은 read as ", StringComparison.Ordinal));
    }
}
