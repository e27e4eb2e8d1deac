using System.CommandLine;
using System.Globalization;
using Pincer.Storage;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer stats</c>: counts per list version, by type, programme and identifier kind.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var version = new Option<long?>("--version") { Description = "Only this list version (default: every version)" };
        var latest = new Option<bool>("--latest") { Description = "Only the newest version of each source" };
        var json = CliContext.JsonOption();
        var command = new Command("stats", "Counts per list version: entities by type, by programme, identifiers by kind") { version, latest, json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            IEnumerable<ListVersion> versions = store.Versions();
            if (parse.GetValue(version) is { } id)
            {
                versions = versions.Where(v => v.Id == id);
            }

            if (parse.GetValue(latest))
            {
                versions = versions.GroupBy(v => v.Source, StringComparer.Ordinal).Select(g => g.First());
            }

            var stats = versions.Select(v => store.Stats(v.Id)).ToList();
            if (parse.GetValue(json))
            {
                // One object, keyed by list version id, as issue #2 specifies ("an object with, per list version, …").
                context.WriteJson(stats.ToDictionary(s => s.Version.Id.ToString(CultureInfo.InvariantCulture), s => new
                {
                    version = s.Version.Id,
                    source = s.Version.Source,
                    published = s.Version.Published?.ToString(),
                    entities = s.Version.Entities,
                    names = s.Names,
                    dprk = s.Dprk,
                    by_type = s.ByType,
                    by_program = s.ByProgram,
                    identifiers = s.Identifiers,
                }, StringComparer.Ordinal));
                return 0;
            }

            foreach (var s in stats)
            {
                Print(context, s);
            }

            return 0;
        }));
        return command;
    }

    private static void Print(CliContext context, VersionStats s)
    {
        context.Ansi.Write(new Rule($"[bold]{Markup.Escape(s.Version.Source)}[/] version {s.Version.Id}, published {s.Version.Published?.ToString() ?? "?"}").LeftJustified());
        context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{s.Version.Entities:N0} entities, {s.Names:N0} names, {s.Dprk:N0} under a DPRK programme, {s.Version.Relations:N0} relations");
        var grid = new Grid().AddColumns(3);
        grid.AddRow(Chart("by type", s.ByType, int.MaxValue), Chart("identifiers", s.Identifiers, int.MaxValue), Chart("top programmes", s.ByProgram, 12));
        context.Ansi.Write(grid);
    }

    private static BarChart Chart(string title, IReadOnlyDictionary<string, int> counts, int top)
    {
        var chart = new BarChart().Label($"[bold]{title}[/]").Width(48);
        foreach (var (key, value) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
        {
            chart.AddItem(Markup.Escape(key), value, Color.SteelBlue);
        }

        chart.ValueFormatter = (v, _) => v.ToString("N0", CultureInfo.InvariantCulture);
        return chart;
    }
}
