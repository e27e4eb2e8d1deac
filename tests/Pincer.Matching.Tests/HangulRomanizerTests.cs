using Pincer.Matching.Korean;

namespace Pincer.Matching.Tests;

public sealed class HangulRomanizerTests
{
    [Theory]
    [InlineData("김정은", "Kim Jong Un")]
    [InlineData("리설주", "Ri Sol Ju")]
    [InlineData("최룡해", "Choe Ryong Hae")]
    [InlineData("박봉주", "Pak Pong Ju")]
    [InlineData("김여정", "Kim Yo Jong")]
    [InlineData("김영철", "Kim Yong Chol")]
    [InlineData("리병철", "Ri Pyong Chol")]
    public void RomanizeName_Dprk_SpacedAscii_GivesTheListedSpelling(string hangul, string expected) =>
        HangulRomanizer.RomanizeName(hangul, Romanization.Dprk, RomanizationStyle.SpacedAscii).Should().Be(expected);

    [Fact]
    public void RomanizeName_Dprk_KeepsBrevesUnlessAscii() =>
        HangulRomanizer.RomanizeName("김영철", Romanization.Dprk, new RomanizationStyle(SyllableSeparator.Space))
            .Should().Be("Kim Yŏng Chŏl");

    [Theory]
    [InlineData("김정은", SyllableSeparator.Hyphen, false, "Kim Chŏng-ŭn")]
    [InlineData("김정은", SyllableSeparator.Hyphen, true, "Kim Chong-un")]
    [InlineData("최룡해", SyllableSeparator.Hyphen, false, "Ch'oe Ryong-hae")]
    [InlineData("최룡해", SyllableSeparator.Hyphen, true, "Choe Ryong-hae")]
    [InlineData("박정희", SyllableSeparator.Hyphen, false, "Pak Chŏng-hŭi")]
    [InlineData("김대중", SyllableSeparator.Hyphen, true, "Kim Tae-jung")]
    [InlineData("리설주", SyllableSeparator.Hyphen, false, "Ri Sŏl-chu")]
    [InlineData("김일성", SyllableSeparator.Hyphen, false, "Kim Il-sŏng")]
    public void RomanizeName_McCuneReischauer(string hangul, SyllableSeparator separator, bool ascii, string expected) =>
        HangulRomanizer.RomanizeName(hangul, Romanization.McCuneReischauer, new RomanizationStyle(separator, ascii))
            .Should().Be(expected);

    [Theory]
    [InlineData("김정은", SyllableSeparator.Hyphen, "Gim Jeong-eun")]
    [InlineData("김정은", SyllableSeparator.None, "Gim Jeongeun")]
    [InlineData("김여정", SyllableSeparator.Hyphen, "Gim Yeo-jeong")]
    [InlineData("이설주", SyllableSeparator.Hyphen, "Yi Seol-ju")]
    [InlineData("박봉주", SyllableSeparator.Hyphen, "Bak Bong-ju")]
    [InlineData("한복남", SyllableSeparator.None, "Han Boknam")]
    public void RomanizeName_Revised(string hangul, SyllableSeparator separator, string expected) =>
        HangulRomanizer.RomanizeName(hangul, Romanization.Revised, new RomanizationStyle(separator))
            .Should().Be(expected);

    [Theory]
    [InlineData("김정은", SyllableSeparator.None, "Kim Jongun")]
    [InlineData("김정은", SyllableSeparator.Hyphen, "Kim Jong-un")]
    [InlineData("김정은", SyllableSeparator.Space, "Kim Jong Un")]
    public void RomanizeName_StyleSeparatesOnlyTheGivenName(string hangul, SyllableSeparator separator, string expected) =>
        HangulRomanizer.RomanizeName(hangul, Romanization.Dprk, new RomanizationStyle(separator, Ascii: true))
            .Should().Be(expected);

    [Theory]
    [InlineData("김정은", "Kim Jong Un")]
    [InlineData("김정은", "Kim Jong-un")]
    [InlineData("김정은", "Kim Jongun")]
    [InlineData("김정은", "KIM JONG UN")]
    [InlineData("김정은", "Gim Jeong-eun")]
    [InlineData("김정은", "Kim Chong-un")]
    [InlineData("김정은", "Kim Chŏng-ŭn")]
    [InlineData("리설주", "Ri Sol Ju")]
    [InlineData("리설주", "Yi Seol-ju")]
    [InlineData("리설주", "Lee Seol-ju")]
    [InlineData("리설주", "Ri Sol-ju")]
    [InlineData("최룡해", "Choe Ryong Hae")]
    [InlineData("최룡해", "Ch'oe Ryong-hae")]
    [InlineData("최룡해", "Choi Ryong-hae")]
    [InlineData("최룡해", "Choe Yong-hae")]
    [InlineData("박봉주", "Pak Pong Ju")]
    [InlineData("박봉주", "Park Bong-ju")]
    [InlineData("박봉주", "Pak Pong-ju")]
    [InlineData("김여정", "Kim Yo Jong")]
    [InlineData("김여정", "Kim Yeo-jeong")]
    [InlineData("김여정", "Kim Yo-jong")]
    [InlineData("김영철", "Kim Yong Chol")]
    [InlineData("김영철", "Kim Yeong-cheol")]
    [InlineData("리병철", "Ri Pyong Chol")]
    [InlineData("리병철", "Lee Byeong-cheol")]
    [InlineData("조연준", "Cho Yon Chun")]
    [InlineData("조연준", "Jo Yon Jun")]
    [InlineData("김중정", "Kim Chung Chong")]
    [InlineData("김중정", "Kim Jung Jong")]
    [InlineData("박일규", "Pak Il Kyu")]
    [InlineData("박일규", "Pak Il-Gyu")]
    [InlineData("민병철", "Min Byong Chol")]
    [InlineData("민병철", "Min Pyong-chol")]
    [InlineData("박봉남", "Pak Bong Nam")]
    [InlineData("박봉남", "Pak Pong Nam")]
    [InlineData("조춘룡", "Cho Chun-ryong")]
    public void Variants_ContainTheSpellingsSeenInPractice(string hangul, string spelling) =>
        HangulRomanizer.Variants(hangul).Should().Contain(v => string.Equals(v, spelling, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Variants_AreDistinctIgnoringCase_AndStable()
    {
        var first = HangulRomanizer.Variants("최룡해");
        first.Should().OnlyHaveUniqueItems(v => v.ToUpperInvariant());
        HangulRomanizer.Variants("최룡해").Should().Equal(first);
        first[0].Should().Be("Choe Ryong Hae");
    }

    [Theory]
    [InlineData("남궁민수", "Namgung Min Su")]
    [InlineData("황보철민", "Hwangbo Chol Min")]
    [InlineData("제갈성진", "Jegal Song Jin")]
    [InlineData("선우영철", "Sonu Yong Chol")]
    [InlineData("독고영재", "Tokko Yong Jae")]
    [InlineData("사공일남", "Sagong Il Nam")]
    public void RomanizeName_FourSyllables_SplitsTwoSyllableFamilyNames(string hangul, string expected) =>
        HangulRomanizer.RomanizeName(hangul, Romanization.Dprk, RomanizationStyle.SpacedAscii).Should().Be(expected);

    [Fact]
    public void Variants_TwoSyllableFamilyName_UsesItsConventionalSpellings()
    {
        var variants = HangulRomanizer.Variants("남궁민수");
        variants.Should().Contain("Namgung Min Su").And.Contain("Namkoong Min-su").And.Contain("Namgung Minsu");
    }

    [Fact]
    public void SplitName_RespectsAnExplicitSpace()
    {
        HangulRomanizer.SplitName("남 궁민", out var family, out var given).Should().BeTrue();
        family.Should().Be("남");
        given.Should().Be("궁민");
    }

    [Theory]
    [InlineData("조선", Romanization.McCuneReischauer, "Choson")]
    [InlineData("조선", Romanization.Revised, "Joseon")]
    [InlineData("조선", Romanization.Dprk, "Joson")]
    [InlineData("평양", Romanization.McCuneReischauer, "Pyongyang")]
    [InlineData("평양", Romanization.Dprk, "Phyongyang")]
    [InlineData("평양", Romanization.Revised, "Pyeongyang")]
    [InlineData("신의주", Romanization.Dprk, "Sinuiju")]
    [InlineData("신의주", Romanization.McCuneReischauer, "Sinuiju")]
    [InlineData("신의주", Romanization.Revised, "Sinuiju")]
    [InlineData("남포", Romanization.Dprk, "Nampho")]
    [InlineData("남포", Romanization.McCuneReischauer, "Nampo")]
    [InlineData("라선", Romanization.Dprk, "Rason")]
    [InlineData("청진", Romanization.Dprk, "Chongjin")]
    [InlineData("청진", Romanization.McCuneReischauer, "Chongjin")]
    [InlineData("청진", Romanization.Revised, "Cheongjin")]
    public void Romanize_PlaceNames(string hangul, Romanization system, string expected) =>
        HangulRomanizer.Romanize(hangul, system, RomanizationStyle.JoinedAscii).Should().Be(expected);

    [Theory]
    [InlineData("조선", "Choson")]
    [InlineData("조선", "Joseon")]
    [InlineData("평양", "Pyongyang")]
    [InlineData("평양", "P'yŏngyang")]
    [InlineData("남포", "Nampho")]
    [InlineData("남포", "Nampo")]
    public void WordVariants_ContainTheCommonSpellings(string hangul, string spelling) =>
        HangulRomanizer.WordVariants(hangul).Should().Contain(spelling);

    [Theory]
    [InlineData("한국", Romanization.McCuneReischauer, "Han'guk")]
    [InlineData("한국어", Romanization.McCuneReischauer, "Han'gugŏ")]
    [InlineData("한국어", Romanization.Revised, "Hangugeo")]
    [InlineData("천리마", Romanization.Dprk, "Chŏllima")]
    [InlineData("신라", Romanization.Revised, "Silla")]
    [InlineData("설날", Romanization.Revised, "Seollal")]
    [InlineData("종로", Romanization.Revised, "Jongno")]
    [InlineData("종로", Romanization.McCuneReischauer, "Chongno")]
    [InlineData("압록강", Romanization.McCuneReischauer, "Amnokkang")]
    [InlineData("압록", Romanization.Dprk, "Amrok")]
    [InlineData("백마산", Romanization.Dprk, "Paengmasan")]
    [InlineData("독립", Romanization.Revised, "Dongnip")]
    [InlineData("붉은바위", Romanization.Dprk, "Pulgŭnbawi")]
    [InlineData("닭섬", Romanization.Dprk, "Taksŏm")]
    [InlineData("찔레골", Romanization.Dprk, "Jjilregol")]
    [InlineData("백두산", Romanization.Dprk, "Paektusan")]
    [InlineData("만경대", Romanization.Dprk, "Mangyŏngdae")]
    [InlineData("좋다", Romanization.McCuneReischauer, "Chot'a")]
    [InlineData("좋아", Romanization.Revised, "Joa")]
    [InlineData("쉬", Romanization.McCuneReischauer, "Shwi")]
    [InlineData("일지", Romanization.McCuneReischauer, "Ilchi")]
    [InlineData("부산", Romanization.McCuneReischauer, "Pusan")]
    [InlineData("대구", Romanization.McCuneReischauer, "Taegu")]
    [InlineData("대구", Romanization.Revised, "Daegu")]
    public void Romanize_WordRules(string hangul, Romanization system, string expected) =>
        HangulRomanizer.Romanize(hangul, system).Should().Be(expected);

    [Fact]
    public void Romanize_PassesOtherCharactersThrough() =>
        HangulRomanizer.Romanize("조선 Trading Co. (평양) 2024", Romanization.Dprk, RomanizationStyle.JoinedAscii)
            .Should().Be("Joson Trading Co. (Phyongyang) 2024");

    [Fact]
    public void Romanize_MrApostropheDisappearsWhenSyllablesAreSeparated() =>
        HangulRomanizer.Romanize("한국", Romanization.McCuneReischauer, new RomanizationStyle(SyllableSeparator.Hyphen))
            .Should().Be("Han-guk");

    [Theory]
    [InlineData("리설주", "이설주")]
    [InlineData("최 룡해", "최 용해")]
    [InlineData("로동", "노동")]
    [InlineData("류경", "유경")]
    [InlineData("녀성", "여성")]
    [InlineData("김정은", "김정은")]
    public void SouthKoreanSpelling_AppliesTheInitialSoundRule(string north, string south) =>
        HangulRomanizer.SouthKoreanSpelling(north).Should().Be(south);

    [Fact]
    public void ToAscii_StripsBrevesAndApostrophes() =>
        HangulRomanizer.ToAscii("Ch'oe Chŏng-ŭn P’yŏngyang").Should().Be("Choe Chong-un Pyongyang");
}
