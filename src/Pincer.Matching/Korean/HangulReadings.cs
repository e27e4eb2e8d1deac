using Pincer.Core;

namespace Pincer.Matching.Korean;

/// <summary>
/// The Latin spellings under which a name written in Hangul is compared: a personal name (2–4
/// syllables) by <see cref="HangulRomanizer.Variants"/>, anything else word by word. Names without
/// Hangul are their own single spelling. Shared by the pairwise scorer and the screening index.
/// </summary>
public static class HangulReadings
{
    public static bool ContainsHangul(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (HangulRomanizer.IsHangulSyllable(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="name">The name as written.</param>
    /// <param name="kind">Persons (and unknown kinds) get personal-name variants.</param>
    /// <param name="personalLimit">Most personal-name spellings to return (they are ordered most usual first).</param>
    /// <param name="wordLimit">Most word-by-word spellings to return.</param>
    public static IReadOnlyList<string> Of(string name, EntityKind kind, int personalLimit = int.MaxValue, int wordLimit = int.MaxValue)
    {
        if (!ContainsHangul(name))
        {
            return [name];
        }

        var trimmed = name.Trim();
        var personal = kind is EntityKind.Person or EntityKind.Unknown
                       && trimmed.Length is >= 2 and <= 4
                       && trimmed.All(HangulRomanizer.IsHangulSyllable);
        return personal
            ? HangulRomanizer.Variants(trimmed).Take(personalLimit).ToList()
            : HangulRomanizer.WordVariants(trimmed).Take(wordLimit).ToList();
    }
}
