using System.Text.Json;

namespace Pincer.Cli.Tests;

/// <summary>stats, lists, lists issues, entity and search over a store holding the real UN list.</summary>
public sealed class QueryCommandTests : CliTestBase
{
    [Fact]
    public async Task Stats_Json_HasUnCountsByTypeProgramAndIdentifier()
    {
        await ImportUn();

        var result = await RunOk("stats", "--json");

        var stats = result.Json().EnumerateObject().Should().ContainSingle().Which.Value;
        foreach (var property in new[] { "source", "published", "entities", "by_type", "by_program", "identifiers" })
        {
            stats.TryGetProperty(property, out _).Should().BeTrue("stats --json objects have '{0}'", property);
        }

        stats.GetProperty("source").GetString().Should().Be("un-sc");
        stats.GetProperty("published").GetString().Should().Be("2026-02-27");
        stats.GetProperty("entities").GetInt32().Should().Be(1003);
        stats.GetProperty("dprk").GetInt32().Should().Be(155);
        stats.GetProperty("by_program").GetProperty("DPRK").GetInt32().Should().Be(155);
        var byType = stats.GetProperty("by_type");
        byType.GetProperty("person").GetInt32().Should().Be(730);
        byType.EnumerateObject().Sum(p => p.Value.GetInt32()).Should().Be(1003);
        stats.GetProperty("identifiers").GetProperty("passport").GetInt32().Should().BePositive();
    }

    [Fact]
    public async Task Stats_Plain_PrintsCounts()
    {
        await ImportUn();

        var result = await RunOk("stats", "--latest");

        result.Output.Should().Contain("un-sc").And.Contain("1,003 entities").And.Contain("155 under a DPRK programme");
    }

    [Fact]
    public async Task Lists_Json_DescribesTheVersion()
    {
        await ImportUn();

        var result = await RunOk("lists", "--json");

        var version = result.Json().EnumerateArray().Should().ContainSingle().Subject;
        version.GetProperty("version").GetInt64().Should().Be(1);
        version.GetProperty("source").GetString().Should().Be("un-sc");
        version.GetProperty("format").GetString().Should().Be("un-xml");
        version.GetProperty("published").GetString().Should().Be("2026-02-27");
        version.GetProperty("file").GetString().Should().Be("UN_consolidated.xml");
        version.GetProperty("entities").GetInt32().Should().Be(1003);
        version.GetProperty("sha256").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task Lists_Plain_ShowsATable()
    {
        await ImportUn();

        var result = await RunOk("lists");

        result.Output.Should().Contain("un-sc").And.Contain("2026-02-27").And.Contain("1,003");
    }

    [Fact]
    public async Task ListsIssues_UnVersion_ListsReadIssues()
    {
        await ImportUn();
        var version = (await RunOk("lists", "--json")).Json()[0];

        var plain = await RunOk("lists", "issues", "1");
        var json = await RunOk("lists", "issues", "1", "--json");

        json.Json().GetArrayLength().Should().Be(version.GetProperty("issues").GetInt32()).And.BePositive();
        json.Json()[0].GetProperty("locator").GetString().Should().StartWith("UN_consolidated.xml:");
        plain.Output.Should().Contain($"{version.GetProperty("issues").GetInt32()} issue(s).");
    }

    [Fact]
    public async Task Entity_KPi018Json_HasPassportAndNationality()
    {
        await ImportUn();

        var result = await RunOk("entity", "un-sc:KPi.018", "--json");

        var json = result.Json();
        var entity = json.GetProperty("entity");
        entity.GetProperty("id").GetString().Should().Be("un-sc:KPi.018");
        entity.GetProperty("kind").GetString().Should().Be("person");
        entity.GetProperty("names")[0].GetProperty("full").GetString().Should().Be("JON MYONG GUK");
        var passport = entity.GetProperty("identifiers").EnumerateArray().Should().ContainSingle().Subject;
        passport.GetProperty("kind").GetString().Should().Be("passport");
        passport.GetProperty("value").GetString().Should().Be("4721202031");
        entity.GetProperty("countries").EnumerateArray()
            .Should().Contain(c => c.GetProperty("code").GetString() == "KP" && c.GetProperty("role").GetString() == "nationality");
        json.GetProperty("version").GetInt64().Should().Be(1);
        json.GetProperty("versions").EnumerateArray().Should().ContainSingle().Which.GetProperty("source").GetString().Should().Be("un-sc");
    }

    [Fact]
    public async Task Entity_KPi018Plain_ShowsFields()
    {
        await ImportUn();

        var result = await RunOk("entity", "un-sc:KPi.018");

        result.Output.Should().Contain("JON MYONG GUK").And.Contain("4721202031").And.Contain("KP");
    }

    [Fact]
    public async Task Entity_UnknownId_ExitsOneWithSearchHint()
    {
        await ImportUn();

        var result = await Run("entity", "un-sc:KPi.0188");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("no entity 'un-sc:KPi.0188'").And.Contain("pincer search");
    }

    [Fact]
    public async Task Entity_NameInsteadOfId_ExitsOneSuggestingTheId()
    {
        await ImportUn();

        var result = await Run("entity", "KOREA KWANGSON BANKING CORPORATION");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("did you mean").And.Contain("un-sc:KPe.025");
    }

    [Fact]
    public async Task Search_NameFragment_FindsKwangsonBank()
    {
        await ImportUn();

        var json = await RunOk("search", "KWANGSON", "--json");
        var lower = await RunOk("search", "kwangson", "--json");
        var plain = await RunOk("search", "KWANGSON");

        var hits = json.Json().EnumerateArray().ToList();
        hits.Select(h => h.GetProperty("entityId").GetString()).Should().Contain("un-sc:KPe.025");
        hits.Should().OnlyContain(h => h.GetProperty("matchedName").GetString()!.Contains("KWANGSON", StringComparison.OrdinalIgnoreCase));
        lower.Output.Should().Be(json.Output);
        plain.Output.Should().Contain("KPe.025");
    }

    [Fact]
    public async Task Search_IdentifierValue_FindsTheHolder()
    {
        await ImportUn();

        var result = await RunOk("search", "4721202031", "--json");

        var hit = result.Json().EnumerateArray().Should().ContainSingle().Subject;
        hit.GetProperty("entityId").GetString().Should().Be("un-sc:KPi.018");
        hit.GetProperty("matchedOn").GetString().Should().Be("passport");
    }

    [Fact]
    public async Task Search_NoMatch_SaysSo()
    {
        await ImportUn();

        var plain = await RunOk("search", "zzz-nobody-zzz");
        var json = await RunOk("search", "zzz-nobody-zzz", "--json");

        plain.Output.Should().Contain("No entity matches.");
        json.Json().ValueKind.Should().Be(JsonValueKind.Array);
        json.Json().GetArrayLength().Should().Be(0);
    }
}
