using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pincer.Matching.Korean;

namespace Pincer.Matching.Tests;

public sealed class HangulRomanizerPropertyTests
{
    private static string Syllables(ushort[] codes) =>
        new(codes.Select(c => (char)(0xAC00 + (c % 11172))).ToArray());

    public static IEnumerable<Romanization> Systems => Enum.GetValues<Romanization>();

    [Property]
    public bool Romanize_IsDeterministic(NonEmptyArray<ushort> codes, bool ascii, byte separator)
    {
        var text = Syllables(codes.Get);
        var style = new RomanizationStyle((SyllableSeparator)(separator % 3), ascii);
        return Systems.All(system => string.Equals(
            HangulRomanizer.Romanize(text, system, style),
            HangulRomanizer.Romanize(new string(text.AsSpan()), system, style),
            StringComparison.Ordinal));
    }

    [Property]
    public bool Romanize_AsciiStyle_OfHangulSyllables_IsNonEmptyAscii(NonEmptyArray<ushort> codes, byte separator)
    {
        var text = Syllables(codes.Get);
        var style = new RomanizationStyle((SyllableSeparator)(separator % 3), Ascii: true);
        return Systems.All(system =>
        {
            var latin = HangulRomanizer.Romanize(text, system, style);
            return latin.Length > 0 && latin.All(c => c is >= ' ' and <= '~');
        });
    }

    [Property]
    public bool Romanize_EverySyllableProducesLetters(ushort code)
    {
        var text = Syllables([code]);
        return Systems.All(system => HangulRomanizer.Romanize(text, system, RomanizationStyle.JoinedAscii).All(char.IsAsciiLetter));
    }

    [Property]
    public bool Romanize_NonHangulInput_IsReturnedUnchanged(NonNull<string> input)
    {
        var text = new string(input.Get.Where(c => !HangulRomanizer.IsHangulSyllable(c)).ToArray());
        return Systems.All(system => string.Equals(HangulRomanizer.Romanize(text, system), text, StringComparison.Ordinal)
            && string.Equals(HangulRomanizer.Romanize(text, system, RomanizationStyle.SpacedAscii), text, StringComparison.Ordinal));
    }

    [Property]
    public bool RomanizeName_AsciiStyle_IsAsciiLettersAndSpaces(NonEmptyArray<ushort> codes)
    {
        var name = Syllables(codes.Get.Take(4).ToArray());
        return Systems.All(system => HangulRomanizer.RomanizeName(name, system, RomanizationStyle.SpacedAscii)
            .All(c => char.IsAsciiLetter(c) || c == ' '));
    }

    [Property(MaxTest = 30)]
    public bool Variants_AreUniqueIgnoringCase(NonEmptyArray<ushort> codes)
    {
        var name = Syllables(codes.Get.Take(4).ToArray());
        var variants = HangulRomanizer.Variants(name);
        return variants.Count > 0
            && variants.Distinct(StringComparer.OrdinalIgnoreCase).Count() == variants.Count;
    }

    [Property]
    public Property SouthKoreanSpelling_KeepsTheLength(NonEmptyArray<ushort> codes)
    {
        var text = Syllables(codes.Get);
        return (HangulRomanizer.SouthKoreanSpelling(text).Length == text.Length).ToProperty();
    }
}
