using System.Globalization;
using System.CommandLine;
using Pincer.Core;
using Pincer.Storage;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer lists</c> (versions), <c>pincer lists diff</c>, <c>pincer lists issues</c>.</summary>
internal static class ListsCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliContext.JsonOption();
        var command = new Command("lists", "Show the list versions in the store") { json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            var versions = store.Versions();
            if (parse.GetValue(json))
            {
                context.WriteJson(versions.Select(v => new
                {
                    version = v.Id, source = v.Source, format = v.Format, published = v.Published?.ToString(), sha256 = v.Sha256,
                    file = v.FileName, importedAt = v.ImportedAt, entities = v.Entities, relations = v.Relations, issues = v.Issues,
                }));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("version", "source", "published", "format", "file", "entities", "relations", "issues", "imported (UTC)", "sha256");
            foreach (var v in versions)
            {
                table.AddRow(
                    Cell(v.Id), Cell(v.Source), Cell(v.Published?.ToString() ?? "?"), Cell(v.Format), Cell(v.FileName), Cell(v.Entities.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
                    Cell(v.Relations), Cell(v.Issues), Cell(v.ImportedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)), Cell(v.Sha256[..12]));
            }

            context.Ansi.Write(table);
            return 0;
        }));
        command.Subcommands.Add(CreateDiff(context));
        command.Subcommands.Add(CreateIssues(context));
        return command;
    }

    private static Markup Cell(object value) => new(Markup.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    private static Command CreateDiff(CliContext context)
    {
        var source = new Option<string?>("--source") { Description = "Source to compare (needed when several sources have two or more versions)" };
        var from = new Option<long?>("--from") { Description = "Older version id (default: the second newest of the source)" };
        var to = new Option<long?>("--to") { Description = "Newer version id (default: the newest of the source)" };
        var dprk = new Option<bool>("--dprk") { Description = "Only entities under a North Korea programme" };
        var json = CliContext.JsonOption();
        var command = new Command("diff", "Entities added, removed and changed (names, identifiers, programmes …) between two versions of a source")
        {
            source, from, to, dprk, json,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            var pair = Resolve(store, parse.GetValue(source), parse.GetValue(from), parse.GetValue(to), out var problem);
            if (pair is null)
            {
                return context.Fail(problem!);
            }

            var diff = store.Diff(pair.Value.From, pair.Value.To);
            if (parse.GetValue(dprk))
            {
                diff = diff with
                {
                    Added = diff.Added.Where(e => e.IsDprk).ToList(),
                    Removed = diff.Removed.Where(e => e.IsDprk).ToList(),
                    Changed = diff.Changed.Where(c => c.Entity.IsDprk || c.Fields.Any(f => string.Equals(f.Field, "programs", StringComparison.Ordinal) && f.Removed.Any(Programs.IsDprk))).ToList(),
                };
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(new
                {
                    source = diff.From.Source,
                    from = new { version = diff.From.Id, published = diff.From.Published?.ToString() },
                    to = new { version = diff.To.Id, published = diff.To.Published?.ToString() },
                    added = diff.Added,
                    removed = diff.Removed,
                    changed = diff.Changed,
                });
                return 0;
            }

            PrintDiff(context, diff);
            return 0;
        }));
        return command;
    }

    internal static (long From, long To)? Resolve(IListStore store, string? source, long? from, long? to, out string? problem)
    {
        problem = null;
        if (from is { } f && to is { } t)
        {
            return (f, t);
        }

        var versions = store.Versions();
        var anchor = from ?? to;
        if (anchor is { } id)
        {
            source ??= versions.FirstOrDefault(v => v.Id == id)?.Source;
        }

        if (source is null)
        {
            var candidates = versions.GroupBy(v => v.Source, StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
            if (candidates.Count != 1)
            {
                problem = candidates.Count == 0
                    ? "no source has two versions yet; import another version first (pincer import … / pincer update)"
                    : $"several sources have two or more versions ({string.Join(", ", candidates)}); choose one with --source";
                return null;
            }

            source = candidates[0];
        }

        var ofSource = versions.Where(v => string.Equals(v.Source, source, StringComparison.Ordinal)).ToList(); // newest first
        if (ofSource.Count < 2 && (from is null || to is null))
        {
            problem = $"{source} has {ofSource.Count} version(s); a diff needs two";
            return null;
        }

        var toId = to ?? ofSource[0].Id;
        var fromId = from ?? ofSource.SkipWhile(v => v.Id != toId).Skip(1).FirstOrDefault()?.Id ?? ofSource[1].Id;
        return (fromId, toId);
    }

    private static void PrintDiff(CliContext context, ListDiff diff)
    {
        context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{diff.From.Source}[/]: version {diff.From.Id} (published {diff.From.Published?.ToString() ?? "?"}) → version {diff.To.Id} (published {diff.To.Published?.ToString() ?? "?"})");
        context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]{diff.Added.Count:N0} added[/], [red]{diff.Removed.Count:N0} removed[/], [yellow]{diff.Changed.Count:N0} changed[/]");
        Section(context, "Added", "green", diff.Added);
        Section(context, "Removed", "red", diff.Removed);
        if (diff.Changed.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("[yellow]Changed[/]").AddColumns("id", "name", "field", "added", "removed");
            foreach (var change in diff.Changed)
            {
                foreach (var field in change.Fields)
                {
                    table.AddRow(
                        Markup.Escape(change.Entity.Id), Markup.Escape(change.Entity.Caption), Markup.Escape(field.Field),
                        Markup.Escape(string.Join("\n", field.Added)), Markup.Escape(string.Join("\n", field.Removed)));
                }
            }

            context.Ansi.Write(table);
        }
    }

    private static void Section(CliContext context, string title, string colour, IReadOnlyList<EntitySummary> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"[{colour}]{title}[/]").AddColumns("id", "name", "type", "programmes");
        foreach (var e in entities)
        {
            table.AddRow(Markup.Escape(e.Id), Markup.Escape(e.Caption), e.Kind.ToName(), Markup.Escape(string.Join(", ", e.Programs)));
        }

        context.Ansi.Write(table);
    }

    private static Command CreateIssues(CliContext context)
    {
        var version = new Argument<long>("version") { Description = "List version id (see pincer lists)" };
        var json = CliContext.JsonOption();
        var command = new Command("issues", "Input problems reported while reading a version (invalid identifiers, unknown countries …)") { version, json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            var issues = store.Issues(parse.GetValue(version));
            if (parse.GetValue(json))
            {
                context.WriteJson(issues);
            }
            else
            {
                foreach (var issue in issues)
                {
                    context.Output.WriteLine(issue.ToString());
                }

                context.Output.WriteLine($"{issues.Count} issue(s).");
            }

            return 0;
        }));
        return command;
    }
}
