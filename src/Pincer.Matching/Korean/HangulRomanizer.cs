using System.Text;

namespace Pincer.Matching.Korean;

/// <summary>
/// Table-driven romanisation of precomposed Hangul syllables (U+AC00–U+D7A3) in McCune–Reischauer,
/// the DPRK's 1992 system (조선어의 라틴문자표기법, as revised 2002/2012) and Revised Romanization.
/// </summary>
/// <remarks>
/// <para>
/// A syllable decomposes arithmetically: <c>index = c − 0xAC00</c>, initial = index / 588,
/// medial = (index % 588) / 28, final = index % 28. Each system maps the 19 initials, 21 medials and
/// 28 finals through its own tables; sound rules then act on the boundary between two syllables of
/// the same word. A word is a run of consecutive Hangul syllables; everything else (spaces, Latin,
/// digits, punctuation, jamo) passes through unchanged.
/// </para>
/// <para>Rules implemented for words (place and company names, <see cref="Romanize"/>):</para>
/// <list type="number">
/// <item>ㅇ as an initial is silent; as a final it is "ng".</item>
/// <item>Linking: a final before a silent initial moves to the next syllable (한국어 → Han'gugŏ / Hangugeo;
/// 붉은 → Pulgŭn); a final ㅎ before a vowel is dropped; of a double final the first letter stays.</item>
/// <item>Nasalisation before ㄴ/ㅁ: k → ng, t → n, p → m (백마 → Paengma, 압니다 → amnida).</item>
/// <item>ㄹ: ㄴ+ㄹ and ㄹ+ㄴ → ll (천리마 → Chŏllima, 신라 → Silla); ㄹ+ㄹ → ll (MR, RR) or lr (DPRK, 찔레골 → Jjilregol);
/// after ㅁ, ㅇ, ㄱ, ㅂ the ㄹ is n in MR and RR (종로 → Chongno / Jongno, 압록 → Amnok) but stays r in the DPRK
/// system (압록강 → Amrokgang, 총련 → Chongryon), whose tables also keep word-initial ㄹ as r (라선 → Rasŏn).
/// Revised Romanization transcribes the spelling it is given, so 리 is "ri"; the South Korean spelling
/// (이, 유, 양, 노) is produced by <see cref="Variants"/>.</item>
/// <item>Voicing (MR and DPRK): ㄱ ㄷ ㅂ ㅈ after a vowel or ㄴ ㄹ ㅁ ㅇ become g d b j (MR ch → j; the DPRK writes
/// ㅈ as j everywhere). MR keeps t and ch after ㄹ (tensed: 일지 → ilchi). RR writes g d b j before vowels anyway.</item>
/// <item>A final ㅎ (also in ㄶ, ㅀ) aspirates a following ㄱ ㄷ ㅈ (좋다 → chot'a / chotha / jota).</item>
/// <item>MR writes ㄴ+ㄱ as n'g (Han'guk) and ㅅ before ㅟ as sh; the apostrophe disappears when syllables are separated.</item>
/// </list>
/// <para>
/// Personal names (<see cref="RomanizeName"/>, <see cref="Variants"/>) follow the name rules of all three systems:
/// the family name is its own word; inside the given name there is no assimilation or linking
/// (조춘룡 → Jo Chun Ryong, not Chullyong), only the voicing of MR and DPRK, which starts after the first
/// given-name syllable (전명국 → Jon Myong Guk, 리병철 → Ri Pyong Chol).
/// </para>
/// </remarks>
public static class HangulRomanizer
{
    private const int SyllableBase = 0xAC00;
    private const int SyllableLast = 0xD7A3;
    private const int InitialStride = 588;
    private const int MedialStride = 28;

    // Initial indices.
    private const int G = 0, Gg = 1, N = 2, D = 3, R = 5, M = 6, B = 7, S = 9, Silent = 11, J = 12, Ch = 14, K = 15, T = 16, P = 17, H = 18;

    // Medial indices used by the rules.
    private const int MedialWi = 16;

    // Coda classes: the sound a final makes before a consonant or at the end of a word.
    private enum Coda
    {
        None,
        K,
        N,
        T,
        L,
        M,
        P,
        Ng,
    }

    private static readonly Coda[] FinalCoda =
    [
        Coda.None, Coda.K, Coda.K, Coda.K, Coda.N, Coda.N, Coda.N, Coda.T, Coda.L, Coda.K,
        Coda.M, Coda.L, Coda.L, Coda.L, Coda.P, Coda.L, Coda.M, Coda.P, Coda.P, Coda.T,
        Coda.T, Coda.Ng, Coda.T, Coda.T, Coda.K, Coda.T, Coda.P, Coda.T,
    ];

    // Before a silent initial: what stays as coda, and which initial the final becomes (-1: none).
    private static readonly (Coda Stays, int Moves)[] FinalLinking =
    [
        (Coda.None, -1), (Coda.None, G), (Coda.None, Gg), (Coda.K, S), (Coda.None, N), (Coda.N, J), (Coda.None, N), (Coda.None, D),
        (Coda.None, R), (Coda.L, G), (Coda.L, M), (Coda.L, B), (Coda.L, S), (Coda.L, T), (Coda.L, P), (Coda.None, R),
        (Coda.None, M), (Coda.None, B), (Coda.P, S), (Coda.None, S), (Coda.None, 10), (Coda.Ng, -1), (Coda.None, J), (Coda.None, Ch),
        (Coda.None, K), (Coda.None, T), (Coda.None, P), (Coda.None, -1),
    ];

    // How the given-name initials ㄱ ㄷ ㅂ ㅈ are written: by the rules (voiced after a vowel or resonant, never
    // the first), never voiced (each syllable on its own: "Cho Yon Chun", "Pak Il Kyu"), or always voiced
    // ("Min Byong Chol", "Pak Bong Nam"). The last two are not in any system but are common on the lists.
    private enum GivenVoicing
    {
        Rules,
        Never,
        Always,
    }

    private sealed record SystemTables(string[] Initial, string[] VoicedInitial, string[] Medial, bool KeepsR, bool MarksNg);

    //                                    ㄱ    ㄲ    ㄴ   ㄷ    ㄸ    ㄹ   ㅁ   ㅂ    ㅃ    ㅅ   ㅆ    ㅇ   ㅈ     ㅉ     ㅊ     ㅋ    ㅌ    ㅍ    ㅎ
    private static readonly SystemTables Mr = new(
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"],
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "tch", "ch'", "k'", "t'", "p'", "h"],
        ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"],
        KeepsR: false,
        MarksNg: true);

    private static readonly SystemTables Dprk = new(
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"],
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"],
        ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"],
        KeepsR: true,
        MarksNg: false);

    private static readonly SystemTables Rr = new(
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"],
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"],
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"],
        KeepsR: false,
        MarksNg: false);

    /// <summary>The two-syllable family names recognised when a name has four syllables (or three, see <see cref="SplitName"/>).</summary>
    public static IReadOnlyList<string> TwoSyllableFamilyNames { get; } = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"];

    /// <summary>True for a precomposed Hangul syllable (U+AC00–U+D7A3).</summary>
    public static bool IsHangulSyllable(char c) => c is >= (char)SyllableBase and <= (char)SyllableLast;

    /// <summary>
    /// Romanises every run of Hangul syllables in <paramref name="hangul"/> as one word with the word rules
    /// (assimilation, linking, voicing); other characters pass through unchanged. Each word is capitalised.
    /// </summary>
    public static string Romanize(string hangul, Romanization system, RomanizationStyle style = default)
    {
        ArgumentNullException.ThrowIfNull(hangul);
        var tables = TablesFor(system);
        var sb = new StringBuilder(hangul.Length * 4);
        var i = 0;
        while (i < hangul.Length)
        {
            if (!IsHangulSyllable(hangul[i]))
            {
                sb.Append(hangul[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < hangul.Length && IsHangulSyllable(hangul[i]))
            {
                i++;
            }

            sb.Append(RomanizeWord(hangul.AsSpan(start, i - start), tables, isName: false, style));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Romanises a personal name written in Hangul ("김정은", or "김 정은"): family name, a space, then the given
    /// name with the name rules; <paramref name="style"/> separates the given-name syllables ("Kim Jong Un",
    /// "Kim Jong-un", "Kim Jongun"). Input that is not all Hangul (apart from spaces) falls back to <see cref="Romanize"/>.
    /// </summary>
    public static string RomanizeName(string hangulName, Romanization system, RomanizationStyle style = default)
    {
        ArgumentNullException.ThrowIfNull(hangulName);
        if (!SplitName(hangulName, out var family, out var given))
        {
            return Romanize(hangulName, system, style);
        }

        var familyLatin = RomanizeFamily(family, system, style.Ascii);
        if (given.Length == 0)
        {
            return familyLatin;
        }

        return familyLatin + " " + RomanizeWord(given, TablesFor(system), isName: true, style);
    }

    /// <summary>
    /// Spellings of a Korean personal name in Hangul as they are met in practice: the three systems, with and
    /// without diacritics, the given name spaced, hyphenated or joined, its initials ㄱ ㄷ ㅂ ㅈ voiced by the rules,
    /// never ("Cho Yon Chun", "Pak Il Kyu") or always ("Min Byong Chol"), crossed with every conventional Latin
    /// spelling of the family name (<see cref="KoreanSurnames"/>), for the name as written and for its South
    /// Korean spelling (initial-sound rule: 리설주 → 이설주, 최룡해 → 최용해). Stable order, no two equal ignoring case.
    /// </summary>
    public static IReadOnlyList<string> Variants(string hangulName)
    {
        ArgumentNullException.ThrowIfNull(hangulName);
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        void Add(string value)
        {
            if (seen.Add(value))
            {
                result.Add(value);
            }
        }

        if (!SplitName(hangulName, out var family, out var given))
        {
            foreach (var v in WordVariants(hangulName))
            {
                Add(v);
            }

            return result;
        }

        Romanization[] systems = [Romanization.Dprk, Romanization.McCuneReischauer, Romanization.Revised];
        SyllableSeparator[] separators = [SyllableSeparator.Space, SyllableSeparator.Hyphen, SyllableSeparator.None];
        var forms = new List<(string Family, string Given)> { (family, given) };
        var southFamily = SouthKoreanSpelling(family);
        var southGiven = SouthKoreanSpelling(given);
        if (!string.Equals(southFamily, family, StringComparison.Ordinal) || !string.Equals(southGiven, given, StringComparison.Ordinal))
        {
            forms.Add((southFamily, southGiven));
        }

        GivenVoicing[] voicings = [GivenVoicing.Rules, GivenVoicing.Never, GivenVoicing.Always];
        foreach (var (f, g) in forms)
        {
            // The customary form of each system first.
            Add(RomanizeName(f + " " + g, Romanization.Dprk, RomanizationStyle.SpacedAscii));
            Add(RomanizeName(f + " " + g, Romanization.McCuneReischauer, new RomanizationStyle(SyllableSeparator.Hyphen)));
            Add(RomanizeName(f + " " + g, Romanization.McCuneReischauer, RomanizationStyle.HyphenatedAscii));
            Add(RomanizeName(f + " " + g, Romanization.Revised, new RomanizationStyle(SyllableSeparator.Hyphen)));

            var familySpellings = new List<string>();
            foreach (var system in systems)
            {
                familySpellings.Add(RomanizeFamily(f, system, ascii: true));
                familySpellings.Add(RomanizeFamily(f, system, ascii: false));
            }

            familySpellings.AddRange(KoreanSurnames.SpellingsOfHangul(f));

            var givenSpellings = new List<string>();
            foreach (var voicing in voicings)
            {
                foreach (var system in systems)
                {
                    var tables = TablesFor(system);
                    if (voicing != GivenVoicing.Rules && tables == Rr)
                    {
                        continue; // RR has no voicing rule: g d b j everywhere.
                    }

                    foreach (var separator in separators)
                    {
                        givenSpellings.Add(RomanizeWord(g, tables, isName: true, new RomanizationStyle(separator, Ascii: true), voicing));
                        givenSpellings.Add(RomanizeWord(g, tables, isName: true, new RomanizationStyle(separator, Ascii: false), voicing));
                    }
                }
            }

            foreach (var gs in givenSpellings)
            {
                foreach (var fs in familySpellings)
                {
                    Add(g.Length == 0 ? fs : fs + " " + gs);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Spellings of a place or company name in Hangul (조선, 평양, 련봉): the three systems with word rules,
    /// with and without diacritics, joined, hyphenated and spaced, for the spelling as written and the South
    /// Korean spelling. Stable order, no two equal ignoring case.
    /// </summary>
    public static IReadOnlyList<string> WordVariants(string hangul)
    {
        ArgumentNullException.ThrowIfNull(hangul);
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var south = SouthKoreanSpelling(hangul);
        string[] forms = string.Equals(south, hangul, StringComparison.Ordinal) ? [hangul] : [hangul, south];
        foreach (var form in forms)
        {
            foreach (var separator in (SyllableSeparator[])[SyllableSeparator.None, SyllableSeparator.Hyphen, SyllableSeparator.Space])
            {
                foreach (var system in (Romanization[])[Romanization.Dprk, Romanization.McCuneReischauer, Romanization.Revised])
                {
                    foreach (var ascii in (bool[])[true, false])
                    {
                        var value = Romanize(form, system, new RomanizationStyle(separator, ascii));
                        if (seen.Add(value))
                        {
                            result.Add(value);
                        }
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Splits a Hangul personal name into family and given name. A space, if present, separates them; otherwise
    /// the family name is one syllable, or two when the name has four syllables and starts with a two-syllable
    /// family name (남궁, 황보, 제갈, 선우, 독고, 사공, ...). False when the name is not Hangul syllables and spaces.
    /// </summary>
    public static bool SplitName(string hangulName, out string family, out string given)
    {
        ArgumentNullException.ThrowIfNull(hangulName);
        family = string.Empty;
        given = string.Empty;
        var parts = hangulName.Split((char[])[' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                if (!IsHangulSyllable(c))
                {
                    return false;
                }
            }
        }

        if (parts.Length > 1)
        {
            family = parts[0];
            given = string.Concat(parts.AsSpan(1));
            return true;
        }

        var whole = parts[0];
        var familyLength = 1;
        if (whole.Length == 4 && IsTwoSyllableFamilyName(whole.AsSpan(0, 2)))
        {
            familyLength = 2;
        }

        family = whole[..familyLength];
        given = whole[familyLength..];
        return true;
    }

    /// <summary>
    /// The South Korean spelling under the initial-sound rule (두음법칙), applied to the first syllable of each word:
    /// ㄹ before i/y becomes silent (리 → 이, 류 → 유, 량 → 양), other ㄹ becomes ㄴ (로 → 노, 라 → 나), ㄴ before i/y
    /// becomes silent (녀 → 여). The DPRK does not apply this rule, so North Korean names differ in spelling.
    /// </summary>
    public static string SouthKoreanSpelling(string hangul)
    {
        ArgumentNullException.ThrowIfNull(hangul);
        var chars = hangul.ToCharArray();
        var atWordStart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!IsHangulSyllable(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                var index = c - SyllableBase;
                var initial = index / InitialStride;
                var medial = index % InitialStride / MedialStride;
                var final = index % MedialStride;
                var iotated = medial is 2 or 3 or 6 or 7 or 12 or 17 or 20; // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
                var newInitial = initial switch
                {
                    R when iotated => Silent,
                    R => N,
                    N when iotated && medial != 2 && medial != 3 => Silent,
                    _ => initial,
                };
                chars[i] = (char)(SyllableBase + (newInitial * InitialStride) + (medial * MedialStride) + final);
            }

            atWordStart = false;
        }

        return new string(chars);
    }

    private static bool IsTwoSyllableFamilyName(ReadOnlySpan<char> candidate)
    {
        foreach (var name in TwoSyllableFamilyNames)
        {
            if (candidate.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string RomanizeFamily(string family, Romanization system, bool ascii)
    {
        // MR and RR practice writes the surname 이 as Yi (the systems alone would give I).
        if (system != Romanization.Dprk && string.Equals(family, "이", StringComparison.Ordinal))
        {
            return "Yi";
        }

        return RomanizeWord(family, TablesFor(system), isName: false, new RomanizationStyle(SyllableSeparator.None, ascii));
    }

    private static SystemTables TablesFor(Romanization system) => system switch
    {
        Romanization.McCuneReischauer => Mr,
        Romanization.Dprk => Dprk,
        Romanization.Revised => Rr,
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown romanisation system."),
    };

    private static string RomanizeWord(
        ReadOnlySpan<char> word, SystemTables tables, bool isName, RomanizationStyle style, GivenVoicing voicing = GivenVoicing.Rules)
    {
        var count = word.Length;
        if (count == 0)
        {
            return string.Empty;
        }

        var initials = new int[count];
        var medials = new int[count];
        var finals = new int[count];
        for (var i = 0; i < count; i++)
        {
            var index = word[i] - SyllableBase;
            initials[i] = index / InitialStride;
            medials[i] = index % InitialStride / MedialStride;
            finals[i] = index % MedialStride;
        }

        // For each syllable: the initial letters, the coda letters, and a mark to insert before the next syllable when joined.
        var initialText = new string[count];
        var codaText = new string[count];
        var joinMark = new string[count];
        initialText[0] = InitialLetters(initials[0], medials[0], voiced: isName && voicing == GivenVoicing.Always, tables);
        for (var i = 0; i < count; i++)
        {
            joinMark[i] = string.Empty;
            if (i == count - 1)
            {
                codaText[i] = CodaLetters(FinalCoda[finals[i]]);
                break;
            }

            var (coda, next) = isName
                ? NameBoundary(finals[i], initials[i + 1], medials[i + 1], tables, voicing)
                : WordBoundary(finals[i], initials[i + 1], medials[i + 1], tables);
            codaText[i] = coda;
            initialText[i + 1] = next;
            if (tables.MarksNg && !isName && string.Equals(coda, "n", StringComparison.Ordinal) && next.StartsWith('g'))
            {
                joinMark[i] = "'";
            }
        }

        var sb = new StringBuilder(count * 5);
        for (var i = 0; i < count; i++)
        {
            var syllable = initialText[i] + tables.Medial[medials[i]] + codaText[i];
            if (i == 0)
            {
                sb.Append(Capitalize(syllable));
                continue;
            }

            switch (style.Separator)
            {
                case SyllableSeparator.Hyphen:
                    sb.Append('-').Append(syllable);
                    break;
                case SyllableSeparator.Space:
                    sb.Append(' ').Append(Capitalize(syllable));
                    break;
                default:
                    sb.Append(joinMark[i - 1]).Append(syllable);
                    break;
            }
        }

        var text = sb.ToString();
        return style.Ascii ? ToAscii(text) : text;
    }

    // Given names: no assimilation or linking, only voicing after a vowel or a resonant.
    private static (string Coda, string Initial) NameBoundary(int final, int nextInitial, int nextMedial, SystemTables tables, GivenVoicing voicing)
    {
        var coda = FinalCoda[final];
        var voiced = voicing switch
        {
            GivenVoicing.Never => false,
            GivenVoicing.Always => true,
            _ => VoicesAfter(coda, nextInitial, tables),
        };
        return (CodaLetters(coda), InitialLetters(nextInitial, nextMedial, voiced, tables));
    }

    private static (string Coda, string Initial) WordBoundary(int final, int nextInitial, int nextMedial, SystemTables tables)
    {
        var coda = FinalCoda[final];
        var initial = nextInitial;

        // Linking: the final moves onto a silent initial.
        if (initial == Silent && final != 0)
        {
            var (stays, moves) = FinalLinking[final];
            if (moves < 0)
            {
                return (CodaLetters(stays), string.Empty);
            }

            coda = stays;
            initial = moves;
        }

        // Final ㅎ (ㅎ, ㄶ, ㅀ) aspirates a following ㄱ ㄷ ㅈ.
        if (final is 27 or 6 or 15 && initial is G or D or J)
        {
            var aspirated = initial switch
            {
                G => K,
                D => T,
                _ => Ch,
            };
            var stays = final switch
            {
                6 => Coda.N,
                15 => Coda.L,
                _ => Coda.None,
            };
            return (CodaLetters(stays), InitialLetters(aspirated, nextMedial, voiced: false, tables));
        }

        switch (initial)
        {
            case N or M:
                coda = coda switch
                {
                    Coda.K => Coda.Ng,
                    Coda.T => Coda.N,
                    Coda.P => Coda.M,
                    _ => coda,
                };
                if (coda == Coda.L && initial == N)
                {
                    return ("l", "l");
                }

                break;
            case R:
                switch (coda)
                {
                    case Coda.None:
                        return (string.Empty, "r");
                    case Coda.N:
                        return ("l", "l");
                    case Coda.L:
                        return ("l", tables.KeepsR ? "r" : "l");
                    default:
                        var nasal = coda switch
                        {
                            Coda.K or Coda.Ng => "ng",
                            Coda.T or Coda.N => "n",
                            _ => "m",
                        };
                        return (nasal, tables.KeepsR ? "r" : "n");
                }
        }

        return (CodaLetters(coda), InitialLetters(initial, nextMedial, VoicesAfter(coda, initial, tables), tables));
    }

    private static bool VoicesAfter(Coda coda, int initial, SystemTables tables) => coda switch
    {
        Coda.None or Coda.N or Coda.M or Coda.Ng => true,
        // After ㄹ, MR keeps the tensed t and ch (일지 → ilchi); ㄱ and ㅂ voice. The DPRK voices all.
        Coda.L => tables != Mr || initial is not (D or J),
        _ => false,
    };

    private static string InitialLetters(int initial, int medial, bool voiced, SystemTables tables)
    {
        if (tables == Mr && initial == S && medial == MedialWi)
        {
            return "sh";
        }

        return voiced ? tables.VoicedInitial[initial] : tables.Initial[initial];
    }

    private static string CodaLetters(Coda coda) => coda switch
    {
        Coda.K => "k",
        Coda.N => "n",
        Coda.T => "t",
        Coda.L => "l",
        Coda.M => "m",
        Coda.P => "p",
        Coda.Ng => "ng",
        _ => string.Empty,
    };

    private static string Capitalize(string syllable) =>
        syllable.Length == 0 ? syllable : string.Concat(char.ToUpperInvariant(syllable[0]).ToString(), syllable.AsSpan(1));

    /// <summary>Strips the breves and apostrophes of MR and the DPRK system: ŏ → o, ŭ → u, ' removed.</summary>
    public static string ToAscii(string romanized)
    {
        ArgumentNullException.ThrowIfNull(romanized);
        var sb = new StringBuilder(romanized.Length);
        foreach (var c in romanized)
        {
            switch (c)
            {
                case 'ŏ':
                    sb.Append('o');
                    break;
                case 'Ŏ':
                    sb.Append('O');
                    break;
                case 'ŭ':
                    sb.Append('u');
                    break;
                case 'Ŭ':
                    sb.Append('U');
                    break;
                case '\'' or '\u2019' or '\u2018' or '\u02BC':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
