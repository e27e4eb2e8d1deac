using System.Globalization;
using Pincer.Core;
using Pincer.Matching.Scoring;

namespace Pincer.Matching.Evaluation;

/// <summary>One labelled pair of the nomenklatura name benchmark.</summary>
public sealed record NameCase(int Line, string Group, string Schema, string Name1, string Name2, bool IsMatch);

/// <summary>The scored outcome of one case.</summary>
public sealed record NameCaseResult(NameCase Case, NameComparison Comparison, bool Predicted);

/// <summary>Precision, recall, F1 and how many pairs scored exactly 1.0.</summary>
public sealed record NameBenchReport(double Threshold, IReadOnlyList<NameCaseResult> Results)
{
    public int TruePositives => Results.Count(r => r.Predicted && r.Case.IsMatch);

    public int FalsePositives => Results.Count(r => r.Predicted && !r.Case.IsMatch);

    public int FalseNegatives => Results.Count(r => !r.Predicted && r.Case.IsMatch);

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of all pairs scored exactly 1.0 (ranking needs this small).</summary>
    public double ShareAtOne => Results.Count == 0 ? 0 : (double)Results.Count(r => r.Comparison.Score >= 1.0) / Results.Count;
}

/// <summary>Runs the pairwise scorer over a labelled case file (columns as nomenklatura's cases.csv).</summary>
public static class NameBench
{
    public static IReadOnlyList<NameCase> Load(string path)
    {
        using var reader = new StreamReader(path);
        var cases = new List<NameCase>();
        foreach (var (line, f) in CsvRecords.Read(reader, Path.GetFileName(path)))
        {
            if (!f.TryGetValue("name1", out var n1) || !f.TryGetValue("name2", out var n2) || !f.TryGetValue("is_match", out var m))
            {
                throw new FormatException($"{Path.GetFileName(path)}:line {line}: expected columns name1, name2, is_match");
            }

            cases.Add(new NameCase(line, f.GetValueOrDefault("case_group", ""), f.GetValueOrDefault("schema", ""), n1, n2, bool.Parse(m.Trim())));
        }

        return cases;
    }

    public static NameBenchReport Run(IReadOnlyList<NameCase> cases, double threshold)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var results = cases.Select(c =>
        {
            var comparison = NameScorer.Compare(c.Name1, c.Name2, KindOf(c.Schema));
            return new NameCaseResult(c, comparison, comparison.Score >= threshold);
        }).ToList();
        return new NameBenchReport(threshold, results);
    }

    /// <summary>FtM schema names to entity kinds.</summary>
    public static EntityKind KindOf(string schema) => schema switch
    {
        "Person" => EntityKind.Person,
        "Company" => EntityKind.Company,
        "Organization" or "LegalEntity" or "PublicBody" => EntityKind.Organization,
        "Vessel" => EntityKind.Vessel,
        "Airplane" => EntityKind.Aircraft,
        _ => EntityKind.Unknown,
    };

    public static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
