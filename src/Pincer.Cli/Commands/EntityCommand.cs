using System.Globalization;
using System.CommandLine;
using Pincer.Core;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer entity ID</c>: everything the lists say about one entity, and where it stands in each version.</summary>
internal static class EntityCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Entity id, e.g. us-ofac-sdn:11581 or un-sc:KPi.018" };
        var version = new Option<long?>("--version") { Description = "Show the entity as in this list version (default: newest)" };
        var json = CliContext.JsonOption();
        var command = new Command("entity", "Show one entity: names, identifiers, designations, addresses, relations, versions") { id, version, json };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            var entityId = parse.GetValue(id)!;
            var entity = store.Entity(entityId, parse.GetValue(version));
            if (entity is null)
            {
                var hint = store.Search(entityId, 3);
                return context.Fail($"no entity '{entityId}' in the store" + (hint.Count > 0 ? $"; did you mean {string.Join(", ", hint.Select(h => $"{h.EntityId} ({h.Caption})"))}?" : "; search with: pincer search TEXT"));
            }

            var versions = store.VersionsOf(entity.Id);
            var shownVersion = parse.GetValue(version) ?? (versions.Count > 0 ? versions[^1].Id : 0);
            var relations = store.Relations(shownVersion, entity.Id);
            var related = relations.Select(r => string.Equals(r.FromId, entity.Id, StringComparison.Ordinal) ? r.ToId : r.FromId)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(x => x, x => store.Entity(x, shownVersion)?.Caption ?? x, StringComparer.Ordinal);
            if (parse.GetValue(json))
            {
                context.WriteJson(new
                {
                    entity,
                    version = shownVersion,
                    versions = versions.Select(v => new { version = v.Id, v.Source, published = v.Published?.ToString() }),
                    relations = relations.Select(r => new { from = r.FromId, to = r.ToId, kind = Relation.KindName(r.Kind), r.Label, r.Former, other = related[string.Equals(r.FromId, entity.Id, StringComparison.Ordinal) ? r.ToId : r.FromId] }),
                });
                return 0;
            }

            Print(context, entity, relations, related, versions.Select(v => $"{v.Id} ({v.Published?.ToString() ?? "?"})"));
            return 0;
        }));
        return command;
    }

    private static void Print(CliContext context, Entity e, IReadOnlyList<Relation> relations, Dictionary<string, string> related, IEnumerable<string> versions)
    {
        var c = context.Ansi;
        c.Write(new Rule($"[bold]{Markup.Escape(e.Caption)}[/]  [grey]{Markup.Escape(e.Id)} · {e.Kind.ToName()}[/]").LeftJustified());
        var table = new Table().Border(TableBorder.Simple).HideHeaders().AddColumns("field", "value");
        void Row(string field, IEnumerable<string> values)
        {
            var text = string.Join("\n", values.Where(v => !string.IsNullOrWhiteSpace(v)));
            if (text.Length > 0)
            {
                table.AddRow(new Markup($"[bold]{field}[/]"), new Text(text));
            }
        }

        Row("names", e.Names.Select(n => $"{n.Full}  [{EntityName.KindName(n.Kind)}{(n.IsOriginalScript ? ", " + n.Script : "")}]"));
        Row("designations", e.Designations.Select(d => $"{d.Authority} {d.List}: {string.Join(", ", d.Programs)}{(d.ListedOn is { } l ? $" since {l}" : "")}{(d.References.Count > 0 ? $" (ref {string.Join(", ", d.References)})" : "")}"));
        Row("born", e.BirthDates.Select(d => d.ToString()).Concat(e.BirthPlaces));
        Row("countries", e.Countries.Select(x => $"{x.Code} {Countries.NameOf(x.Code)} ({CountryLink.RoleName(x.Role)})"));
        Row("identifiers", e.Identifiers.Select(i => $"{i.Kind.ToName()}: {i.Value}{(i.Qualifier is null ? "" : $" ({i.Qualifier})")}{(i.Country is null ? "" : $" [{i.Country}]")}{(i.Note is null ? "" : $" — {i.Note}")}"));
        Row("addresses", e.Addresses.Select(a => a.ToString()));
        Row("facts", e.Facts.Select(f => $"{f.Name}: {f.Value}"));
        Row("relations", relations.Select(r =>
        {
            var outgoing = string.Equals(r.FromId, e.Id, StringComparison.Ordinal);
            var other = outgoing ? r.ToId : r.FromId;
            return $"{(outgoing ? "→" : "←")} {r.Label ?? Relation.KindName(r.Kind)} {related[other]} ({other}){(r.Former ? " [former]" : "")}";
        }));
        Row("remarks", [e.Remarks ?? ""]);
        Row("source", [e.Provenance is null ? "" : $"{e.Provenance.Source} · {e.Provenance.Locator}"]);
        Row("in versions", versions);
        c.Write(table);
    }
}
