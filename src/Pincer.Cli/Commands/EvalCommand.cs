using System.CommandLine;
using System.Globalization;
using Pincer.Matching.Evaluation;
using Pincer.Matching.Scoring;
using Spectre.Console;

namespace Pincer.Cli.Commands;

/// <summary><c>pincer eval names --cases FILE</c>: precision, recall, F1 and the share of pairs at exactly 1.0.</summary>
internal static class EvalCommand
{
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
        return command;
    }
}
