using Pincer.Core;

namespace Pincer.Core.Tests;

public sealed class EntityClassifierTests
{
    [Theory]
    [InlineData("KOREA KWANGSON BANKING CORP", EntityKind.Bank)]
    [InlineData("DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO., LTD.", EntityKind.Company)]
    [InlineData("丹东鸿祥实业发展有限公司", EntityKind.Company)]
    [InlineData("RECONNAISSANCE GENERAL BUREAU", EntityKind.Organization)]
    public void ClassifyOrganization_ByName(string name, EntityKind expected) =>
        EntityClassifier.ClassifyOrganization([new EntityName(name)], []).Should().Be(expected);

    [Fact]
    public void ClassifyOrganization_WithBic_IsBank() =>
        EntityClassifier.ClassifyOrganization([new EntityName("KORYO CREDIT DEVELOPMENT")], [new Identifier(IdentifierKind.Bic, "KCBKKPP1", "KCBKKPP1")])
            .Should().Be(EntityKind.Bank);

    [Fact]
    public void DetectScript_RecognisesKoreanChineseCyrillic()
    {
        EntityName.DetectScript("김정은").Should().Be("Hang");
        EntityName.DetectScript("丹东").Should().Be("Hani");
        EntityName.DetectScript("Дальневосточный банк").Should().Be("Cyrl");
        EntityName.DetectScript("KIM JONG UN").Should().Be("Latn");
    }
}
