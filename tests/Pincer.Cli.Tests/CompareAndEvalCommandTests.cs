using System.Text.Json;
using Pincer.Testing;

namespace Pincer.Cli.Tests;

/// <summary>Issue #3 groundwork: <c>pincer compare</c> and <c>pincer eval names</c>.</summary>
public sealed class CompareAndEvalCommandTests : CliTestBase
{
    [Fact]
    public async Task Compare_Json_GivesScoreMatchAndExplanation()
    {
        var json = (await RunOk("compare", "KIM, Jong-Un", "Kim Jong Un", "--type", "person", "--json")).Json();
        json.GetProperty("score").GetDouble().Should().Be(0.99);
        json.GetProperty("match").GetBoolean().Should().BeTrue();
        json.GetProperty("explanation").GetProperty("alignments").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Compare_Batch_WritesOneLinePerInputLineWithErrorsInPlace()
    {
        var input = TempFile("pairs.csv");
        var output = TempFile("scores.jsonl");
        await File.WriteAllTextAsync(input, "name1,name2,type\nKim Jong Un,Kim Jong-un,person\n,Kim,\nBanco Santander S.A.,Banco Santander México S.A.,company\n", TestContext.Current.CancellationToken);

        await RunOk("compare", "--input", input, "--output", output);

        var lines = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(3);
        lines[0].GetProperty("match").GetBoolean().Should().BeTrue();
        lines[1].GetProperty("error").GetString().Should().Contain("line 3");
        lines[2].GetProperty("match").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Compare_OneName_FailsWithUsage()
    {
        var result = await Run("compare", "KIM JONG UN");
        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("give two names");
    }

    [Fact]
    public async Task EvalNames_DevCases_BeatsTheLogicV2Baseline()
    {
        var json = (await RunOk("eval", "names", "--cases", SharedData.Path("eval", "nomenklatura", "name_bench_cases_dev.csv"), "--json")).Json();
        json.GetProperty("cases").GetInt32().Should().Be(447);
        // nomenklatura logic-v2: F1 0.790 on the full bench; issue #3 asks for 0.90 (not reached yet: see docs/decisions/0003).
        json.GetProperty("f1").GetDouble().Should().BeGreaterThan(0.79);
        json.GetProperty("share_at_one").GetDouble().Should().BeLessThan(0.10);
    }
}
