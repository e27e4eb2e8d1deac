namespace Pincer.Storage.Tests;

/// <summary>These tests set process environment variables, so they run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class StorePathsTests : IDisposable
{
    private readonly string? _db = Environment.GetEnvironmentVariable(StorePaths.EnvironmentVariable);
    private readonly string? _xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(StorePaths.EnvironmentVariable, _db);
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", _xdg);
    }

    [Fact]
    public void Resolve_OptionGiven_WinsOverEnvironment()
    {
        Environment.SetEnvironmentVariable(StorePaths.EnvironmentVariable, "/tmp/from-env.duckdb");

        StorePaths.Resolve("relative/store.duckdb").Should().Be(Path.GetFullPath("relative/store.duckdb"));
        StorePaths.Resolve("/srv/pincer.duckdb").Should().Be("/srv/pincer.duckdb");
    }

    [Fact]
    public void Resolve_NoOption_UsesEnvironmentVariable()
    {
        Environment.SetEnvironmentVariable(StorePaths.EnvironmentVariable, "/tmp/from-env.duckdb");

        StorePaths.Resolve(null).Should().Be("/tmp/from-env.duckdb");
        StorePaths.Resolve("  ").Should().Be("/tmp/from-env.duckdb");
    }

    [Fact]
    public void Resolve_NothingSet_UsesDataHome()
    {
        Environment.SetEnvironmentVariable(StorePaths.EnvironmentVariable, null);
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", "/tmp/xdg-data");

        StorePaths.Resolve(null).Should().Be(Path.Combine("/tmp/xdg-data", "pincer", "pincer.duckdb"));

        Environment.SetEnvironmentVariable("XDG_DATA_HOME", null);
        StorePaths.Resolve(null).Should().EndWith(Path.Combine("pincer", "pincer.duckdb"));
    }
}
