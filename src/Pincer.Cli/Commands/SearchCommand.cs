using System.Globalization;
using System.CommandLine;
using Pincer.Core;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer search TEXT</c>: a simple lookup by name fragment or exact identifier (screening comes later).</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "Part of a name, or an identifier (IMO, BIC, passport, crypto address …)" };
        var limit = new Option<int>("--limit") { Description = "Most hits to show", DefaultValueFactory = _ => 20 };
        var json = CliContext.JsonOption();
        var command = new Command("search", "Find entities by name fragment or exact identifier in the newest version of every list") { text, limit, json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            var hits = store.Search(parse.GetValue(text)!, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                context.WriteJson(hits);
                return 0;
            }

            if (hits.Count == 0)
            {
                context.Ansi.MarkupLine("No entity matches.");
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "name", "type", "matched", "programmes", "source");
            foreach (var h in hits)
            {
                table.AddRow(
                    Markup.Escape(h.EntityId), Markup.Escape(h.Caption), h.Kind.ToName(),
                    Markup.Escape(string.Equals(h.MatchedOn, "name", StringComparison.Ordinal) ? h.MatchedName : $"{h.MatchedOn}: {h.MatchedName}"),
                    Markup.Escape(string.Join(", ", h.Programs)), Markup.Escape(h.Source));
            }

            context.Ansi.Write(table);
            return 0;
        }));
        return command;
    }
}
