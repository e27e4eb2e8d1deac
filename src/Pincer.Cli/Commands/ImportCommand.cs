using System.Globalization;
using System.CommandLine;
using Pincer.Core;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer import PATH…</c>: load local list files (offline use).</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "List files (.xml, .json, .bz2 …) or folders holding an OFAC CSV set; the format is detected from the content",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (yyyy-MM-dd) for files that carry none, such as the OFAC CSV set",
        };
        var json = CliContext.JsonOption();
        var command = new Command("import", "Import list files into the store as new list versions") { paths, published, json };
        command.SetAction((parse, ct) => context.Guard(async () =>
        {
            PartialDate? date = null;
            var publishedText = parse.GetValue(published);
            if (publishedText is not null)
            {
                if (!PartialDate.TryParseIso(publishedText, out var d))
                {
                    return context.Fail($"--published '{publishedText}': expected a date as yyyy-MM-dd");
                }

                date = d;
            }

            using var store = context.OpenWrite(parse);
            var importer = new ListImporter(context, store);
            var outcomes = new List<object>();
            var failures = 0;
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                try
                {
                    var outcome = await importer.ImportAsync(path, date, cancellationToken: ct).ConfigureAwait(false);
                    outcomes.Add(Describe(outcome));
                    if (!parse.GetValue(json))
                    {
                        Print(context, outcome);
                    }
                }
                catch (Exception ex) when (ex is Lists.ListFormatException or FileNotFoundException or IOException)
                {
                    failures++;
                    context.Fail($"{ex.Message} (nothing from this input was stored; earlier versions are unchanged)");
                    outcomes.Add(new { path, error = ex.Message });
                }
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(outcomes);
            }

            return failures == 0 ? 0 : 1;
        }));
        return command;
    }

    internal static object Describe(ImportOutcome o) => new
    {
        file = o.Name,
        format = o.Format,
        source = o.Result.Version.Source,
        version = o.Result.Version.Id,
        published = o.Result.Version.Published?.ToString(),
        entities = o.Result.Version.Entities,
        relations = o.Result.Version.Relations,
        issues = o.Result.Version.Issues,
        alreadyImported = o.Result.AlreadyImported,
    };

    internal static void Print(CliContext context, ImportOutcome o)
    {
        var v = o.Result.Version;
        if (o.Result.AlreadyImported)
        {
            context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]{o.Name}[/]: already imported as version {v.Id} of {v.Source} (published {v.Published?.ToString() ?? "?"}); nothing changed.");
            return;
        }

        context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]{o.Name}[/] ({o.Format}) → version {v.Id} of {v.Source}, published {v.Published?.ToString() ?? "?"}: {v.Entities:N0} entities, {v.Relations:N0} relations, {v.Issues:N0} input issues.");
        foreach (var issue in o.Issues.Take(5))
        {
            context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [grey]issue:[/] {issue}");
        }

        if (o.Issues.Count > 5)
        {
            context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [grey]… {o.Issues.Count - 5} more; see `pincer lists issues {v.Id}`[/]");
        }
    }
}
