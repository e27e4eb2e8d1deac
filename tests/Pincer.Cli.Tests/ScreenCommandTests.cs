using System.Text.Json;
using Pincer.Testing;

namespace Pincer.Cli.Tests;

/// <summary>Issue #3 (first cut): <c>pincer screen</c> against the real UN list.</summary>
public sealed class ScreenCommandTests : CliTestBase
{
    [Fact]
    public async Task Screen_ListedDprkName_AlertsWithExplanationAndVersions()
    {
        await ImportUn();
        var json = (await RunOk("screen", "JON MYONG GUK", "--type", "person", "--dob", "1976-10-18", "--json")).Json();
        json.GetProperty("decision").GetString().Should().Be("alert");
        var top = json.GetProperty("matches")[0];
        top.GetProperty("entity_id").GetString().Should().Be("un-sc:KPi.018");
        top.GetProperty("explanation").GetProperty("adjustments").EnumerateArray().Select(a => a.GetString())
            .Should().Contain(a => a!.Contains("equals listed 1976-10-18", StringComparison.Ordinal));
        json.GetProperty("list_versions")[0].GetString().Should().StartWith("un-sc@2026-02-27");
        json.GetProperty("engine").GetString().Should().StartWith("pincer-matching/");
    }

    [Fact]
    public async Task Screen_Batch_OneLinePerInputLineInOrderWithErrorsInPlace()
    {
        await ImportUn();
        var input = TempFile("parties.csv");
        var output = TempFile("results.jsonl");
        await File.WriteAllTextAsync(
            input,
            "id,name,type,dob,country\na1,JON MYONG GUK,person,1976-10-18,KP\na2,Ingeborg Abrahamsen,person,1972-11-21,\na3,,person,,\na4,KANG MUN KIL,person,1976-13-45,\n",
            TestContext.Current.CancellationToken);

        await RunOk("screen", "--input", input, "--output", output);

        var lines = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("id").GetString()).Should().Equal("a1", "a2", "a3", "a4");
        lines[0].GetProperty("decision").GetString().Should().Be("alert");
        lines[1].GetProperty("decision").GetString().Should().Be("clear");
        lines[2].GetProperty("error").GetString().Should().Contain("expected a name");
        lines[3].GetProperty("error").GetString().Should().Contain("date of birth");
    }

    [Fact]
    public async Task Screen_EmptyStore_SaysToImportFirst()
    {
        var result = await Run("screen", "KIM JONG UN");
        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("pincer import");
    }
}

/// <summary>Issue #3 (first cut): <c>pincer eval screening</c> and <c>pincer bench screen</c>.</summary>
public sealed class EvalAndBenchScreeningTests : CliTestBase
{
    [Fact]
    public async Task EvalScreening_UnFixtures_FindsTheUnPositives()
    {
        await ImportUn();
        var json = (await RunOk("eval", "screening", "--fixtures", SharedData.Path("eval", "yente_fixtures"), "--negatives", "200", "--json")).Json();
        var untreated = json.EnumerateArray().Single(r => r.GetProperty("file").GetString() == "positives_un_untreated");
        untreated.GetProperty("records").GetInt32().Should().Be(683);
        untreated.GetProperty("recall").GetDouble().Should().BeGreaterThan(0.99);
        json.EnumerateArray().Single(r => r.GetProperty("file").GetString() == "negatives_global")
            .GetProperty("alert_rate_with_dob").GetDouble().Should().BeLessThan(0.02);
    }

    [Fact]
    public async Task BenchScreen_ReportsLatencyPercentilesAndThroughput()
    {
        await ImportUn();
        var json = (await RunOk("bench", "screen", "--input", SharedData.Path("eval", "yente_fixtures", "negatives_us.csv"), "--count", "300", "--json")).Json();
        json.GetProperty("queries").GetInt32().Should().Be(300);
        json.GetProperty("latency_ms").GetProperty("p99").GetDouble().Should().BePositive();
        json.GetProperty("batch_names_per_s").GetDouble().Should().BePositive();
    }
}
