using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pincer.Cli.Tests;

/// <summary>
/// <c>lists diff</c> between the real UN list and a copy edited as text: KPi.019 removed, KPi.999 added (a copy of
/// KPi.018 under a new name), KPi.001 and the non-DPRK CDi.001 renamed, and a later dateGenerated.
/// </summary>
public sealed partial class ListsDiffCommandTests : CliTestBase
{
    [Fact]
    public async Task ListsDiff_ModifiedUnCopy_ReportsExactlyTheEdits()
    {
        await ImportUn();
        await RunOk("import", await WriteModifiedUn());

        var result = await RunOk("lists", "diff", "--json");

        var diff = result.Json();
        diff.GetProperty("source").GetString().Should().Be("un-sc");
        diff.GetProperty("from").GetProperty("version").GetInt64().Should().Be(1);
        diff.GetProperty("from").GetProperty("published").GetString().Should().Be("2026-02-27");
        diff.GetProperty("to").GetProperty("version").GetInt64().Should().Be(2);
        diff.GetProperty("to").GetProperty("published").GetString().Should().Be("2026-03-06");
        Ids(diff, "added").Should().Equal("un-sc:KPi.999");
        diff.GetProperty("added")[0].GetProperty("caption").GetString().Should().Be("TEST NEW PERSON");
        Ids(diff, "removed").Should().Equal("un-sc:KPi.019");
        diff.GetProperty("removed")[0].GetProperty("caption").GetString().Should().Be("KANG MUN KIL");
        diff.GetProperty("changed").EnumerateArray().Select(c => c.GetProperty("entity").GetProperty("id").GetString())
            .Should().Equal("un-sc:CDi.001", "un-sc:KPi.001");

        var yun = diff.GetProperty("changed").EnumerateArray().Single(c => c.GetProperty("entity").GetProperty("id").GetString() == "un-sc:KPi.001");
        var field = yun.GetProperty("fields").EnumerateArray().Should().ContainSingle().Subject;
        field.GetProperty("field").GetString().Should().Be("names");
        Strings(field, "added").Should().Equal("YUN HO-JINN (primary)");
        Strings(field, "removed").Should().Equal("YUN HO-JIN (primary)");
    }

    [Fact]
    public async Task ListsDiff_DprkOnly_LeavesOutOtherProgrammes()
    {
        await ImportUn();
        await RunOk("import", await WriteModifiedUn());

        var result = await RunOk("lists", "diff", "--dprk", "--json");

        var diff = result.Json();
        Ids(diff, "added").Should().Equal("un-sc:KPi.999");
        Ids(diff, "removed").Should().Equal("un-sc:KPi.019");
        diff.GetProperty("changed").EnumerateArray().Select(c => c.GetProperty("entity").GetProperty("id").GetString()).Should().Equal("un-sc:KPi.001");
    }

    [Fact]
    public async Task ListsDiff_Plain_PrintsCountsAndIds()
    {
        await ImportUn();
        await RunOk("import", await WriteModifiedUn());

        var result = await RunOk("lists", "diff", "--source", "un-sc", "--from", "1", "--to", "2");

        result.Output.Should().Contain("1 added").And.Contain("1 removed").And.Contain("2 changed");
        result.Output.Should().Contain("KPi.999").And.Contain("KPi.019").And.Contain("YUN HO-JINN");
    }

    [Fact]
    public async Task ListsDiff_OneVersionOnly_ExplainsThatTwoAreNeeded()
    {
        await ImportUn();

        var result = await Run("lists", "diff");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("no source has two versions");
    }

    private static List<string?> Ids(JsonElement diff, string section) =>
        diff.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();

    private static List<string?> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    private async Task<string> WriteModifiedUn()
    {
        var text = await File.ReadAllTextAsync(UnFile, TestContext.Current.CancellationToken);
        var blocks = IndividualBlock().Matches(text).ToList();
        string Block(string reference) => blocks.Single(m => m.Value.Contains($"<REFERENCE_NUMBER>{reference}</REFERENCE_NUMBER>", StringComparison.Ordinal)).Value;

        var jon = Block("KPi.018");
        var added = jon.Replace("<REFERENCE_NUMBER>KPi.018<", "<REFERENCE_NUMBER>KPi.999<", StringComparison.Ordinal)
            .Replace("<DATAID>6908506<", "<DATAID>9999999<", StringComparison.Ordinal)
            .Replace("<FIRST_NAME>JON<", "<FIRST_NAME>TEST<", StringComparison.Ordinal)
            .Replace("<SECOND_NAME>MYONG GUK<", "<SECOND_NAME>NEW PERSON<", StringComparison.Ordinal);
        added.Should().Contain("KPi.999").And.Contain("TEST").And.Contain("NEW PERSON");

        var modified = text
            .Replace(Block("KPi.019"), "", StringComparison.Ordinal)
            .Replace(jon, jon + "\n    " + added, StringComparison.Ordinal)
            .Replace(Block("KPi.001"), Block("KPi.001").Replace("<SECOND_NAME>HO-JIN<", "<SECOND_NAME>HO-JINN<", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace(Block("CDi.001"), Block("CDi.001").Replace("<SECOND_NAME>BADEGE<", "<SECOND_NAME>BADEGGE<", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("dateGenerated=\"2026-02-27T00:00:09.554Z\"", "dateGenerated=\"2026-03-06T00:00:09.554Z\"", StringComparison.Ordinal);
        modified.Should().NotContain("<REFERENCE_NUMBER>KPi.019<").And.Contain("HO-JINN").And.Contain("BADEGGE").And.Contain("2026-03-06T");

        var path = TempFile("UN_consolidated_modified.xml");
        await File.WriteAllTextAsync(path, modified, new UTF8Encoding(false), TestContext.Current.CancellationToken);
        return path;
    }

    [GeneratedRegex("<INDIVIDUAL>.*?</INDIVIDUAL>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex IndividualBlock();
}
