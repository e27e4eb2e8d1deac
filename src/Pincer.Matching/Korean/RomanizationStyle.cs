namespace Pincer.Matching.Korean;

/// <summary>How the syllables of one romanised word (a given name, a place name) are separated.</summary>
public enum SyllableSeparator
{
    /// <summary>Joined: "Jongun", "Pyongyang".</summary>
    None,

    /// <summary>Hyphenated, later syllables in lower case: "Jong-un" (McCune–Reischauer and RR name practice).</summary>
    Hyphen,

    /// <summary>Spaced, every syllable capitalised: "Jong Un" (DPRK name practice, UN and OFAC lists).</summary>
    Space,
}

/// <summary>Presentation options for <see cref="HangulRomanizer.Romanize"/>; the default is joined syllables with diacritics.</summary>
/// <param name="Separator">Separation between the syllables of a word.</param>
/// <param name="Ascii">
/// Strip breves and apostrophes (ŏ → o, ŭ → u, Ch'oe → Choe), as sanctions lists, passports and most
/// Western press do. The result is then plain ASCII for Hangul input.
/// </param>
public readonly record struct RomanizationStyle(SyllableSeparator Separator = SyllableSeparator.None, bool Ascii = false)
{
    /// <summary>Spaced syllables, ASCII only: "Kim Jong Un".</summary>
    public static RomanizationStyle SpacedAscii => new(SyllableSeparator.Space, Ascii: true);

    /// <summary>Hyphenated syllables, ASCII only: "Kim Jong-un".</summary>
    public static RomanizationStyle HyphenatedAscii => new(SyllableSeparator.Hyphen, Ascii: true);

    /// <summary>Joined syllables, ASCII only: "Pyongyang".</summary>
    public static RomanizationStyle JoinedAscii => new(SyllableSeparator.None, Ascii: true);
}
