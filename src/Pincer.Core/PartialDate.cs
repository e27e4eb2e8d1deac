using System.Globalization;

namespace Pincer.Core;

/// <summary>
/// A calendar date of which only the year, or the year and month, may be known
/// ("DOB 1962", "DOB Mar 1965", "DOB 12 Mar 1965"). Zero means unknown for month and day.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int month = 0, int day = 0)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        }

        if (month is < 0 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1–12, or 0 when unknown.");
        }

        if (day < 0 || (day > 0 && (month == 0 || day > DateTime.DaysInMonth(year, month))))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day must be valid for the month, or 0 when unknown.");
        }

        Year = (short)year;
        Month = (byte)month;
        Day = (byte)day;
    }

    public short Year { get; }

    /// <summary>1–12, or 0 when unknown.</summary>
    public byte Month { get; }

    /// <summary>1–31, or 0 when unknown.</summary>
    public byte Day { get; }

    public bool HasMonth => Month != 0;

    public bool HasDay => Day != 0;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The earliest full date this partial date may stand for.</summary>
    public DateOnly Earliest => new(Year, HasMonth ? Month : 1, HasDay ? Day : 1);

    /// <summary>The latest full date this partial date may stand for.</summary>
    public DateOnly Latest
    {
        get
        {
            var month = HasMonth ? Month : 12;
            return new DateOnly(Year, month, HasDay ? Day : DateTime.DaysInMonth(Year, month));
        }
    }

    public static bool TryCreate(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 0 or > 12 || day < 0)
        {
            return false;
        }

        if (day > 0 && (month == 0 || day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Parses ISO forms: <c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseIso(string? text, out PartialDate date) => TryParseIso(text.AsSpan(), out date);

    public static bool TryParseIso(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (text.Length == 4)
        {
            return TryCreate(year, 0, 0, out date);
        }

        if (text.Length < 7 || text[4] != '-' || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return false;
        }

        if (text.Length == 7)
        {
            return TryCreate(year, month, 0, out date);
        }

        // Accept a trailing time or zone ("2016-03-02T00:00:00", "1976-08-25+02:00") but only read the date.
        if (text.Length < 10 || text[7] != '-' || !int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        return TryCreate(year, month, day, out date);
    }

    /// <summary>
    /// Like <see cref="TryParseIso(ReadOnlySpan{char}, out PartialDate)"/>, but also accepts one-digit
    /// months and days ("1969-7-16"), common in customer and screening data. Impossible dates still fail.
    /// </summary>
    public static bool TryParseLenient(string? text, out PartialDate date)
    {
        var trimmed = (text ?? "").Trim();
        var parts = trimmed.Split('-');
        if (parts.Length is 2 or 3 && parts.Skip(1).All(p => p.Length is 1 or 2))
        {
            trimmed = string.Join('-', parts.Select((p, i) => i == 0 ? p : p.PadLeft(2, '0')));
        }

        return TryParseIso(trimmed, out date);
    }

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = Month.CompareTo(other.Month);
        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>ISO form with only the known parts: <c>1962</c>, <c>1965-03</c>, <c>1965-03-12</c>.</summary>
    public override string ToString() =>
        HasDay ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : HasMonth ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);
}

/// <summary>
/// A date that the publisher gives as a single (partial) date, an approximation ("circa 1960")
/// or a range ("1960 to 1962"). A single date has <see cref="From"/> equal to <see cref="To"/>.
/// </summary>
public readonly record struct DateSpan(PartialDate From, PartialDate To, bool Approximate = false)
{
    public static DateSpan Exactly(PartialDate date) => new(date, date);

    public bool IsSingle => From == To;

    public override string ToString()
    {
        var core = IsSingle ? From.ToString() : $"{From}..{To}";
        return Approximate ? "~" + core : core;
    }

    /// <summary>Parses the form written by <see cref="ToString"/>.</summary>
    public static bool TryParse(string text, out DateSpan span)
    {
        span = default;
        var approximate = text.StartsWith('~');
        var core = approximate ? text.AsSpan(1) : text.AsSpan();
        var dots = core.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!PartialDate.TryParseIso(core, out var single))
            {
                return false;
            }

            span = new DateSpan(single, single, approximate);
            return true;
        }

        if (!PartialDate.TryParseIso(core[..dots], out var from) || !PartialDate.TryParseIso(core[(dots + 2)..], out var to))
        {
            return false;
        }

        span = new DateSpan(from, to, approximate);
        return true;
    }
}
