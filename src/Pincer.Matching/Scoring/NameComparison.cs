namespace Pincer.Matching.Scoring;

/// <summary>How two tokens were aligned and how similar they are.</summary>
/// <param name="Left">Token(s) of the first name.</param>
/// <param name="Right">Token(s) of the second name.</param>
/// <param name="Similarity">0–1.</param>
/// <param name="Method"><c>exact</c>, <c>equivalent</c> (surname spellings), <c>initial</c>, <c>joined</c>, <c>edit</c>.</param>
public sealed record TokenAlignment(string Left, string Right, double Similarity, string Method);

/// <summary>
/// The score of two names with everything that produced it: which tokens aligned, which were left
/// over, and the adjustments applied. Scores are symmetric and within [0, 1].
/// </summary>
public sealed record NameComparison(double Score)
{
    public IReadOnlyList<TokenAlignment> Alignments { get; init; } = [];

    public IReadOnlyList<string> UnmatchedLeft { get; init; } = [];

    public IReadOnlyList<string> UnmatchedRight { get; init; } = [];

    /// <summary>Adjustments in words ("numbers differ: ×0.5").</summary>
    public IReadOnlyList<string> Adjustments { get; init; } = [];

    public override string ToString() =>
        $"{Score:F3}: " + string.Join(", ", Alignments.Select(a => $"{a.Left}~{a.Right} {a.Similarity:F2} {a.Method}"))
        + (UnmatchedLeft.Count + UnmatchedRight.Count > 0 ? $"; unmatched {string.Join(" ", UnmatchedLeft.Concat(UnmatchedRight))}" : "")
        + (Adjustments.Count > 0 ? "; " + string.Join("; ", Adjustments) : "");
}
