using System.Globalization;
using System.Text.Json;
using Pincer.Testing;

namespace Pincer.Cli.Tests;

/// <summary>The result of one in-process run of the command line.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>stdout parsed as JSON (fails the test when it is not pure JSON).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>
/// Each test gets a private folder holding its store (<c>--db</c>) and scratch files, deleted afterwards;
/// commands run in-process through <see cref="PincerApp.RunAsync"/>.
/// </summary>
public abstract class CliTestBase : IDisposable
{
    private readonly TempDirectory _directory = new("pincer-cli-tests");

    protected static string UnFile => SharedData.Path("lists", "un", "UN_consolidated.xml");

    protected static string SdnAdvancedFile => SharedData.Path("payments", "sanctions", "sdn_advanced_2025-11-19.xml.bz2");

    protected string Folder => _directory.Path;

    protected string Db => _directory.File("store", "pincer.duckdb");

    protected string TempFile(string name) => _directory.File(name);

    /// <summary>Runs <c>pincer ARGS --db STORE</c> in-process.</summary>
    internal Task<CliResult> Run(params string[] args) => RunRaw([.. args, "--db", Db]);

    internal static async Task<CliResult> RunRaw(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await PincerApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed, and returns its result.</summary>
    internal async Task<CliResult> RunOk(params string[] args)
    {
        var result = await Run(args);
        result.ExitCode.Should().Be(0, "pincer {0} should succeed:\n{1}", string.Join(' ', args), result);
        return result;
    }

    /// <summary>Imports the real UN list and returns the store's <c>lists --json</c> output afterwards.</summary>
    internal async Task<string> ImportUn()
    {
        await RunOk("import", UnFile);
        return (await RunOk("lists", "--json")).Output;
    }

    public void Dispose()
    {
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }
}
