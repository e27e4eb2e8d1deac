using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using AnyAscii;
using Pincer.Core;

namespace Pincer.Matching.Text;

/// <summary>
/// Turns a name as written into comparable tokens: Unicode NFKC, transliteration of every script to
/// ASCII (AnyAscii; Korean names additionally get their DPRK/MR/RR variants elsewhere), case folding,
/// punctuation and apostrophes removed, hyphenated parts split, honorifics dropped, legal forms and
/// particles marked weak, long legal forms ("obshchestvo s ogranichennoy otvetstvennostyu") folded to
/// their abbreviation. Idempotent: normalising the joined output gives the same tokens.
/// </summary>
public static class NameNormalizer
{
    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "president", "prasident", "presidente", "general", "gen",
        "colonel", "col", "major", "maj", "captain", "capt", "admiral", "lieutenant", "lt", "haji", "hajji", "sheikh", "shaikh", "sayed",
        "sayyid", "mullah", "maulavi", "mawlawi", "qari", "engineer", "eng", "h.e", "his", "her", "excellency",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = new[]
    {
        "bin", "ibn", "bint", "binti", "al", "el", "abu", "abd", "de", "da", "di", "del", "della", "dos", "das", "du", "van", "von", "der",
        "den", "la", "le", "y", "e", "of", "the", "and", "und", "et",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that say what kind of organisation it is rather than which one; legal forms themselves
    /// come from <see cref="EntityClassifier.IsLegalForm"/>, the list the readers classify with.
    /// </summary>
    private static readonly FrozenSet<string> GenericOrganisationWords = new[]
    {
        "companies", "ab", "as", "cv", "sc", "group", "international", "intl", "youxian", "jituan", "hoesa",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Multi-word legal forms (after transliteration) and their abbreviation.</summary>
    private static readonly (string Phrase, string Abbreviation)[] LongLegalForms =
    [
        ("obshchestvo s ogranichennoy otvetstvennostyu", "ooo"),
        ("obshestvo s ogranichennoy otvetstvennostyu", "ooo"),
        ("obshchestvo s ogranichennoi otvetstvennostiu", "ooo"),
        ("aktsionernoye obshchestvo", "ao"),
        ("aktsionernoe obshchestvo", "ao"),
        ("publichnoye aktsionernoye obshchestvo", "pao"),
        ("zakrytoye aktsionernoye obshchestvo", "zao"),
        ("otkrytoye aktsionernoye obshchestvo", "oao"),
        ("limited liability company", "llc"),
        ("limited liability partnership", "llp"),
        ("public joint stock company", "pjsc"),
        ("closed joint stock company", "cjsc"),
        ("open joint stock company", "ojsc"),
        ("joint stock company", "jsc"),
        ("societatea cu raspundere limitata", "srl"),
        ("societe a responsabilite limitee", "sarl"),
        ("sociedad anonima", "sa"),
        ("societe anonyme", "sa"),
        ("gesellschaft mit beschrankter haftung", "gmbh"),
        ("private limited", "pvt ltd"),
        ("public limited company", "plc"),
        ("sendirian berhad", "sdn bhd"),
        ("aktiengesellschaft", "ag"),
        ("aktiengeselschaft", "ag"),
        ("kommanditgesellschaft", "kg"),
        ("g m b h", "gmbh"),
        ("you xian gong si", "youxiangongsi"),
        ("you xian ze ren gong si", "youxiangongsi"),
    ];

    /// <summary>Normalises a name into tokens.</summary>
    public static IReadOnlyList<NameToken> Tokens(string name, EntityKind kind = EntityKind.Unknown)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = Fold(name);
        foreach (var (phrase, abbreviation) in LongLegalForms)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                text = text.Replace(phrase, abbreviation, StringComparison.Ordinal);
            }
        }

        var tokens = new List<NameToken>(4);
        foreach (var raw in JoinLetterRuns(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var role = RoleOf(raw, kind);
            if (role is null)
            {
                continue; // honorific
            }

            tokens.Add(new NameToken(raw, role.Value));
        }

        // A name made only of weak words ("Trading Company") keeps them as strong: they are the name.
        if (tokens.Count > 0 && tokens.TrueForAll(t => t.Role == TokenRole.Weak))
        {
            tokens = tokens.ConvertAll(t => t with { Role = TokenRole.Strong });
        }

        return tokens;
    }

    /// <summary>
    /// Runs of single letters are one abbreviation written with dots or spaces: "U.S." → "us",
    /// "A.B.C." → "abc", "S.A.R.L." → "sarl", "J. R. R." → "jrr".
    /// </summary>
    private static IEnumerable<string> JoinLetterRuns(string[] words)
    {
        var run = new StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 1 && char.IsAsciiLetter(word[0]))
            {
                run.Append(word);
                continue;
            }

            if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }

            yield return word;
        }

        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    /// <summary>The normalised form as one string (tokens joined by single spaces).</summary>
    public static string Normalize(string name, EntityKind kind = EntityKind.Unknown) =>
        string.Join(' ', Tokens(name, kind).Select(t => t.Text));

    private static TokenRole? RoleOf(string token, EntityKind kind)
    {
        if (token.All(char.IsAsciiDigit))
        {
            return TokenRole.Number;
        }

        var isPerson = kind is EntityKind.Person or EntityKind.Unknown;
        if (isPerson && Honorifics.Contains(token))
        {
            return null;
        }

        if (Particles.Contains(token))
        {
            return TokenRole.Weak;
        }

        if (kind != EntityKind.Person && (EntityClassifier.IsLegalForm(token) || GenericOrganisationWords.Contains(token)))
        {
            return TokenRole.Weak;
        }

        return TokenRole.Strong;
    }

    /// <summary>
    /// NFKC, transliteration to ASCII, lower case; apostrophes vanish (O'Brien, Ch'oe), other
    /// punctuation becomes a space; CamelCase produced by transliterating Han (DanDong) is split into syllables.
    /// </summary>
    internal static string Fold(string name)
    {
        var nfkc = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length + 8);
        foreach (var rune in nfkc.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                sb.Append((char)rune.Value);
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (IsHan(rune.Value))
            {
                // One syllable per character, space-separated ("丹东" → " dan dong ").
                sb.Append(' ').Append(rune.ToString().Transliterate()).Append(' ');
                continue;
            }

            if (rune.Value is 0x2019 or 0x2018 or 0x02BC or 0x02BB or 0x0060 or 0x00B4)
            {
                continue; // typographic apostrophes, like the ASCII one, disappear
            }

            sb.Append(rune.ToString().Transliterate());
        }

        var ascii = sb.ToString();
        var result = new StringBuilder(ascii.Length);
        var lastWasSpace = true;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (c is '\'' or '`')
            {
                // Ch'oe → choe, O'Brien → obrien
            }
            else if (!lastWasSpace)
            {
                result.Append(' ');
                lastWasSpace = true;
            }
        }

        return result.ToString().TrimEnd();
    }

    private static bool IsHan(int c) => c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF;
}
