using FsCheck.Xunit;
using Pincer.Core;
using Pincer.Matching.Text;

namespace Pincer.Matching.Tests;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("KIM, Jong-Un", "kim jong un")]
    [InlineData("Ch'oe Ryong Hae", "choe ryong hae")]
    [InlineData("Ротенберг Аркадий", "rotenberg arkadiy")]
    [InlineData("Margarita Simonyán", "margarita simonyan")]
    [InlineData("Präsident Barack Obama", "barack obama")]
    [InlineData("People’s Liberation Army", "peoples liberation army")]
    public void Normalize_Person_FoldsScriptCasePunctuationAndHonorifics(string raw, string expected) =>
        NameNormalizer.Normalize(raw, EntityKind.Person).Should().Be(expected);

    [Fact]
    public void Tokens_Company_MarksLegalFormsWeak()
    {
        var tokens = NameNormalizer.Tokens("Dandong Hongxiang Industrial Development Co., Ltd.", EntityKind.Company);
        tokens.Where(t => t.Role == TokenRole.Weak).Select(t => t.Text).Should().Equal("co", "ltd");
        tokens.Where(t => t.Role == TokenRole.Strong).Select(t => t.Text).Should().Equal("dandong", "hongxiang", "industrial", "development");
    }

    [Theory]
    [InlineData("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"БАЙКАЛ\"", "ooo baykal")]
    [InlineData("Societatea cu Răspundere Limitată PRO TRAFFIC", "srl pro traffic")]
    [InlineData("丹东鸿祥实业发展有限公司", "dan dong hong xiang shi ye fa zhan youxiangongsi")]
    public void Normalize_LongLegalForms_FoldToTheirAbbreviation(string raw, string expected) =>
        NameNormalizer.Normalize(raw, EntityKind.Company).Should().Be(expected);

    [Fact]
    public void Tokens_VesselNumber_IsANumberToken() =>
        NameNormalizer.Tokens("PETREL 8", EntityKind.Vessel).Should().Contain(new NameToken("8", TokenRole.Number));

    [Property]
    public bool Normalize_IsIdempotent(string? raw)
    {
        var once = NameNormalizer.Normalize(raw ?? "");
        return string.Equals(NameNormalizer.Normalize(once), once, StringComparison.Ordinal);
    }
}
