using System.Collections.Frozen;
using System.Globalization;
using Pincer.Core;

namespace Pincer.Lists.Ofac;

/// <summary>
/// What the remarks column of an OFAC legacy CSV row says, in typed form. OFAC packs birth dates,
/// nationalities, passports, registration numbers, IMO numbers, crypto addresses and links to other
/// entries into free text separated by <c>"; "</c>; <see cref="OfacRemarks.Parse"/> recovers them.
/// </summary>
internal sealed class RemarksFacts
{
    public List<(NameKind Kind, string Name)> Names { get; } = [];

    public List<DateSpan> BirthDates { get; } = [];

    public List<string> BirthPlaces { get; } = [];

    public List<CountryLink> Countries { get; } = [];

    public List<Identifier> Identifiers { get; } = [];

    public List<EntityFact> Facts { get; } = [];

    /// <summary>Names after <c>Linked To:</c>, as written (the reader resolves them to entities).</summary>
    public List<string> LinkedTo { get; } = [];

    /// <summary>Values that were recognised but invalid (failed check digit, unknown country …).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Reusable scratch list for the segment split.</summary>
    internal List<Range> Segments { get; } = [];

    /// <summary>Empties every list, so that one instance serves a whole read.</summary>
    public void Clear()
    {
        Names.Clear();
        BirthDates.Clear();
        BirthPlaces.Clear();
        Countries.Clear();
        Identifiers.Clear();
        Facts.Clear();
        LinkedTo.Clear();
        Problems.Clear();
        Segments.Clear();
    }
}

/// <summary>
/// Resolves country names through <see cref="Countries"/>, caching each distinct text (one instance
/// per read). OFAC's own spellings <c>St. Kitts &amp; Nevis</c> are retried as <c>Saint Kitts and Nevis</c>.
/// </summary>
internal sealed class CountryCache
{
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public bool TryResolve(string text, out string code) => TryResolve(text.AsSpan(), out code);

    public bool TryResolve(ReadOnlySpan<char> text, out string code)
    {
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var found))
        {
            var key = text.ToString();
            found = Resolve(key);
            _cache[key] = found;
        }

        code = found ?? "";
        return found is not null;
    }

    private static string? Resolve(string text)
    {
        if (Countries.TryResolve(text, out var code))
        {
            return code;
        }

        var respelled = text.Replace("St. ", "Saint ", StringComparison.Ordinal).Replace(" & ", " and ", StringComparison.Ordinal);
        return !string.Equals(respelled, text, StringComparison.Ordinal) && Countries.TryResolve(respelled, out code) ? code : null;
    }
}

/// <summary>Parser of OFAC legacy-CSV remarks (see <see cref="RemarksFacts"/>).</summary>
internal static class OfacRemarks
{
    private enum Handler
    {
        Aka,
        Fka,
        Nka,
        Dob,
        Pob,
        Nationality,
        Citizenship,
        Gender,
        LinkedTo,
        Crypto,
        Document,
        ImoNumber,
        SimpleIdentifier,
        Fact,
    }

    private readonly record struct Rule(string Label, Handler Handler, IdentifierKind Kind = IdentifierKind.Other, string? Qualifier = null, string? Fact = null);

    private static readonly Rule[] AllRules =
    [
        new("a.k.a.", Handler.Aka),
        new("f.k.a.", Handler.Fka),
        new("n.k.a.", Handler.Nka),
        new("DOB", Handler.Dob),
        new("POB", Handler.Pob),
        new("nationality", Handler.Nationality),
        new("citizen", Handler.Citizenship),
        new("Gender", Handler.Gender),
        new("Linked To:", Handler.LinkedTo),
        new("Digital Currency Address -", Handler.Crypto),

        // Transport.
        new("Vessel Registration Identification IMO", Handler.ImoNumber),
        new("Identification Number IMO", Handler.ImoNumber),
        new("Company Number IMO", Handler.ImoNumber),
        new("Vessel Registration Identification", Handler.Document, IdentifierKind.RegistrationNumber, "Vessel Registration Identification"),
        new("MMSI", Handler.SimpleIdentifier, IdentifierKind.Mmsi),
        new("Vessel Year of Build", Handler.Fact, Fact: FactNames.BuildYear),
        new("Aircraft Manufacturer's Serial Number (MSN)", Handler.SimpleIdentifier, IdentifierKind.AircraftSerial, "MSN"),
        new("Aircraft Construction Number (also called L/N or S/N or F/N)", Handler.SimpleIdentifier, IdentifierKind.AircraftSerial, "Construction Number"),
        new("Aircraft Tail Number", Handler.SimpleIdentifier, IdentifierKind.AircraftRegistration),
        new("Previous Aircraft Tail Number", Handler.SimpleIdentifier, IdentifierKind.AircraftRegistration, "Previous Aircraft Tail Number"),
        new("Aircraft Mode S Transponder Code", Handler.SimpleIdentifier, IdentifierKind.Icao24),
        new("Aircraft Model", Handler.Fact, Fact: FactNames.AircraftModel),
        new("Aircraft Operator", Handler.Fact, Fact: FactNames.AircraftOperator),
        new("Aircraft Manufacture Date", Handler.Fact, Fact: FactNames.AircraftManufactureDate),

        // Financial and contact identifiers.
        new("SWIFT/BIC", Handler.SimpleIdentifier, IdentifierKind.Bic),
        new("Legal Entity Number", Handler.Document, IdentifierKind.Lei),
        new("Email Address", Handler.SimpleIdentifier, IdentifierKind.Email),
        new("Website", Handler.SimpleIdentifier, IdentifierKind.Website),
        new("Phone Number", Handler.SimpleIdentifier, IdentifierKind.Phone),
        new("Telephone No.", Handler.SimpleIdentifier, IdentifierKind.Phone),
        new("Telephone:", Handler.SimpleIdentifier, IdentifierKind.Phone),

        // Personal documents.
        new("Passport", Handler.Document, IdentifierKind.Passport),
        new("Diplomatic Passport", Handler.Document, IdentifierKind.Passport, "Diplomatic Passport"),
        new("National ID No.", Handler.Document, IdentifierKind.NationalId, "National ID No."),
        new("Identification Number", Handler.Document, IdentifierKind.NationalId, "Identification Number"),
        new("Personal ID Card", Handler.Document, IdentifierKind.NationalId, "Personal ID Card"),
        new("Cedula No.", Handler.Document, IdentifierKind.NationalId, "Cedula No."),
        new("C.U.R.P.", Handler.Document, IdentifierKind.NationalId, "C.U.R.P."),
        new("D.N.I.", Handler.Document, IdentifierKind.NationalId, "D.N.I."),
        new("National Foreign ID Number", Handler.Document, IdentifierKind.NationalId, "National Foreign ID Number"),
        new("SSN", Handler.Document, IdentifierKind.NationalId, "SSN"),

        // Tax numbers.
        new("Tax ID No.", Handler.Document, IdentifierKind.TaxId, "Tax ID No."),
        new("Tax Identification Number", Handler.Document, IdentifierKind.TaxId, "Tax Identification Number"),
        new("R.F.C.", Handler.Document, IdentifierKind.TaxId, "R.F.C."),
        new("V.A.T. Number", Handler.Document, IdentifierKind.TaxId, "V.A.T. Number"),
        new("NIT #", Handler.Document, IdentifierKind.TaxId, "NIT #"),
        new("RUC #", Handler.Document, IdentifierKind.TaxId, "RUC #"),
        new("C.U.I.T.", Handler.Document, IdentifierKind.TaxId, "C.U.I.T."),

        // Company registers.
        new("Registration Number", Handler.Document, IdentifierKind.RegistrationNumber, "Registration Number"),
        new("Business Registration Number", Handler.Document, IdentifierKind.RegistrationNumber, "Business Registration Number"),
        new("Unified Social Credit Code (USCC)", Handler.Document, IdentifierKind.RegistrationNumber, "Unified Social Credit Code (USCC)"),
        new("Company Number", Handler.Document, IdentifierKind.RegistrationNumber, "Company Number"),
        new("Commercial Registry Number", Handler.Document, IdentifierKind.RegistrationNumber, "Commercial Registry Number"),
        new("Commercial Registration Number", Handler.Document, IdentifierKind.RegistrationNumber, "Commercial Registration Number"),
        new("Registration ID", Handler.Document, IdentifierKind.RegistrationNumber, "Registration ID"),
        new("Government Gazette Number", Handler.Document, IdentifierKind.RegistrationNumber, "Government Gazette Number"),
        new("Folio Mercantil No.", Handler.Document, IdentifierKind.RegistrationNumber, "Folio Mercantil No."),
        new("Matricula Mercantil No", Handler.Document, IdentifierKind.RegistrationNumber, "Matricula Mercantil No"),
        new("Trade License No.", Handler.Document, IdentifierKind.RegistrationNumber, "Trade License No."),
        new("C.R. No.", Handler.Document, IdentifierKind.RegistrationNumber, "C.R. No."),
        new("Chamber of Commerce Number", Handler.Document, IdentifierKind.RegistrationNumber, "Chamber of Commerce Number"),
        new("Economic Register Number (CBLS)", Handler.Document, IdentifierKind.RegistrationNumber, "Economic Register Number (CBLS)"),
        new("Central Registration System Number", Handler.Document, IdentifierKind.RegistrationNumber, "Central Registration System Number"),
        new("Business Registration Document #", Handler.Document, IdentifierKind.RegistrationNumber, "Business Registration Document #"),
        new("Istanbul Chamber of Comm. No.", Handler.Document, IdentifierKind.RegistrationNumber, "Istanbul Chamber of Comm. No."),
        new("Public Registration Number", Handler.Document, IdentifierKind.RegistrationNumber, "Public Registration Number"),
        new("Business Number", Handler.Document, IdentifierKind.RegistrationNumber, "Business Number"),
        new("Enterprise Number", Handler.Document, IdentifierKind.RegistrationNumber, "Enterprise Number"),
        new("D-U-N-S Number", Handler.Document, IdentifierKind.RegistrationNumber, "D-U-N-S Number"),
        new("Certificate of Incorporation Number", Handler.Document, IdentifierKind.RegistrationNumber, "Certificate of Incorporation Number"),
    ];

    /// <summary>Rules by the first character of their label, longest label first (so "Company Number IMO" beats "Company Number").</summary>
    private static readonly FrozenDictionary<char, Rule[]> RulesByFirstChar = AllRules
        .GroupBy(r => r.Label[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(r => r.Label.Length).ToArray());

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Parses <paramref name="remarks"/> of an entity of kind <paramref name="kind"/>.</summary>
    public static RemarksFacts Parse(string? remarks, EntityKind kind, CountryCache? countries = null)
    {
        var facts = new RemarksFacts();
        ParseInto(remarks, kind, countries ?? new CountryCache(), facts);
        return facts;
    }

    /// <summary>Clears <paramref name="facts"/> and fills it from <paramref name="remarks"/> (no per-call allocation beyond the values kept).</summary>
    public static void ParseInto(string? remarks, EntityKind kind, CountryCache countries, RemarksFacts facts)
    {
        facts.Clear();
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return;
        }

        var segments = facts.Segments;
        if (!TrySplit(remarks, quoteAware: true, segments))
        {
            segments.Clear();
            TrySplit(remarks, quoteAware: false, segments);
        }

        foreach (var range in segments)
        {
            var segment = remarks.AsSpan(range).Trim();
            ParseSegment(segment, kind, countries, facts);
        }
    }

    /// <summary>
    /// Splits remarks on <c>"; "</c> outside single quotes. A quote opens only at the start of a word
    /// (so the apostrophe in <c>Sa'id</c> does not) and closes only before a separator, so that
    /// <c>a.k.a. 'ABU 'ABDALLAH; X'</c> stays one segment. Should quoting not balance, the split falls
    /// back to every <c>"; "</c>.
    /// </summary>
    internal static List<Range> Split(string remarks)
    {
        var result = new List<Range>();
        if (TrySplit(remarks, quoteAware: true, result))
        {
            return result;
        }

        result.Clear();
        TrySplit(remarks, quoteAware: false, result);
        return result;
    }

    private static bool TrySplit(string s, bool quoteAware, List<Range> result)
    {
        var start = 0;
        var inQuote = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (quoteAware && c == '\'')
            {
                if (!inQuote)
                {
                    if (i == 0 || s[i - 1] == ' ')
                    {
                        inQuote = true;
                    }
                }
                else if (i + 1 == s.Length || s[i + 1] is ';' or '.' or ',' or ' ' or ')')
                {
                    inQuote = false;
                }
            }
            else if (c == ';' && !inQuote && i + 1 < s.Length && s[i + 1] == ' ')
            {
                result.Add(new Range(start, i));
                start = i + 2;
                i++;
            }
        }

        if (inQuote)
        {
            return false;
        }

        if (start < s.Length)
        {
            result.Add(new Range(start, s.Length));
        }

        return true;
    }

    private static void ParseSegment(ReadOnlySpan<char> segment, EntityKind kind, CountryCache countries, RemarksFacts facts)
    {
        if (segment.StartsWith("alt. ", StringComparison.Ordinal))
        {
            segment = segment[5..].TrimStart();
        }

        if (segment.IsEmpty || !RulesByFirstChar.TryGetValue(segment[0], out var rules))
        {
            return;
        }

        foreach (var rule in rules)
        {
            if (!segment.StartsWith(rule.Label, StringComparison.Ordinal))
            {
                continue;
            }

            var labelEnd = rule.Label.Length;
            if (labelEnd < segment.Length && segment[labelEnd] != ' ' && rule.Label[^1] != ':' && rule.Label[^1] != '-')
            {
                continue;
            }

            var value = segment[labelEnd..].Trim();
            Apply(rule, value, segment, kind, countries, facts);
            return;
        }
    }

    private static void Apply(in Rule rule, ReadOnlySpan<char> value, ReadOnlySpan<char> segment, EntityKind kind, CountryCache countries, RemarksFacts facts)
    {
        switch (rule.Handler)
        {
            case Handler.Aka:
                AddQuotedName(value, NameKind.StrongAlias, facts);
                break;
            case Handler.Fka:
                AddQuotedName(value, NameKind.FormerName, facts);
                break;
            case Handler.Nka:
                AddQuotedName(value, NameKind.NewName, facts);
                break;
            case Handler.Dob:
                if (TryParseDateSpan(TrimDot(value), out var span))
                {
                    facts.BirthDates.Add(span);
                }
                else
                {
                    facts.Problems.Add($"'{segment}' is not a date of birth in a known form (DOB 12 Mar 1965, DOB 1962, DOB circa 1960, DOB 1960 to 1962)");
                }

                break;
            case Handler.Pob:
                AddBirthPlace(TrimDot(value), countries, facts);
                break;
            case Handler.Nationality:
                AddCountry(TrimDot(value), CountryRole.Nationality, segment, countries, facts);
                break;
            case Handler.Citizenship:
                AddCountry(TrimDot(value), CountryRole.Citizenship, segment, countries, facts);
                break;
            case Handler.Gender:
                AddFact(FactNames.Gender, TrimDot(value), facts);
                break;
            case Handler.LinkedTo:
                if (!value.IsEmpty)
                {
                    facts.LinkedTo.Add(value.ToString());
                }

                break;
            case Handler.Crypto:
                AddCrypto(TrimDot(value), segment, facts);
                break;
            case Handler.ImoNumber:
                AddDocument(ImoRule(kind), TrimDot(value), segment, countries, facts);
                break;
            case Handler.SimpleIdentifier:
                AddIdentifier(rule.Kind, TrimDot(value).ToString(), rule.Qualifier, null, null, segment, facts);
                break;
            case Handler.Document:
                AddDocument(rule, TrimDot(value), segment, countries, facts);
                break;
            case Handler.Fact:
                AddFact(rule.Fact!, TrimDot(value), facts);
                break;
        }
    }

    private static ReadOnlySpan<char> TrimDot(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        return value.EndsWith('.') ? value[..^1].TrimEnd() : value;
    }

    private static void AddQuotedName(ReadOnlySpan<char> value, NameKind nameKind, RemarksFacts facts)
    {
        value = value.Trim();
        var open = value.IndexOf('\'');
        var close = value.LastIndexOf('\'');
        var name = open >= 0 && close > open ? value[(open + 1)..close] : TrimDot(value);
        name = name.Trim();
        if (!name.IsEmpty)
        {
            facts.Names.Add((nameKind, name.ToString()));
        }
    }

    private static void AddFact(string name, ReadOnlySpan<char> value, RemarksFacts facts)
    {
        if (!value.IsEmpty)
        {
            facts.Facts.Add(new EntityFact(name, value.ToString()));
        }
    }

    private static void AddBirthPlace(ReadOnlySpan<char> value, CountryCache countries, RemarksFacts facts)
    {
        if (value.IsEmpty)
        {
            return;
        }

        facts.BirthPlaces.Add(value.ToString());
        var comma = value.LastIndexOf(',');
        var last = comma >= 0 ? value[(comma + 1)..].Trim() : value;
        if (countries.TryResolve(last, out var code))
        {
            AddCountryLink(new CountryLink(code, CountryRole.BirthPlace), facts);
        }
    }

    private static void AddCountry(ReadOnlySpan<char> value, CountryRole role, ReadOnlySpan<char> segment, CountryCache countries, RemarksFacts facts)
    {
        if (countries.TryResolve(value, out var code))
        {
            AddCountryLink(new CountryLink(code, role), facts);
        }
        else
        {
            facts.Problems.Add($"'{segment}': '{value}' is not a known country");
        }
    }

    private static void AddCountryLink(CountryLink link, RemarksFacts facts)
    {
        if (!facts.Countries.Contains(link))
        {
            facts.Countries.Add(link);
        }
    }

    private static void AddCrypto(ReadOnlySpan<char> value, ReadOnlySpan<char> segment, RemarksFacts facts)
    {
        var space = value.IndexOf(' ');
        if (space <= 0)
        {
            facts.Problems.Add($"'{segment}' is not 'Digital Currency Address - <TICKER> <address>'");
            return;
        }

        var ticker = value[..space].ToString();
        var address = value[(space + 1)..].Trim().ToString();
        AddIdentifier(IdentifierKind.CryptoAddress, address, ticker, null, null, segment, facts);
    }

    /// <summary>
    /// An IMO number on a vessel is the ship's IMO number (validated by its check digit). On a
    /// company it is the IMO Unique Company and Registered Owner Identification Number, which has no
    /// ship check digit: kept as a registration number qualified <c>IMO Company Number</c>.
    /// </summary>
    private static Rule ImoRule(EntityKind kind) => kind == EntityKind.Vessel ? ShipImo : CompanyImo;

    private static readonly Rule ShipImo = new("IMO", Handler.Document, IdentifierKind.Imo);

    private static readonly Rule CompanyImo = new("IMO", Handler.Document, IdentifierKind.RegistrationNumber, "IMO Company Number");

    private static void AddDocument(in Rule rule, ReadOnlySpan<char> value, ReadOnlySpan<char> segment, CountryCache countries, RemarksFacts facts)
    {
        // NUMBER [(Country)] [notes: issued …, expires …]
        ReadOnlySpan<char> number;
        ReadOnlySpan<char> note = default;
        string? country = null;
        string? unresolvedCountry = null;
        var paren = value.IndexOf(" (", StringComparison.Ordinal);
        if (paren >= 0)
        {
            number = value[..paren];
            var rest = value[(paren + 2)..];
            var close = rest.IndexOf(')');
            var countryText = (close >= 0 ? rest[..close] : rest).Trim();
            note = close >= 0 ? rest[(close + 1)..].Trim() : default;
            if (countries.TryResolve(countryText, out var code))
            {
                country = code;
            }
            else if (!countryText.IsEmpty)
            {
                unresolvedCountry = countryText.ToString();
            }
        }
        else
        {
            // Without a country, the number ends where the first lower-case word (issued, expires …) starts.
            var end = value.Length;
            for (var i = 0; i + 1 < value.Length; i++)
            {
                if (value[i] == ' ' && char.IsAsciiLetterLower(value[i + 1]))
                {
                    end = i;
                    break;
                }
            }

            number = value[..end];
            note = value[end..].Trim();
        }

        string? noteText = note.IsEmpty ? null : note.ToString();
        if (unresolvedCountry is not null)
        {
            noteText = noteText is null ? $"({unresolvedCountry})" : $"({unresolvedCountry}) {noteText}";
        }

        AddIdentifier(rule.Kind, number.Trim().ToString(), rule.Qualifier, country, noteText, segment, facts);
    }

    private static void AddIdentifier(IdentifierKind kind, string raw, string? qualifier, string? country, string? note, ReadOnlySpan<char> segment, RemarksFacts facts)
    {
        var id = Identifier.TryCreate(kind, raw, out var error, qualifier);
        if (id is null)
        {
            facts.Problems.Add($"'{segment}': {error}");
            return;
        }

        if (country is not null || note is not null)
        {
            id = id with { Country = country, Note = note };
        }

        foreach (var existing in facts.Identifiers)
        {
            if (existing.Kind == id.Kind && string.Equals(existing.Value, id.Value, StringComparison.Ordinal)
                && string.Equals(existing.Qualifier, id.Qualifier, StringComparison.Ordinal))
            {
                return;
            }
        }

        facts.Identifiers.Add(id);
    }

    /// <summary>
    /// Parses OFAC date forms: <c>12 Mar 1965</c>, <c>Mar 1965</c>, <c>1962</c>, <c>circa 1960</c>,
    /// <c>1960 to 1962</c>, <c>01 Jan 1960 to 31 Dec 1962</c>, <c>circa 1960-1962</c>.
    /// </summary>
    internal static bool TryParseDateSpan(ReadOnlySpan<char> text, out DateSpan span)
    {
        span = default;
        text = text.Trim();
        var approximate = false;
        if (text.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            approximate = true;
            text = text[6..].TrimStart();
        }

        ReadOnlySpan<char> first = text;
        ReadOnlySpan<char> second = default;
        var to = text.IndexOf(" to ", StringComparison.Ordinal);
        if (to >= 0)
        {
            first = text[..to];
            second = text[(to + 4)..];
        }
        else if (text.Length == 9 && text[4] == '-')
        {
            first = text[..4];
            second = text[5..];
        }

        if (!TryParsePartialDate(first, out var from))
        {
            return false;
        }

        var until = from;
        if (!second.IsEmpty && !TryParsePartialDate(second, out until))
        {
            return false;
        }

        if (until < from)
        {
            return false;
        }

        span = new DateSpan(from, until, approximate);
        return true;
    }

    /// <summary>Parses <c>12 Mar 1965</c>, <c>Mar 1965</c> or <c>1965</c>.</summary>
    internal static bool TryParsePartialDate(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        var day = 0;
        var month = 0;
        var firstSpace = text.IndexOf(' ');
        if (firstSpace > 0 && char.IsAsciiDigit(text[0]))
        {
            if (!int.TryParse(text[..firstSpace], NumberStyles.None, CultureInfo.InvariantCulture, out day))
            {
                return false;
            }

            text = text[(firstSpace + 1)..].TrimStart();
            firstSpace = text.IndexOf(' ');
            if (firstSpace < 0)
            {
                return false;
            }
        }

        if (firstSpace > 0)
        {
            month = MonthNumber(text[..firstSpace]);
            if (month == 0)
            {
                return false;
            }

            text = text[(firstSpace + 1)..].TrimStart();
        }

        return text.Length == 4
               && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
               && PartialDate.TryCreate(year, month, day, out date);
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (name[..3].Equals(MonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
