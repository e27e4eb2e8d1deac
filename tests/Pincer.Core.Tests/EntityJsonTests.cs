using Pincer.Core;

namespace Pincer.Core.Tests;

public sealed class EntityJsonTests
{
    private static Entity Sample() => new("un-sc:KPi.018", EntityKind.Person)
    {
        Names = [new EntityName("JON MYONG GUK") { Given = "MYONG GUK", Family = "JON" }, new EntityName("전명국", NameKind.StrongAlias, "Hang"), new EntityName("Jon Yong Sang", NameKind.WeakAlias)],
        BirthDates = [DateSpan.Exactly(new PartialDate(1976, 10, 18)), new DateSpan(new PartialDate(1960), new PartialDate(1962), Approximate: true)],
        Countries = [new CountryLink("KP", CountryRole.Nationality)],
        Identifiers = [new Identifier(IdentifierKind.Passport, "4721202031", "4721202031") { Country = "KP", Note = "expires 2017-02-21", Qualifier = "Passport" }],
        Addresses = [new Address { City = "Damascus", Country = "SY", Full = "Damascus, Syria" }],
        Designations = [new Designation("UN-SC", "UN List") { Programs = ["DPRK"], ListedOn = new PartialDate(2016, 3, 2), References = ["KPi.018"] }],
        Facts = [new EntityFact(FactNames.Position, "Tanchon Commercial Bank Representative in Syria")],
        Remarks = "Pursuant to Resolution 2371(2017) …",
        Provenance = new Provenance(ListSources.UnSecurityCouncil, "UN_consolidated.xml:line 9666"),
    };

    [Fact]
    public void SerializeThenDeserialize_KeepsEveryField()
    {
        var original = Sample();
        var back = EntityJson.Deserialize(EntityJson.Serialize(original));
        back.Should().BeEquivalentTo(original);
        back.IsDprk.Should().BeTrue();
        back.Caption.Should().Be("JON MYONG GUK");
    }

    [Fact]
    public void Serialize_WritesReadableDatesAndEnums()
    {
        var json = EntityJson.Serialize(Sample());
        json.Should().Contain("\"1976-10-18\"").And.Contain("\"~1960..1962\"").And.Contain("\"weak_alias\"").And.Contain("\"nationality\"").And.Contain("전명국");
    }

    [Fact]
    public void ContentHash_IgnoresProvenanceButNotContent()
    {
        var a = Sample();
        var moved = a with { Provenance = new Provenance(ListSources.UnSecurityCouncil, "UN_consolidated.xml:line 1") };
        var renamed = a with { Names = [new EntityName("JON MYONG-GUK")] };
        EntityJson.ContentHash(moved).Should().Be(EntityJson.ContentHash(a));
        EntityJson.ContentHash(renamed).Should().NotBe(EntityJson.ContentHash(a));
    }
}
