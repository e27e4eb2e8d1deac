using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pincer.Core;
using Pincer.Matching.Evaluation;
using Pincer.Matching.Scoring;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary>
/// <c>pincer compare "NAME1" "NAME2"</c> and <c>pincer compare --input pairs.csv --output scores.jsonl</c>:
/// the pairwise name scorer on its own, with its explanation.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var names = new Argument<string[]>("names") { Description = "Two names to compare", Arity = new ArgumentArity(0, 2) };
        var type = TypeOption();
        var input = new Option<string?>("--input") { Description = "CSV with header name1,name2[,type]: one score per line" };
        var output = new Option<string?>("--output") { Description = "JSON lines output for --input (default: stdout)" };
        var threshold = new Option<double>("--threshold") { Description = "Score from which a pair is a match", DefaultValueFactory = _ => NameScorer.DefaultMatchThreshold };
        var json = CliContext.JsonOption();
        var command = new Command("compare", "Score two names against each other, with the explanation (or a CSV of pairs)") { names, type, input, output, threshold, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var kind = ParseKind(parse.GetValue(type));
            var limit = parse.GetValue(threshold);
            if (parse.GetValue(input) is { } path)
            {
                return Batch(context, path, parse.GetValue(output), kind, limit);
            }

            var pair = parse.GetValue(names) ?? [];
            if (pair.Length != 2)
            {
                return context.Fail("give two names (pincer compare \"NAME1\" \"NAME2\") or --input pairs.csv");
            }

            var comparison = NameScorer.Compare(pair[0], pair[1], kind);
            if (parse.GetValue(json))
            {
                context.WriteJson(new { name1 = pair[0], name2 = pair[1], score = comparison.Score, match = comparison.Score >= limit, explanation = comparison });
                return 0;
            }

            Print(context, pair[0], pair[1], comparison, limit);
            return 0;
        }));
        return command;
    }

    internal static Option<string?> TypeOption() => new("--type") { Description = "person, organization, company, vessel or aircraft" };

    internal static EntityKind ParseKind(string? type) => type?.ToLowerInvariant() switch
    {
        null or "" => EntityKind.Unknown,
        "person" or "individual" => EntityKind.Person,
        "organization" or "organisation" or "entity" => EntityKind.Organization,
        "company" => EntityKind.Company,
        "bank" => EntityKind.Bank,
        "vessel" or "ship" => EntityKind.Vessel,
        "aircraft" or "airplane" => EntityKind.Aircraft,
        _ => NameBench.KindOf(type),
    };

    private static int Batch(CliContext context, string path, string? outputPath, EntityKind defaultKind, double limit)
    {
        using var reader = new StreamReader(path);
        using var file = outputPath is null ? null : new StreamWriter(outputPath);
        var writer = file ?? context.Output;
        var count = 0;
        foreach (var (line, fields) in CsvRecords.Read(reader, Path.GetFileName(path)))
        {
            object record;
            if (!fields.TryGetValue("name1", out var n1) || !fields.TryGetValue("name2", out var n2) || n1.Length == 0 || n2.Length == 0)
            {
                record = new { line, error = $"{Path.GetFileName(path)}:line {line}: expected non-empty name1 and name2" };
            }
            else
            {
                var kind = fields.TryGetValue("type", out var t) && t.Length > 0 ? ParseKind(t) : defaultKind;
                var score = NameScorer.Compare(n1, n2, kind).Score;
                record = new { name1 = n1, name2 = n2, score, match = score >= limit };
            }

            writer.WriteLine(JsonSerializer.Serialize(record, EntityJson.Options));
            count++;
        }

        if (file is not null)
        {
            context.Error.WriteLine($"{count} pairs scored → {outputPath}");
        }

        return 0;
    }

    private static void Print(CliContext context, string left, string right, NameComparison comparison, double limit)
    {
        var verdict = comparison.Score >= limit ? "[green]match[/]" : "[grey]no match[/]";
        context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{comparison.Score:F3}[/] {left} ~ {right}");
        context.Ansi.MarkupLine($"{verdict} (threshold {limit.ToString("F2", CultureInfo.InvariantCulture)})");
        var table = new Table().Border(TableBorder.Simple).AddColumns("left", "right", "similarity", "how");
        foreach (var a in comparison.Alignments)
        {
            table.AddRow(Markup.Escape(a.Left), Markup.Escape(a.Right), a.Similarity.ToString("F2", CultureInfo.InvariantCulture), a.Method);
        }

        foreach (var t in comparison.UnmatchedLeft)
        {
            table.AddRow(Markup.Escape(t), "", "", "[grey]unmatched[/]");
        }

        foreach (var t in comparison.UnmatchedRight)
        {
            table.AddRow("", Markup.Escape(t), "", "[grey]unmatched[/]");
        }

        context.Ansi.Write(table);
        foreach (var adjustment in comparison.Adjustments)
        {
            context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [yellow]adjustment[/] {adjustment}");
        }
    }
}
