using System.CommandLine;
using System.Globalization;
using Pincer.Matching.Evaluation;
using Pincer.Matching.Scoring;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer eval names --cases FILE</c>: precision, recall, F1 and the share of pairs at exactly 1.0.</summary>
internal static class EvalCommand
{
    private static readonly string[] PositiveFiles = ["positives_un_untreated", "positives_un_treated"];
    private static readonly string[] NegativeFiles = ["negatives_global", "negatives_us"];

    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure matching quality on labelled data");
        var cases = new Option<string>("--cases") { Description = "CSV with case_group,schema,name1,name2,is_match (nomenklatura name_bench format)", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Score from which a pair is predicted a match", DefaultValueFactory = _ => NameScorer.DefaultMatchThreshold };
        var errors = new Option<bool>("--errors") { Description = "List every misclassified pair with its explanation" };
        var json = CliContext.JsonOption();
        var names = new Command("names", "Pairwise name scorer against labelled pairs") { cases, threshold, errors, json };
        names.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(cases)!;
            if (!File.Exists(path))
            {
                return context.Fail($"{path}: no such file");
            }

            var report = NameBench.Run(NameBench.Load(path), parse.GetValue(threshold));
            var wrong = report.Results.Where(r => r.Predicted != r.Case.IsMatch).ToList();
            if (parse.GetValue(json))
            {
                context.WriteJson(new
                {
                    cases = report.Results.Count,
                    threshold = report.Threshold,
                    precision = Math.Round(report.Precision, 4),
                    recall = Math.Round(report.Recall, 4),
                    f1 = Math.Round(report.F1, 4),
                    share_at_one = Math.Round(report.ShareAtOne, 4),
                    true_positives = report.TruePositives,
                    false_positives = report.FalsePositives,
                    false_negatives = report.FalseNegatives,
                    errors = parse.GetValue(errors) ? wrong.Select(r => new { r.Case.Line, r.Case.Schema, r.Case.Name1, r.Case.Name2, expected = r.Case.IsMatch, r.Comparison.Score, explanation = r.Comparison.ToString() }) : null,
                });
                return 0;
            }

            var c = context.Ansi;
            c.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{Path.GetFileName(path)}[/]: {report.Results.Count} pairs, threshold {report.Threshold:F2}");
            c.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"precision [bold]{report.Precision:F3}[/]  recall [bold]{report.Recall:F3}[/]  F1 [bold]{report.F1:F3}[/]  pairs at exactly 1.0: {report.ShareAtOne:P1}");
            c.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"TP {report.TruePositives}, FP {report.FalsePositives}, FN {report.FalseNegatives}");
            if (parse.GetValue(errors))
            {
                foreach (var r in wrong)
                {
                    c.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{(r.Case.IsMatch ? "[red]FN[/]" : "[yellow]FP[/]")} {r.Case.Schema}: {r.Case.Name1} ~ {r.Case.Name2} → {r.Comparison}");
                }
            }

            return 0;
        }));
        command.Subcommands.Add(names);
        command.Subcommands.Add(CreateScreening(context));
        return command;
    }

    /// <summary>
    /// <c>pincer eval screening --fixtures DIR</c>: the yente candidate-generation fixtures against the loaded
    /// lists — recall on the UN positives (found = not clear), alert rate on the synthetic negatives,
    /// with and without the date of birth.
    /// </summary>
    private static Command CreateScreening(CliContext context)
    {
        var fixtures = new Option<string>("--fixtures") { Description = "Folder with positives_un_untreated.csv, positives_un_treated.csv, negatives_global.csv, negatives_us.csv", Required = true };
        var limit = new Option<int>("--negatives") { Description = "How many negatives to screen from each negatives file (0 = all)", DefaultValueFactory = _ => 0 };
        var json = CliContext.JsonOption();
        var command = new Command("screening", "Recall on yente UN positives and alert rate on synthetic negatives, against the loaded lists") { fixtures, limit, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var folder = parse.GetValue(fixtures)!;
            using var store = context.OpenRead(parse);
            var screener = ScreenCommand.BuildScreener(context, store);
            var results = new List<object>();
            foreach (var file in PositiveFiles)
            {
                var people = Fixture(Path.Combine(folder, file + ".csv"), 0);
                var found = Count(screener, people, withBirthDate: true, d => d != Matching.Screening.ScreeningDecision.Clear);
                results.Add(new { file, kind = "positives", records = people.Count, found, recall = Math.Round((double)found / Math.Max(1, people.Count), 4) });
            }

            foreach (var file in NegativeFiles)
            {
                var people = Fixture(Path.Combine(folder, file + ".csv"), parse.GetValue(limit));
                var withDob = Count(screener, people, withBirthDate: true, d => d == Matching.Screening.ScreeningDecision.Alert);
                var nameOnly = Count(screener, people, withBirthDate: false, d => d == Matching.Screening.ScreeningDecision.Alert);
                results.Add(new
                {
                    file, kind = "negatives", records = people.Count,
                    alert_rate_with_dob = Math.Round((double)withDob / Math.Max(1, people.Count), 5),
                    alert_rate_name_only = Math.Round((double)nameOnly / Math.Max(1, people.Count), 5),
                });
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(results);
            }
            else
            {
                foreach (var r in results)
                {
                    context.Output.WriteLine(System.Text.Json.JsonSerializer.Serialize(r));
                }
            }

            return 0;
        }));
        return command;
    }

    private static List<Matching.Screening.ScreeningQuery> Fixture(string path, int limit)
    {
        using var reader = new StreamReader(path);
        var queries = new List<Matching.Screening.ScreeningQuery>();
        foreach (var (_, f) in CsvRecords.Read(reader, Path.GetFileName(path)))
        {
            var dob = f.GetValueOrDefault("date_of_birth", "");
            Core.PartialDate? birth = Core.PartialDate.TryParseLenient(dob, out var d) ? d : null;
            queries.Add(new Matching.Screening.ScreeningQuery(f.GetValueOrDefault("full_name", "")) { Kind = Core.EntityKind.Person, BirthDate = birth });
            if (limit > 0 && queries.Count >= limit)
            {
                break;
            }
        }

        return queries;
    }

    private static int Count(Matching.Screening.Screener screener, List<Matching.Screening.ScreeningQuery> queries, bool withBirthDate, Func<Matching.Screening.ScreeningDecision, bool> counts)
    {
        var hits = 0;
        Parallel.ForEach(queries, q =>
        {
            var query = withBirthDate ? q : q with { BirthDate = null };
            if (counts(screener.Screen(query).Decision))
            {
                Interlocked.Increment(ref hits);
            }
        });
        return hits;
    }
}
