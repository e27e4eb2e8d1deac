using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pincer.Core;
using Pincer.Matching.Evaluation;
using Pincer.Matching.Screening;
using Pincer.Storage;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary>
/// <c>pincer screen "NAME" [--type] [--dob] [--country] [--id]</c> and the batch form
/// <c>pincer screen --input FILE --output FILE.jsonl</c>: one output line per input line, in order.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("name") { Description = "Name to screen", Arity = ArgumentArity.ZeroOrOne };
        var type = CompareCommand.TypeOption();
        var dob = new Option<string?>("--dob") { Description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD" };
        var country = new Option<string?>("--country") { Description = "Nationality or country, ISO 3166 alpha-2 (KP, CN, RU …) or name" };
        var id = new Option<string?>("--id") { Description = "An identifier: IMO, BIC, passport, crypto address …" };
        var input = new Option<string?>("--input") { Description = "Batch: CSV with header id,name,type,dob,country,identifier (or JSON lines with those fields)" };
        var output = new Option<string?>("--output") { Description = "Batch: JSON lines output (default: stdout)" };
        var json = CliContext.JsonOption();
        var command = new Command("screen", "Screen a name (with type, date of birth, country, identifier) against the newest version of every list")
        {
            name, type, dob, country, id, input, output, json,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = context.OpenRead(parse);
            var screener = BuildScreener(context, store);
            if (parse.GetValue(input) is { } path)
            {
                return Batch(context, screener, path, parse.GetValue(output));
            }

            var text = parse.GetValue(name);
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(parse.GetValue(id)))
            {
                return context.Fail("give a name (pincer screen \"NAME\"), an --id, or --input FILE");
            }

            if (!TryQuery(text ?? "", parse.GetValue(type), parse.GetValue(dob), parse.GetValue(country), parse.GetValue(id), out var query, out var problem))
            {
                return context.Fail(problem!);
            }

            var result = screener.Screen(query);
            if (parse.GetValue(json))
            {
                context.WriteJson(Describe(null, result));
                return 0;
            }

            Print(context, result);
            return 0;
        }));
        return command;
    }

    internal static Screener BuildScreener(CliContext context, IListStore store)
    {
        var clock = Stopwatch.StartNew();
        var latest = store.Versions().GroupBy(v => v.Source, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (latest.Count == 0)
        {
            throw new StoreNotFoundException("(empty store)");
        }

        var entities = latest.SelectMany(v => store.Entities(v.Id));
        var index = ScreeningIndex.Build(entities, latest.Select(v => $"{v.Source}@{v.Published?.ToString() ?? "?"}#{v.Id}").ToList());
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {index.EntityCount:N0} entities, {index.NameCount:N0} names from {latest.Count} list version(s) in {clock.Elapsed.TotalSeconds:F1} s"));
        return new Screener(index);
    }

    internal static bool TryQuery(string name, string? type, string? dob, string? country, string? identifier, out ScreeningQuery query, out string? problem)
    {
        query = new ScreeningQuery(name);
        problem = null;
        PartialDate? birth = null;
        if (!string.IsNullOrWhiteSpace(dob))
        {
            if (!PartialDate.TryParseLenient(dob, out var d))
            {
                problem = $"date of birth '{dob}': expected YYYY, YYYY-MM or YYYY-MM-DD";
                return false;
            }

            birth = d;
        }

        string? code = null;
        if (!string.IsNullOrWhiteSpace(country))
        {
            if (!Countries.TryResolve(country, out var c))
            {
                problem = $"country '{country}': expected an ISO 3166 code (KP, CN, RU …) or a country name";
                return false;
            }

            code = c;
        }

        query = query with { Kind = CompareCommand.ParseKind(type), BirthDate = birth, Country = code, Identifier = string.IsNullOrWhiteSpace(identifier) ? null : identifier };
        return true;
    }

    internal static object Describe(string? id, ScreeningResult result) => new
    {
        id,
        decision = result.Decision,
        score = result.Score,
        matches = result.Matches.Select(m => new
        {
            entity_id = m.EntityId,
            name = m.Name,
            matched_name = m.MatchedName,
            source = m.Source,
            score = m.Score,
            decision = m.Decision,
            programs = m.Programs,
            explanation = new
            {
                matched_identifier = m.MatchedIdentifier,
                alignments = m.NameComparison?.Alignments,
                unmatched = m.NameComparison is { } c ? c.UnmatchedLeft.Concat(c.UnmatchedRight) : null,
                adjustments = (m.NameComparison?.Adjustments ?? []).Concat(m.Adjustments),
            },
        }),
        list_versions = result.ListVersions,
        engine = result.EngineVersion,
    };

    private static int Batch(CliContext context, Screener screener, string path, string? outputPath)
    {
        var records = Read(path).ToList();
        using var file = outputPath is null ? null : new StreamWriter(outputPath);
        var writer = file ?? context.Output;
        var clock = Stopwatch.StartNew();
        var done = 0;

        // Screen in chunks on every core, write in input order: one output line per input line.
        const int Chunk = 512;
        for (var start = 0; start < records.Count; start += Chunk)
        {
            var slice = records.GetRange(start, Math.Min(Chunk, records.Count - start));
            var lines = new string[slice.Count];
            Parallel.For(0, slice.Count, i => lines[i] = JsonSerializer.Serialize(ScreenRecord(screener, path, slice[i]), EntityJson.Options));
            foreach (var line in lines)
            {
                writer.WriteLine(line);
            }

            done += slice.Count;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"screened {done:N0}/{records.Count:N0}"));
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"screened {done:N0} records in {clock.Elapsed.TotalSeconds:F1} s ({done / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s)"));
        return 0;
    }

    private static object ScreenRecord(Screener screener, string path, (int Line, Dictionary<string, string>? Fields, string? Error) record)
    {
        var (line, fields, error) = record;
        var rowId = fields?.GetValueOrDefault("id") ?? line.ToString(CultureInfo.InvariantCulture);
        if (error is not null)
        {
            return new { id = rowId, error };
        }

        if (fields is null || string.IsNullOrWhiteSpace(fields.GetValueOrDefault("name")))
        {
            return new { id = rowId, error = $"{Path.GetFileName(path)}:line {line}: expected a name" };
        }

        if (!TryQuery(fields["name"], fields.GetValueOrDefault("type"), fields.GetValueOrDefault("dob"), fields.GetValueOrDefault("country"), fields.GetValueOrDefault("identifier"), out var query, out var problem))
        {
            return new { id = rowId, error = $"{Path.GetFileName(path)}:line {line}: {problem}" };
        }

        return Describe(rowId, screener.Screen(query));
    }

    /// <summary>CSV with a header, or JSON lines; a bad line becomes an error record, not a stop.</summary>
    private static IEnumerable<(int Line, Dictionary<string, string>? Fields, string? Error)> Read(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        if (first.TrimStart().StartsWith('{'))
        {
            var n = 0;
            foreach (var text in File.ReadLines(path))
            {
                n++;
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                Dictionary<string, string>? fields = null;
                string? error = null;
                try
                {
                    using var doc = JsonDocument.Parse(text);
                    fields = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText(), StringComparer.Ordinal);
                }
                catch (JsonException ex)
                {
                    error = $"{Path.GetFileName(path)}:line {n}: malformed JSON: {ex.Message}";
                }

                yield return (n, fields, error);
            }

            yield break;
        }

        using var reader = new StreamReader(path);
        foreach (var (line, fields) in CsvRecords.Read(reader, Path.GetFileName(path)))
        {
            yield return (line, fields, null);
        }
    }

    private static void Print(CliContext context, ScreeningResult result)
    {
        var colour = result.Decision switch { ScreeningDecision.Alert => "red", ScreeningDecision.Review => "yellow", _ => "green" };
        context.Ansi.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[{colour} bold]{result.Decision.ToString().ToUpperInvariant()}[/] {result.Query.Name} (top score {result.Score:F3}; {result.EngineVersion}; lists {string.Join(", ", result.ListVersions)})");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("score", "decision", "entity", "name", "matched", "programmes", "why");
        foreach (var m in result.Matches)
        {
            var why = string.Join("\n", (m.NameComparison?.Alignments.Select(a => $"{a.Left}~{a.Right} {a.Similarity:F2} {a.Method}") ?? []).Concat(m.NameComparison?.Adjustments ?? []).Concat(m.Adjustments));
            table.AddRow(
                m.Score.ToString("F3", CultureInfo.InvariantCulture), m.Decision.ToString().ToLowerInvariant(), Markup.Escape(m.EntityId), Markup.Escape(m.Name),
                Markup.Escape(m.MatchedIdentifier ?? m.MatchedName), Markup.Escape(string.Join(", ", m.Programs)), Markup.Escape(why));
        }

        context.Ansi.Write(table);
    }
}
