using System.CommandLine;
using System.Text.Json;
using Pincer.Core;
using Pincer.Lists;
using Pincer.Storage;
using Spectre.Console;

namespace Pincer.Cli;

/// <summary>What every command needs: the console (drawn or plain), JSON output and the store.</summary>
internal sealed class CliContext
{
    private readonly Option<string?> _db;

    public CliContext(Option<string?> db, TextWriter output, TextWriter error)
    {
        _db = db;
        Output = output;
        Error = error;
        var interactive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        Interactive = interactive;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Ansi.Profile.Width = 160;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when stdout is a terminal: progress bars and colours; otherwise plain lines.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Ansi { get; }

    public static Option<bool> JsonOption() => new("--json") { Description = "Print machine-readable JSON instead of tables" };

    public string StorePath(ParseResult parse) => StorePaths.Resolve(parse.GetValue(_db));

    public DuckDbListStore OpenRead(ParseResult parse) => DuckDbListStore.OpenRead(StorePath(parse));

    public DuckDbListStore OpenWrite(ParseResult parse) => DuckDbListStore.OpenWrite(StorePath(parse));

    public void WriteJson<T>(T value)
    {
        Output.WriteLine(JsonSerializer.Serialize(value, EntityJson.Indented));
    }

    /// <summary>Prints an error people can act on, and returns the exit code for it.</summary>
    public int Fail(string message, int exitCode = 1)
    {
        Error.WriteLine("error: " + message);
        return exitCode;
    }

    /// <summary>Runs a command body, turning the expected failures into one-line errors.</summary>
    public async Task<int> Guard(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (StoreNotFoundException ex)
        {
            return Fail(ex.Message);
        }
        catch (ListFormatException ex)
        {
            return Fail(ex.Message);
        }
        catch (FileNotFoundException ex)
        {
            return Fail(ex.Message);
        }
        catch (DuckDB.NET.Data.DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("the store is in use by another Pincer process (DuckDB allows one writer): " + ex.Message);
        }
    }

    public Task<int> Guard(Func<int> body) => Guard(() => Task.FromResult(body()));
}
