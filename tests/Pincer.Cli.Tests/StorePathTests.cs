using Pincer.Storage;

namespace Pincer.Cli.Tests;

/// <summary>Sets PINCER_DB for the whole process, so it runs alone (the other tests always pass --db, which wins).</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class StorePathTests : CliTestBase
{
    [Fact]
    public async Task Lists_NoDbOption_UsesPincerDbVariable()
    {
        await ImportUn();
        var previous = Environment.GetEnvironmentVariable(StorePaths.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(StorePaths.EnvironmentVariable, Db);
            var viaEnv = await RunRaw("lists", "--json");

            Environment.SetEnvironmentVariable(StorePaths.EnvironmentVariable, TempFile("elsewhere.duckdb"));
            var optionWins = await RunRaw("lists", "--json", "--db", Db);
            var missing = await RunRaw("lists", "--json");

            viaEnv.ExitCode.Should().Be(0, viaEnv.ToString());
            viaEnv.Json()[0].GetProperty("source").GetString().Should().Be("un-sc");
            optionWins.ExitCode.Should().Be(0, optionWins.ToString());
            optionWins.Json().GetArrayLength().Should().Be(1);
            missing.ExitCode.Should().Be(1);
            missing.Error.Should().Contain("elsewhere.duckdb");
        }
        finally
        {
            Environment.SetEnvironmentVariable(StorePaths.EnvironmentVariable, previous);
        }
    }
}
