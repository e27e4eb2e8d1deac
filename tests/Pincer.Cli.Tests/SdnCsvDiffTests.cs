using System.Text.Json;
using Pincer.Testing;

namespace Pincer.Cli.Tests;

/// <summary>
/// Issue #2: <c>lists diff</c> between the 2021-07 and the 2024-05 OFAC SDN CSV sets reports the DPRK
/// entries added and removed (and changed) in between, checked by name against the published files.
/// </summary>
public sealed class SdnCsvDiffTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pincer-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PincerApp.RunAsync([.. args, "--db", Path.Combine(_dir, "store.duckdb")], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ListsDiff_Sdn2021To2024_ReportsKnownDprkAdditionsRemovalsAndChanges()
    {
        (await Run("import", "--published", "2021-07-07", SharedData.Path("lists", "ofac_sdn_2021"))).Exit.Should().Be(0);
        (await Run("import", "--published", "2024-05-03", SharedData.Path("lists", "ofac_sdn"))).Exit.Should().Be(0);

        var (exit, json, err) = await Run("lists", "diff", "--source", "us-ofac-sdn", "--dprk", "--json");
        exit.Should().Be(0, err);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        root.GetProperty("from").GetProperty("published").GetString().Should().Be("2021-07-07");
        root.GetProperty("to").GetProperty("published").GetString().Should().Be("2024-05-03");

        static Dictionary<string, string> ById(JsonElement array) =>
            array.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("caption").GetString()!, StringComparer.Ordinal);
        var added = ById(root.GetProperty("added"));
        var removed = ById(root.GetProperty("removed"));

        // 414 DPRK entries in 2021, 484 in 2024: 72 designated in between, 2 delisted.
        added.Should().HaveCount(72);
        removed.Should().HaveCount(2);
        added.Should().Contain("us-ofac-sdn:37517", "FAR EASTERN BANK"); // Vladivostok bank, DPRK3
        added.Should().Contain("us-ofac-sdn:35758", "RK BRIZ, OOO");
        added.Should().Contain("us-ofac-sdn:34024", "LU, Hezheng");
        removed.Should().Contain("us-ofac-sdn:25690", "JW JEWEL");
        removed.Should().Contain("us-ofac-sdn:22611", "HUISH, Irina Igorevna");

        // LAZARUS GROUP gained its Ethereum addresses in April 2022.
        var lazarus = root.GetProperty("changed").EnumerateArray()
            .Single(c => c.GetProperty("entity").GetProperty("id").GetString() == "us-ofac-sdn:27307");
        var identifiers = lazarus.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "identifiers");
        identifiers.GetProperty("added").EnumerateArray().Select(a => a.GetString())
            .Should().Contain("crypto_address:ETH:0x098b716b8aaf21512996dc57eb0615e2383e2f96");
    }

    [Fact]
    public async Task ListsDiff_HumanOutput_NamesCountsAndEntities()
    {
        await Run("import", "--published", "2021-07-07", SharedData.Path("lists", "ofac_sdn_2021"));
        await Run("import", "--published", "2024-05-03", SharedData.Path("lists", "ofac_sdn"));

        var (exit, text, _) = await Run("lists", "diff", "--dprk");
        exit.Should().Be(0);
        text.Should().Contain("72 added").And.Contain("2 removed").And.Contain("FAR EASTERN BANK").And.Contain("JW JEWEL");
    }
}
