using System.Xml.Linq;
using Pincer.Core;
using Pincer.Lists.Internal;
using Pincer.Lists.Xml;

namespace Pincer.Lists.Eu;

/// <summary>
/// Reads the EU Financial Sanctions Files XML 1.1 (root <c>export</c> in namespace
/// <c>http://eu.europa.ec/fpi/fsd/export</c>, one <c>sanctionEntity</c> per listed party).
/// </summary>
public sealed class EuFsfXmlReader : IListReader
{
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    private const string Root = "export";

    public string Format => "eu-fsf-xml";

    public bool CanRead(ListInput input) => SafeXml.HasRoot(input, Root, Namespace);

    public ListSnapshot Read(ListInput input, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ReadContext(input, ListSources.EuFsf);
        var entities = new List<Entity>();
        PartialDate? published = null;
        XmlRecords.Scan(
            context,
            progress,
            Root,
            Namespace,
            onRoot: reader => published = XmlRecords.DateAttribute(reader, "generationDate"),
            isRecord: reader => reader.Depth == 1 && string.Equals(reader.LocalName, "sanctionEntity", StringComparison.Ordinal),
            onRecord: (record, line) => entities.Add(ReadEntity(context, record, line)),
            cancellationToken);

        return context.Snapshot(published, entities, Format);
    }

    private static Entity ReadEntity(ReadContext context, XElement record, int line)
    {
        var logicalId = record.Attr("logicalId") ?? throw new ListFormatException(
            context.Input.Path, $"line {line}", "<sanctionEntity> has no logicalId attribute, which is mandatory");
        var subject = record.Children("subjectType").Select(s => s.Attr("code")).FirstOrDefault(c => c is not null);
        var isPerson = string.Equals(subject, "person", StringComparison.OrdinalIgnoreCase);
        var builder = new EntityBuilder($"{ListSources.EuFsf}:{logicalId}", isPerson ? EntityKind.Person : EntityKind.Organization)
        {
            Provenance = context.Provenance(line),
        };

        ReadNames(context, record, line, builder);
        builder.Designations.Add(ReadDesignation(context, record, builder, line));

        foreach (var citizenship in record.Children("citizenship"))
        {
            LinkCountry(context, builder, citizenship, CountryRole.Citizenship);
        }

        foreach (var birth in record.Children("birthdate"))
        {
            ReadBirthDate(context, birth, builder);
        }

        foreach (var identification in record.Children("identification"))
        {
            ReadIdentification(context, identification, builder);
        }

        foreach (var address in record.Children("address"))
        {
            ReadAddress(context, address, builder);
        }

        foreach (var remark in record.Children("remark"))
        {
            builder.AddRemark(remark.Value);
        }

        builder.AddRemark(record.Attr("designationDetails"));
        if (!isPerson)
        {
            builder.Kind = EntityClassifier.ClassifyOrganization(builder.Names, builder.Identifiers);
        }

        return builder.Build();
    }

    /// <summary>
    /// The EU marks no primary name: the first strong Latin-script <c>nameAlias</c> becomes the primary name
    /// (falling back to the first one), the others strong or weak aliases (<c>strong="false"</c>, or a
    /// "low quality alias" remark).
    /// </summary>
    private static void ReadNames(ReadContext context, XElement record, int line, EntityBuilder builder)
    {
        var aliases = record.Children("nameAlias")
            .Select(a => (Element: a, Whole: a.Attr("wholeName") ?? JoinName(a.Attr("firstName"), a.Attr("middleName"), a.Attr("lastName"))))
            .Where(a => a.Whole is not null)
            .ToList();
        if (aliases.Count == 0)
        {
            throw new ListFormatException(context.Input.Path, $"line {line}", "<sanctionEntity> has no <nameAlias> with a wholeName, which is mandatory");
        }

        var primaryIndex = aliases.FindIndex(a => !IsWeak(a.Element) && !new EntityName(a.Whole!, Script: EntityName.DetectScript(a.Whole)).IsOriginalScript);
        if (primaryIndex < 0)
        {
            primaryIndex = 0;
        }

        for (var i = 0; i < aliases.Count; i++)
        {
            var (alias, whole) = aliases[i];
            var kind = i == primaryIndex ? NameKind.Primary : IsWeak(alias) ? NameKind.WeakAlias : NameKind.StrongAlias;
            builder.AddName(whole, kind, alias.Attr("firstName"), alias.Attr("lastName"));
            builder.AddFact(FactNames.Title, alias.Attr("title"));
            builder.AddFact(FactNames.Position, alias.Attr("function"));
            builder.AddFact(FactNames.Gender, alias.Attr("gender") switch
            {
                "M" => "Male",
                "F" => "Female",
                var other => other,
            });
        }

        // Keep the primary name first, so that it is the caption whatever the document order.
        if (primaryIndex > 0)
        {
            var primary = builder.Names.Find(n => n.Kind == NameKind.Primary)!;
            builder.Names.Remove(primary);
            builder.Names.Insert(0, primary);
        }
    }

    private static bool IsWeak(XElement alias) =>
        string.Equals(alias.Attr("strong"), "false", StringComparison.OrdinalIgnoreCase)
        || alias.Children("remark").Any(r => r.Value.Contains("low quality", StringComparison.OrdinalIgnoreCase));

    private static Designation ReadDesignation(ReadContext context, XElement record, EntityBuilder builder, int line)
    {
        var programmes = new List<string>();
        PartialDate? earliest = null;
        foreach (var regulation in record.Children("regulation"))
        {
            var programme = regulation.Attr("programme");
            if (programme is not null && !programmes.Contains(programme, StringComparer.Ordinal))
            {
                programmes.Add(programme);
            }

            if (regulation.Attr("publicationDate") is { } published)
            {
                if (PartialDate.TryParseIso(published, out var date))
                {
                    earliest = earliest is null || date < earliest ? date : earliest;
                }
                else
                {
                    context.Issue(Loc(context, regulation), $"{builder.Id}: unreadable regulation publicationDate '{published}'");
                }
            }
        }

        // designationDate, when present, is the date of listing; the regulations in the file are often only the latest amendments.
        PartialDate? listedOn = earliest;
        if (record.Attr("designationDate") is { } designated)
        {
            if (PartialDate.TryParseIso(designated, out var date))
            {
                listedOn = date;
            }
            else
            {
                context.Issue(context.Locator(line), $"{builder.Id}: unreadable designationDate '{designated}'");
            }
        }

        return new Designation("EU", "Consolidated Financial Sanctions List")
        {
            Programs = programmes,
            ListedOn = listedOn,
            References = new[] { record.Attr("euReferenceNumber"), record.Attr("unitedNationId") }.OfType<string>().ToList(),
        };
    }

    private static void ReadBirthDate(ReadContext context, XElement birth, EntityBuilder builder)
    {
        var circa = string.Equals(birth.Attr("circa"), "true", StringComparison.OrdinalIgnoreCase);
        var locator = Loc(context, birth);
        if (TryBirthSpan(birth, circa, out var span, out var problem))
        {
            if (span is { } value)
            {
                builder.AddBirthDate(value);
            }
        }
        else
        {
            context.Issue(locator, $"{builder.Id}: unreadable birthdate ({problem})");
        }

        var city = birth.Attr("city") is { } c && !string.Equals(c, "-", StringComparison.Ordinal) ? c : null;
        var place = JoinNonEmpty(birth.Attr("place"), city, birth.Attr("region"));
        var country = LinkCountry(context, builder, birth, CountryRole.BirthPlace);
        if (place is not null)
        {
            builder.AddBirthPlace(country is null ? place : $"{place}, {Countries.NameOf(country)}");
        }
    }

    private static bool TryBirthSpan(XElement birth, bool circa, out DateSpan? span, out string? problem)
    {
        span = null;
        problem = null;
        if (birth.Attr("birthdate") is { } full)
        {
            if (!PartialDate.TryParseIso(full, out var date))
            {
                problem = $"birthdate '{full}'";
                return false;
            }

            span = new DateSpan(date, date, circa);
            return true;
        }

        var from = birth.Attr("yearRangeFrom");
        var to = birth.Attr("yearRangeTo");
        if (from is not null || to is not null)
        {
            if (!PartialDate.TryParseIso(from ?? to, out var f) || !PartialDate.TryParseIso(to ?? from, out var t) || f > t)
            {
                problem = $"year range '{from}'–'{to}'";
                return false;
            }

            span = new DateSpan(f, t, circa);
            return true;
        }

        if (birth.Attr("year") is not { } year)
        {
            return true;
        }

        if (!int.TryParse(year, System.Globalization.CultureInfo.InvariantCulture, out var y)
            || !PartialDate.TryCreate(y, ParseOrZero(birth.Attr("monthOfYear")), ParseOrZero(birth.Attr("dayOfMonth")), out var partial))
        {
            problem = $"year '{year}', month '{birth.Attr("monthOfYear")}', day '{birth.Attr("dayOfMonth")}'";
            return false;
        }

        span = new DateSpan(partial, partial, circa);
        return true;
    }

    private static void ReadIdentification(ReadContext context, XElement identification, EntityBuilder builder)
    {
        var number = identification.Attr("number") ?? identification.Attr("latinNumber");
        var code = identification.Attr("identificationTypeCode");
        var description = identification.Attr("identificationTypeDescription");
        var kind = code?.ToLowerInvariant() switch
        {
            "passport" => IdentifierKind.Passport,
            "id" => IdentifierKind.NationalId,
            "regnumber" => IdentifierKind.RegistrationNumber,
            "fiscalcode" or "tax" or "tin" => IdentifierKind.TaxId,
            "swiftbic" or "bic" => IdentifierKind.Bic,
            "imo" => IdentifierKind.Imo,
            _ => IdentifierKind.Other,
        };
        var locator = Loc(context, identification);
        var country = CountryCode(context, identification, locator);
        var notes = new List<string>();
        AddFlag(notes, identification, "diplomatic", "diplomatic");
        AddFlag(notes, identification, "knownFalse", "known to be false");
        AddFlag(notes, identification, "knownExpired", "known to be expired");
        AddFlag(notes, identification, "reportedLost", "reported lost");
        AddFlag(notes, identification, "revokedByIssuer", "revoked by issuer");
        if (identification.Attr("issueDate") is { } issued)
        {
            notes.Add("issued " + issued);
        }

        if (identification.Attr("validTo") is { } validTo)
        {
            notes.Add("valid to " + validTo);
        }

        notes.AddRange(identification.Children("remark").Select(r => EntityBuilder.Clean(r.Value)).OfType<string>());
        var qualifier = kind is IdentifierKind.Passport or IdentifierKind.NationalId or IdentifierKind.RegistrationNumber or IdentifierKind.TaxId or IdentifierKind.Other
            ? description
            : null;
        context.AddIdentifier(builder, kind, number, locator, qualifier, country, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    private static void ReadAddress(ReadContext context, XElement address, EntityBuilder builder)
    {
        var street = address.Attr("street");
        var city = address.Attr("city");
        var region = address.Attr("region");
        var postal = address.Attr("zipCode");
        var poBox = address.Attr("poBox");
        var place = address.Attr("place");
        var code = LinkCountry(context, builder, address, CountryRole.Address);
        var remark = JoinNonEmpty([.. address.Children("remark").Select(r => EntityBuilder.Clean(r.Value))]);
        if (street is not null || city is not null || region is not null || postal is not null || poBox is not null || place is not null || code is not null)
        {
            var full = JoinNonEmpty(street, poBox is null ? null : "P.O. Box " + poBox, place, city, region, postal, code is null ? null : Countries.NameOf(code));
            builder.Addresses.Add(new Address
            {
                Street = street,
                City = city,
                Region = region,
                PostalCode = postal,
                Country = code,
                Full = remark is null ? full : $"{full} ({remark})",
            });
        }

        foreach (var contact in address.Children("contactInfo"))
        {
            var kind = contact.Attr("key")?.ToUpperInvariant() switch
            {
                "PHONE" or "FAX" => IdentifierKind.Phone,
                "EMAIL" => IdentifierKind.Email,
                "WEB" => IdentifierKind.Website,
                _ => (IdentifierKind?)null,
            };
            if (kind is null)
            {
                continue;
            }

            foreach (var value in (contact.Attr("value") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                context.AddIdentifier(builder, kind.Value, value, Loc(context, contact));
            }
        }
    }

    /// <summary>Links <c>countryIso2Code</c> (or, failing that, <c>countryDescription</c>); "00"/UNKNOWN means none.</summary>
    private static string? LinkCountry(ReadContext context, EntityBuilder builder, XElement element, CountryRole role)
    {
        var code = CountryCode(context, element, Loc(context, element));
        if (code is not null)
        {
            builder.AddCountry(code, role);
        }

        return code;
    }

    private static string? CountryCode(ReadContext context, XElement element, string locator)
    {
        var iso = element.Attr("countryIso2Code");
        var description = element.Attr("countryDescription");
        if (iso is "00" || string.Equals(description, "UNKNOWN", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return context.Country(iso ?? description, locator);
    }

    private static void AddFlag(List<string> notes, XElement element, string attribute, string label)
    {
        if (string.Equals(element.Attr(attribute), "true", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add(label);
        }
    }

    private static int ParseOrZero(string? text) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? JoinName(params string?[] parts)
    {
        var present = parts.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }

    private static string? JoinNonEmpty(params string?[] parts)
    {
        var present = parts.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }

    private static string Loc(ReadContext context, XElement element) => context.Locator(XmlRecords.Line(element));
}
