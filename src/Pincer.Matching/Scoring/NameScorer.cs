using Pincer.Matching.Korean;
using Pincer.Core;
using Pincer.Matching.Text;

namespace Pincer.Matching.Scoring;

/// <summary>
/// The pairwise name scorer: order-independent alignment of normalised tokens, a similarity per
/// aligned pair, weights by token role, and explicit adjustments. The score is a weighted Dice
/// coefficient: twice the weighted similarity of aligned tokens over the total weight of both names,
/// where the surplus tokens of the longer name weigh less when every token of the shorter one aligned
/// well (a missing middle name or patronymic should not sink a match).
/// </summary>
public static class NameScorer
{
    private const double WeakWeight = 0.25;
    private const double InitialWeight = 0.5;
    private const double SurplusWeight = 0.35;
    private const double ConflictFactor = 0.8;
    private const double ShortTokenOneEdit = 0.6;
    private const double OrganisationSurplusFactor = 0.85;

    /// <summary>
    /// Score from which two names are taken to be the same (the <c>match</c> of <c>pincer compare</c>).
    /// Chosen on the nomenklatura development cases (docs/decisions/0003-name-scorer.md).
    /// </summary>
    public const double DefaultMatchThreshold = 0.72;

    public static NameComparison Compare(string left, string right, EntityKind kind = EntityKind.Unknown)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var comparison = HangulReadings.ContainsHangul(left) || HangulReadings.ContainsHangul(right)
            ? CompareKorean(left, right, kind)
            : Compare(NameNormalizer.Tokens(left, kind), NameNormalizer.Tokens(right, kind), kind);

        // Exactly 1.0 is kept for names written identically, so that alerts can be ranked: names equal
        // only after normalisation (case, accents, punctuation, token order) score just below.
        if (comparison.Score >= 1.0 && !string.Equals(left.Trim(), right.Trim(), StringComparison.Ordinal))
        {
            return comparison with { Score = 0.99, Adjustments = [.. comparison.Adjustments, "equal after normalisation only: 0.99"] };
        }

        return comparison;
    }

    /// <summary>
    /// A name in Hangul is compared through its romanisations (DPRK, McCune–Reischauer, Revised, with
    /// the usual surname spellings): the best-scoring spelling wins and is named in the explanation.
    /// </summary>
    private static NameComparison CompareKorean(string left, string right, EntityKind kind)
    {
        NameComparison? best = null;
        string? bestLeft = null;
        string? bestRight = null;
        foreach (var l in HangulReadings.Of(left, kind))
        {
            var leftTokens = NameNormalizer.Tokens(l, kind);
            foreach (var r in HangulReadings.Of(right, kind))
            {
                var comparison = Compare(leftTokens, NameNormalizer.Tokens(r, kind), kind);
                if (best is null || comparison.Score > best.Score)
                {
                    (best, bestLeft, bestRight) = (comparison, l, r);
                }
            }
        }

        var via = new List<string>();
        if (!string.Equals(bestLeft, left, StringComparison.Ordinal))
        {
            via.Add($"{left} read as {bestLeft}");
        }

        if (!string.Equals(bestRight, right, StringComparison.Ordinal))
        {
            via.Add($"{right} read as {bestRight}");
        }

        return best! with { Adjustments = [.. via, .. best!.Adjustments] };
    }

    public static NameComparison Compare(IReadOnlyList<NameToken> left, IReadOnlyList<NameToken> right, EntityKind kind = EntityKind.Unknown)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Count == 0 || right.Count == 0)
        {
            return new NameComparison(0) { Adjustments = ["a name has no tokens after normalisation"] };
        }

        // Symmetry: always align from the canonical order of the two token lists.
        var swap = CompareTokenLists(left, right) > 0;
        var a = swap ? right : left;
        var b = swap ? left : right;
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var alignments = new List<Alignment>();

        // Equal tokens first (unambiguous), then tokens written together or as initials, then the rest by similarity.
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (!usedA[i] && !usedB[j] && string.Equals(a[i].Text, b[j].Text, StringComparison.Ordinal))
                {
                    usedA[i] = usedB[j] = true;
                    alignments.Add(new Alignment(i, -1, j, -1, 1.0, "exact"));
                }
            }
        }

        AlignJoined(a, b, usedA, usedB, alignments, swapped: false);
        AlignJoined(b, a, usedB, usedA, alignments, swapped: true);

        var candidates = new List<(int I, int J, double Similarity, string Method)>();
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (usedA[i] || usedB[j])
                {
                    continue;
                }

                var (similarity, method) = TokenSimilarity(a[i], b[j], kind);
                if (similarity > 0)
                {
                    candidates.Add((i, j, similarity, method));
                }
            }
        }

        // Greedy by similarity, ties by position: deterministic and good enough for names of a few tokens.
        candidates.Sort((x, y) => y.Similarity.CompareTo(x.Similarity) is var c && c != 0 ? c : (x.I + x.J).CompareTo(y.I + y.J));
        foreach (var (i, j, similarity, method) in candidates)
        {
            if (!usedA[i] && !usedB[j])
            {
                usedA[i] = usedB[j] = true;
                alignments.Add(new Alignment(i, -1, j, -1, similarity, method));
            }
        }

        return Score(a, b, usedA, usedB, alignments, swap, kind);
    }

    private static NameComparison Score(
        IReadOnlyList<NameToken> a,
        IReadOnlyList<NameToken> b,
        bool[] usedA,
        bool[] usedB,
        List<Alignment> alignments,
        bool swap,
        EntityKind kind)
    {
        double matched = 0;
        foreach (var x in alignments)
        {
            matched += x.Similarity * (RangeWeight(a, x.I, x.I2) + RangeWeight(b, x.J, x.J2));
        }

        var adjustments = new List<string>();
        var strongA = a.Count(t => t.Role == TokenRole.Strong);
        var strongB = b.Count(t => t.Role == TokenRole.Strong);
        var alignedWell = alignments.Count > 0 && alignments.TrueForAll(x => x.Similarity >= 0.8);
        // Persons: a missing middle name or patronymic should not sink a match. Organisations: an extra
        // word usually names a different company (Banco Santander vs Banco Santander México).
        var isPerson = kind is EntityKind.Person or EntityKind.Unknown;
        var shorterFullyAligned = alignedWell
            && isPerson
            && Math.Min(strongA, strongB) >= 2
            && (AllStrongUsed(a, usedA) || AllStrongUsed(b, usedB));

        double total = 0;
        for (var i = 0; i < a.Count; i++)
        {
            total += usedA[i] || !shorterFullyAligned ? Weight(a[i]) : Weight(a[i]) * SurplusWeight;
        }

        for (var j = 0; j < b.Count; j++)
        {
            total += usedB[j] || !shorterFullyAligned ? Weight(b[j]) : Weight(b[j]) * SurplusWeight;
        }

        if (shorterFullyAligned && (usedA.Contains(false) || usedB.Contains(false)))
        {
            adjustments.Add($"surplus tokens weigh ×{SurplusWeight}");
        }

        var score = total == 0 ? 0 : Math.Clamp(matched / total, 0, 1);

        // Organisations: every word of one name missing from the other may name a different company
        // (a subsidiary, a country branch), so each costs beyond its Dice weight.
        if (!isPerson)
        {
            var surplus = UnusedStrong(a, usedA) + UnusedStrong(b, usedB);
            if (surplus > 0)
            {
                var factor = Math.Pow(OrganisationSurplusFactor, surplus);
                score *= factor;
                adjustments.Add($"{surplus} unmatched word(s) in an organisation name: ×{factor:F2}");
            }
        }

        // Both names keep a part the other lacks (AL-DULAIMI vs AL-TIKRITI, Hassan vs Kamel): a conflict,
        // not a gap, and it costs more than the Dice weights alone say.
        var conflicts = Math.Min(UnusedStrong(a, usedA), UnusedStrong(b, usedB));
        if (conflicts > 0)
        {
            var factor = Math.Pow(ConflictFactor, conflicts);
            score *= factor;
            adjustments.Add($"{conflicts} conflicting part(s) on both sides: ×{factor:F2}");
        }

        var numbersA = a.Where(t => t.Role == TokenRole.Number).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var numbersB = b.Where(t => t.Role == TokenRole.Number).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        if (numbersA.Count > 0 && numbersB.Count > 0 && !numbersA.SetEquals(numbersB))
        {
            score *= 0.5;
            adjustments.Add("numbers differ: ×0.5");
        }

        var left = swap ? b : a;
        var right = swap ? a : b;
        var leftUsed = swap ? usedB : usedA;
        var rightUsed = swap ? usedA : usedB;
        return new NameComparison(Math.Round(score, 4))
        {
            Alignments = alignments.ConvertAll(x =>
            {
                var fromA = RangeText(a, x.I, x.I2);
                var fromB = RangeText(b, x.J, x.J2);
                return swap ? new TokenAlignment(fromB, fromA, x.Similarity, x.Method) : new TokenAlignment(fromA, fromB, x.Similarity, x.Method);
            }),
            UnmatchedLeft = left.Where((_, k) => !leftUsed[k]).Select(t => t.Text).ToList(),
            UnmatchedRight = right.Where((_, k) => !rightUsed[k]).Select(t => t.Text).ToList(),
            Adjustments = adjustments,
        };
    }

    /// <summary>Tokens first..last (last &lt; 0: just first).</summary>
    private static double RangeWeight(IReadOnlyList<NameToken> tokens, int first, int last)
    {
        double weight = 0;
        for (var k = first; k <= Math.Max(first, last); k++)
        {
            weight += Weight(tokens[k]);
        }

        return weight;
    }

    private static string RangeText(IReadOnlyList<NameToken> tokens, int first, int last) =>
        string.Join(' ', Enumerable.Range(first, Math.Max(first, last) - first + 1).Select(k => tokens[k].Text));

    private static int UnusedStrong(IReadOnlyList<NameToken> tokens, bool[] used)
    {
        var n = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!used[i] && tokens[i].Role == TokenRole.Strong && !tokens[i].IsInitial)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Token i (and i2, when joined) of the first name aligned with token j (and j2) of the second.</summary>
    private readonly record struct Alignment(int I, int I2, int J, int J2, double Similarity, string Method);

    private static bool AllStrongUsed(IReadOnlyList<NameToken> tokens, bool[] used)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!used[i] && tokens[i].Role == TokenRole.Strong)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A token of one name against a run of 2–4 adjacent tokens of the other: written together
    /// ("jongun" / "jong un", "vanderbilt" / "van der bilt", "gmbh" / "g m b h", with the usual edit
    /// budget) or as initials ("jc" / "jean claude", "pla" / "people's liberation army").
    /// </summary>
    private static void AlignJoined(
        IReadOnlyList<NameToken> x,
        IReadOnlyList<NameToken> y,
        bool[] usedX,
        bool[] usedY,
        List<Alignment> alignments,
        bool swapped)
    {
        for (var i = 0; i < x.Count; i++)
        {
            if (usedX[i] || x[i].Text.Length < 2 || x[i].Role == TokenRole.Number)
            {
                continue;
            }

            for (var run = 4; run >= 2 && !usedX[i]; run--)
            {
                for (var j = 0; j + run <= y.Count; j++)
                {
                    if (usedY.AsSpan(j, run).Contains(true) || (x[i].Text.Length < 4 && !IsInitialsOf(x[i].Text, y, j, run)))
                    {
                        continue;
                    }

                    var (similarity, method) = JoinedSimilarity(x[i].Text, y, j, run);
                    if (similarity <= 0)
                    {
                        continue;
                    }

                    usedX[i] = true;
                    usedY.AsSpan(j, run).Fill(true);
                    var last = j + run - 1;
                    alignments.Add(swapped ? new Alignment(j, last, i, -1, similarity, method) : new Alignment(i, -1, j, last, similarity, method));
                    break;
                }
            }
        }
    }

    private static (double Similarity, string Method) JoinedSimilarity(string token, IReadOnlyList<NameToken> y, int start, int run)
    {
        if (IsInitialsOf(token, y, start, run))
        {
            return (0.9, "initials");
        }

        Span<char> joined = stackalloc char[128];
        var length = 0;
        for (var k = start; k < start + run; k++)
        {
            var part = y[k].Text.AsSpan();
            if (length + part.Length > joined.Length)
            {
                return (0, "");
            }

            part.CopyTo(joined[length..]);
            length += part.Length;
        }

        // At most one edit: a join that needs more is two names, not one written together.
        var edits = Similarity.OptimalStringAlignment(token, joined[..length]);
        return edits <= Math.Min(1, EditBudget(Math.Max(token.Length, length))) ? (EditSimilarity(edits), "joined") : (0, "");
    }

    private static bool IsInitialsOf(string token, IReadOnlyList<NameToken> y, int start, int run)
    {
        if (token.Length != run)
        {
            return false;
        }

        for (var k = 0; k < run; k++)
        {
            // Initials stand for words, not syllables: "ju" is not "Jong Un".
            if (y[start + k].Text[0] != token[k] || y[start + k].Text.Length < 3)
            {
                return false;
            }
        }

        return true;
    }

    private static (double Similarity, string Method) TokenSimilarity(NameToken x, NameToken y, EntityKind kind)
    {
        if (string.Equals(x.Text, y.Text, StringComparison.Ordinal))
        {
            return (1.0, "exact");
        }

        if (x.Role == TokenRole.Number || y.Role == TokenRole.Number)
        {
            return (0, "");
        }

        // Spellings of one Korean family name (Ri/Li/Lee/Rhee/Yi, Pak/Park, Choe/Choi, Jong/Chong/Jeong …);
        // the same spellings recur as given-name syllables.
        if (KoreanSurnames.AreEquivalent(x.Text, y.Text))
        {
            return (0.95, "equivalent");
        }

        if (kind is EntityKind.Person or EntityKind.Unknown && (x.IsInitial || y.IsInitial))
        {
            var full = x.IsInitial ? y.Text : x.Text;
            var initial = x.IsInitial ? x.Text[0] : y.Text[0];
            return full[0] == initial ? (0.8, "initial") : (0, "");
        }

        // Spelling variants and typos differ by few edits for their length; different names that merely
        // look alike (Sancho / Sanchez, Mohamed / Ahmed) need more.
        var edits = Similarity.OptimalStringAlignment(x.Text, y.Text);
        if (edits > EditBudget(Math.Max(x.Text.Length, y.Text.Length)))
        {
            return (0, "");
        }

        // One letter in a part of up to four letters (Un / Hun, Jong / Song in Korean given names) is weak evidence.
        // A vowel or h added (Un / Eun, Sol / Seol, Son / Sohn) is a romanisation variant, not another syllable.
        var similarity = edits == 1 && Math.Min(x.Text.Length, y.Text.Length) <= 4 && !IsVowelOrHInsertion(x.Text, y.Text)
            ? ShortTokenOneEdit
            : EditSimilarity(edits);
        return (similarity, "edit");
    }

    /// <summary>One edit is a typo; two are a variant spelling or another name; three rarely the same name.</summary>
    private static double EditSimilarity(int edits) => edits switch
    {
        0 => 1.0,
        1 => 0.85,
        2 => 0.65,
        _ => 0.45,
    };

    private static bool IsVowelOrHInsertion(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length != shorter.Length + 1)
        {
            return false;
        }

        for (var i = 0; i < longer.Length; i++)
        {
            // h only after the first letter (Sohn, Oh): an initial h is another syllable (Hun / Un).
            if ((longer[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' || (longer[i] == 'h' && i > 0))
                && longer.AsSpan(0, i).SequenceEqual(shorter.AsSpan(0, i))
                && longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Edits tolerated between two tokens, by the longer token's length.</summary>
    private static int EditBudget(int length) => length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        <= 9 => 2,
        _ => 3,
    };

    private static double Weight(NameToken token) => token.Role switch
    {
        TokenRole.Weak => WeakWeight,
        _ when token.IsInitial => InitialWeight,
        _ => 1.0,
    };

    /// <summary>Ordinal order of two token lists, token by token (no joined strings on the hot path).</summary>
    private static int CompareTokenLists(IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = string.CompareOrdinal(a[i].Text, b[i].Text);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}
