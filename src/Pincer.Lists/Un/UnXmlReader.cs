using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Pincer.Core;
using Pincer.Lists.Internal;
using Pincer.Lists.Xml;

namespace Pincer.Lists.Un;

/// <summary>
/// Reads the UN Security Council consolidated list XML (<c>CONSOLIDATED_LIST</c> with
/// <c>INDIVIDUALS/INDIVIDUAL</c> and <c>ENTITIES/ENTITY</c>).
/// </summary>
public sealed partial class UnXmlReader : IListReader
{
    private const string Root = "CONSOLIDATED_LIST";

    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public string Format => "un-xml";

    public bool CanRead(ListInput input) => SafeXml.HasRoot(input, Root, ns: null);

    public ListSnapshot Read(ListInput input, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ReadContext(input, ListSources.UnSecurityCouncil);
        var entities = new List<Entity>();
        PartialDate? published = null;
        XmlRecords.Scan(
            context,
            progress,
            Root,
            rootNamespace: null,
            onRoot: reader => published = XmlRecords.DateAttribute(reader, "dateGenerated"),
            isRecord: reader => reader.Depth == 2 && reader.LocalName is "INDIVIDUAL" or "ENTITY",
            onRecord: (record, line) => entities.Add(ReadRecord(context, record, line)),
            cancellationToken);

        return context.Snapshot(published, entities, Format);
    }

    private static Entity ReadRecord(ReadContext context, XElement record, int line)
    {
        var isPerson = string.Equals(record.Name.LocalName, "INDIVIDUAL", StringComparison.Ordinal);
        var reference = record.Child("REFERENCE_NUMBER");
        var key = reference ?? record.Child("DATAID") ?? throw XmlRecords.Missing(context, record, line, "REFERENCE_NUMBER");
        var builder = new EntityBuilder($"{ListSources.UnSecurityCouncil}:{key}", isPerson ? EntityKind.Person : EntityKind.Organization)
        {
            Provenance = context.Provenance(line),
        };
        var locator = context.Locator(line);
        var program = record.Child("UN_LIST_TYPE");

        ReadPrimaryName(context, record, line, builder, isPerson, program);
        // The primary name in its original script (Arabic, Cyrillic …); QDe.164 repeats its Latin name here, which adds nothing.
        builder.AddNameDistinct(record.Child("NAME_ORIGINAL_SCRIPT"), NameKind.Primary);

        foreach (var alias in record.Children(isPerson ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            ReadAlias(context, alias, builder);
        }

        ReadDesignation(context, record, builder, reference, program, locator);

        foreach (var value in record.Values("NATIONALITY", "VALUE").Where(v => !IsNotAvailable(v)))
        {
            context.LinkCountry(builder, value, CountryRole.Nationality, Loc(context, record, "NATIONALITY"));
        }

        foreach (var address in record.Children(isPerson ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"))
        {
            ReadAddress(context, address, builder);
        }

        foreach (var dob in record.Children("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            ReadBirthDate(context, dob, builder);
        }

        ReadBirthPlaces(context, record, builder);

        foreach (var document in record.Children("INDIVIDUAL_DOCUMENT"))
        {
            ReadDocument(context, document, builder);
        }

        ReadFactsAndRemarks(context, record, builder);
        if (!isPerson)
        {
            builder.Kind = EntityClassifier.ClassifyOrganization(builder.Names, builder.Identifiers);
        }

        return builder.Build();
    }

    private static void ReadFactsAndRemarks(ReadContext context, XElement record, EntityBuilder builder)
    {
        foreach (var position in record.Values("DESIGNATION", "VALUE"))
        {
            builder.AddFact(FactNames.Position, position);
        }

        foreach (var title in record.Values("TITLE", "VALUE"))
        {
            builder.AddFact(FactNames.Title, title);
        }

        builder.AddFact(FactNames.Gender, record.Child("GENDER"));

        var comments = record.Child("COMMENTS1");
        builder.AddRemark(comments);
        if (comments is not null)
        {
            foreach (Match match in ImoMention().Matches(comments))
            {
                context.AddIdentifier(builder, IdentifierKind.Imo, match.Groups["imo"].Value, Loc(context, record, "COMMENTS1"), note: "from COMMENTS1");
            }
        }
    }

    private static void ReadPrimaryName(ReadContext context, XElement record, int line, EntityBuilder builder, bool isPerson, string? program)
    {
        string?[] parts = [.. NameParts.Select(n => record.Child(n)).Select(p => IsNotAvailable(p) ? null : p)];
        var present = parts.OfType<string>().ToArray();
        if (present.Length == 0)
        {
            throw XmlRecords.Missing(context, record, line, "FIRST_NAME");
        }

        string? given = null;
        string? family = null;
        if (isPerson && present.Length == 2 && parts[0] is not null && parts[1] is not null)
        {
            // Two-part names only: Korean names are listed family name first (JON / MYONG GUK); others given name first.
            var koreanOrder = program is not null && Programs.IsDprk(program);
            given = koreanOrder ? parts[1] : parts[0];
            family = koreanOrder ? parts[0] : parts[1];
        }

        builder.AddName(string.Join(' ', present), NameKind.Primary, given, family);
    }

    private static void ReadBirthPlaces(ReadContext context, XElement record, EntityBuilder builder)
    {
        foreach (var pob in record.Children("INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            var country = pob.Child("COUNTRY");
            builder.AddBirthPlace(JoinParts(pob.Child("STREET"), pob.Child("CITY"), pob.Child("STATE_PROVINCE"), country));
            context.LinkCountry(builder, country, CountryRole.BirthPlace, Loc(context, pob));
        }
    }

    private static void ReadAlias(ReadContext context, XElement alias, EntityBuilder builder)
    {
        var quality = alias.Child("QUALITY");
        var note = alias.Child("NOTE");
        var formerListing = note is not null
            && (note.StartsWith("previously listed as", StringComparison.OrdinalIgnoreCase) || note.StartsWith("formerly listed as", StringComparison.OrdinalIgnoreCase));
        var kind = quality switch
        {
            "f.k.a." or "fka" => NameKind.FormerName,
            _ when formerListing => NameKind.FormerName,
            "Low" or "low" => NameKind.WeakAlias,
            _ => NameKind.StrongAlias,
        };
        if (builder.AddName(alias.Child("ALIAS_NAME"), kind) is null)
        {
            return;
        }

        var birth = alias.Child("DATE_OF_BIRTH");
        if (birth is not null)
        {
            if (TryParseUnDate(birth, out var date))
            {
                builder.AddBirthDate(DateSpan.Exactly(date));
            }
            else
            {
                context.Issue(Loc(context, alias, "DATE_OF_BIRTH"), $"{builder.Id}: unreadable alias date of birth '{birth}'");
            }
        }

        var country = alias.Child("COUNTRY_OF_BIRTH");
        var city = alias.Child("CITY_OF_BIRTH");
        builder.AddBirthPlace(JoinParts(city, country));
        context.LinkCountry(builder, country, CountryRole.BirthPlace, Loc(context, alias, "COUNTRY_OF_BIRTH"));
    }

    private static void ReadDesignation(ReadContext context, XElement record, EntityBuilder builder, string? reference, string? program, string locator)
    {
        PartialDate? listedOn = null;
        var listed = record.Child("LISTED_ON");
        if (listed is not null)
        {
            if (TryParseUnDate(listed, out var date))
            {
                listedOn = date;
            }
            else
            {
                context.Issue(locator, $"{builder.Id}: unreadable LISTED_ON '{listed}'");
            }
        }

        builder.Designations.Add(new Designation("UN-SC", record.Values("LIST_TYPE", "VALUE").FirstOrDefault() ?? "UN List")
        {
            Programs = program is null ? [] : [program],
            ListedOn = listedOn,
            References = reference is null ? [] : [reference],
        });
    }

    private static void ReadAddress(ReadContext context, XElement element, EntityBuilder builder)
    {
        var street = element.Child("STREET");
        var city = element.Child("CITY");
        var region = element.Child("STATE_PROVINCE");
        var postal = element.Child("ZIP_CODE");
        var countryName = element.Child("COUNTRY");
        var note = element.Child("NOTE");
        if (street is null && city is null && region is null && postal is null && countryName is null)
        {
            return;
        }

        var code = context.LinkCountry(builder, countryName, CountryRole.Address, Loc(context, element));
        var full = JoinParts(street, city, region, postal, countryName);
        builder.Addresses.Add(new Address
        {
            Street = street,
            City = city,
            Region = region,
            PostalCode = postal,
            Country = code,
            Full = note is null ? full : $"{full} ({note})",
        });
    }

    private static void ReadBirthDate(ReadContext context, XElement dob, EntityBuilder builder)
    {
        var type = dob.Child("TYPE_OF_DATE");
        var date = dob.Child("DATE");
        var year = dob.Child("YEAR");
        var fromYear = dob.Child("FROM_YEAR");
        var toYear = dob.Child("TO_YEAR");
        if (date is null && year is null && fromYear is null && toYear is null)
        {
            return;
        }

        var approximate = string.Equals(type, "APPROXIMATELY", StringComparison.OrdinalIgnoreCase);
        if (fromYear is not null || toYear is not null)
        {
            if (PartialDate.TryParseIso(fromYear ?? toYear, out var from) && PartialDate.TryParseIso(toYear ?? fromYear, out var to) && from <= to)
            {
                builder.AddBirthDate(new DateSpan(from, to, approximate));
                return;
            }
        }
        else if (TryParseUnDate(date ?? year!, out var single))
        {
            builder.AddBirthDate(new DateSpan(single, single, approximate));
            return;
        }

        context.Issue(Loc(context, dob), $"{builder.Id}: unreadable date of birth ({type}: {date ?? year ?? $"{fromYear}–{toYear}"})");
    }

    private static void ReadDocument(ReadContext context, XElement document, EntityBuilder builder)
    {
        var type = document.Child("TYPE_OF_DOCUMENT");
        var number = document.Child("NUMBER");
        if (number is null)
        {
            if (type is not null)
            {
                context.Issue(Loc(context, document), $"{builder.Id}: document '{type}' has no NUMBER; left out");
            }

            return;
        }

        var kind = DocumentKind(type);
        var qualifier = document.Child("TYPE_OF_DOCUMENT2") ?? (kind == IdentifierKind.Other ? type : null);
        var locator = Loc(context, document);
        var country = context.Country(document.Child("ISSUING_COUNTRY") ?? document.Child("COUNTRY_OF_ISSUE"), locator);
        var issued = document.Child("DATE_OF_ISSUE");
        var city = document.Child("CITY_OF_ISSUE");
        var notes = new List<string>(3);
        if (issued is not null)
        {
            notes.Add(city is null ? $"issued {issued}" : $"issued {issued} in {city}");
        }
        else if (city is not null)
        {
            notes.Add($"issued in {city}");
        }

        if (document.Child("NOTE") is { } note)
        {
            notes.Add(note);
        }

        context.AddIdentifier(builder, kind, number, locator, qualifier, country, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    private static IdentifierKind DocumentKind(string? type)
    {
        if (type is null)
        {
            return IdentifierKind.Other;
        }

        if (type.Contains("passport", StringComparison.OrdinalIgnoreCase) || type.Contains("passeport", StringComparison.OrdinalIgnoreCase)
            || type.Contains("pasaporte", StringComparison.OrdinalIgnoreCase))
        {
            return IdentifierKind.Passport;
        }

        if (type.Contains("National Identification", StringComparison.OrdinalIgnoreCase) || type.Contains("identity", StringComparison.OrdinalIgnoreCase))
        {
            return IdentifierKind.NationalId;
        }

        if (type.Contains("tax", StringComparison.OrdinalIgnoreCase))
        {
            return IdentifierKind.TaxId;
        }

        return IdentifierKind.Other;
    }

    /// <summary>UN dates: <c>yyyy-MM-dd</c>, sometimes with a zone (<c>2012-12-31-05:00</c>), or a bare year.</summary>
    private static bool TryParseUnDate(string text, out PartialDate date) => PartialDate.TryParseIso(text, out date);

    /// <summary>"na" stands for "not available" (a nationality, a FOURTH_NAME), never for Namibia.</summary>
    private static bool IsNotAvailable(string? text) => text is "na" or "n/a" or "N/A" or "NA";

    private static string? JoinParts(params string?[] parts)
    {
        var present = parts.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }

    private static string Loc(ReadContext context, XElement element, string? child = null)
    {
        var target = child is null ? element : element.Children(child).FirstOrDefault() ?? element;
        return context.Locator(XmlRecords.Line(target));
    }

    // "IMO number: 5571322", "International Maritime Organization (IMO) Number: 1790183", "IMO 5434358".
    [GeneratedRegex(@"\bIMO\)?\s*(?:number|no\.?)?\s*:?\s*(?<imo>\d{7})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ImoMention();
}
