using System.Globalization;
using System.Xml.Linq;
using Pincer.Core;
using Pincer.Lists.Internal;
using Pincer.Lists.Xml;

namespace Pincer.Lists.Uk;

/// <summary>
/// Reads the FCDO "UK Sanctions List" XML: root <c>Designations</c> with <c>DateGenerated</c> and one
/// <c>Designation</c> per individual, entity or ship.
/// </summary>
public sealed class UkSanctionsXmlReader : IListReader
{
    private const string Root = "Designations";

    public string Format => "uk-xml";

    public bool CanRead(ListInput input) => SafeXml.HasRoot(input, Root, ns: null);

    public ListSnapshot Read(ListInput input, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ReadContext(input, ListSources.UkFcdo);
        var entities = new List<Entity>();
        PartialDate? published = null;
        XmlRecords.Scan(
            context,
            progress,
            Root,
            rootNamespace: null,
            onRoot: _ => { },
            isRecord: reader => reader.Depth == 1 && reader.LocalName is "Designation" or "DateGenerated",
            onRecord: (record, line) =>
            {
                if (string.Equals(record.Name.LocalName, "DateGenerated", StringComparison.Ordinal))
                {
                    published = ParseUkDate(record.Value, out var date) ? date : null;
                    if (published is null)
                    {
                        context.Issue(context.Locator(line), $"unreadable DateGenerated '{record.Value.Trim()}'");
                    }
                }
                else
                {
                    entities.Add(ReadDesignation(context, record, line));
                }
            },
            cancellationToken);

        return context.Snapshot(published, entities, Format);
    }

    /// <summary>
    /// UK dates: <c>dd/MM/yyyy</c>, where the day and month may be unknown (<c>dd/mm/1962</c>, <c>00/00/1962</c>),
    /// or a bare year; ISO <c>yyyy-MM-dd</c> is accepted too.
    /// </summary>
    internal static bool ParseUkDate(string text, out PartialDate date)
    {
        date = default;
        var trimmed = text.Trim();
        var parts = trimmed.Split('/');
        if (parts.Length == 1)
        {
            return PartialDate.TryParseIso(trimmed, out date);
        }

        if (parts.Length != 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts[2].Length != 4)
        {
            return false;
        }

        if (!TryPart(parts[1], out var month) || !TryPart(parts[0], out var day))
        {
            return false;
        }

        return PartialDate.TryCreate(year, month, month == 0 ? 0 : day, out date);

        static bool TryPart(string part, out int value)
        {
            value = 0;
            var p = part.Trim();
            if (p.Length == 0 || p.All(c => c is 'd' or 'D' or 'm' or 'M' or 'x' or 'X') || p.All(c => c == '0'))
            {
                return true;
            }

            return p.Length <= 2 && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }

    private static Entity ReadDesignation(ReadContext context, XElement record, int line)
    {
        var uniqueId = record.Child("UniqueID") ?? throw XmlRecords.Missing(context, record, line, "UniqueID");
        var type = record.Child("IndividualEntityShip") ?? throw XmlRecords.Missing(context, record, line, "IndividualEntityShip");
        var kind = type switch
        {
            "Individual" => EntityKind.Person,
            "Ship" => EntityKind.Vessel,
            _ => EntityKind.Organization,
        };
        var builder = new EntityBuilder($"{ListSources.UkFcdo}:{uniqueId}", kind) { Provenance = context.Provenance(line) };
        var locator = context.Locator(line);

        ReadNames(context, record, line, builder);
        builder.Designations.Add(ReadSanction(context, record, builder, uniqueId, locator));
        ReadContacts(context, record, builder);
        foreach (var title in record.Values("Titles", "Title"))
        {
            builder.AddFact(FactNames.Title, title);
        }

        builder.AddFact("designation_source", record.Child("DesignationSource"));
        builder.AddRemark(record.Child("OtherInformation"));
        builder.AddRemark(record.Child("UKStatementofReasons"));

        foreach (var individual in record.Children("IndividualDetails").SelectMany(d => d.Children("Individual")))
        {
            ReadIndividual(context, individual, builder);
        }

        foreach (var entity in record.Children("EntityDetails").SelectMany(d => d.Children("Entity")))
        {
            ReadEntity(context, entity, builder);
        }

        foreach (var ship in record.Children("ShipDetails").SelectMany(d => d.Children("Ship")))
        {
            ReadShip(context, ship, builder);
        }

        if (kind == EntityKind.Organization)
        {
            builder.Kind = EntityClassifier.ClassifyOrganization(builder.Names, builder.Identifiers);
        }

        return builder.Build();
    }

    private static void ReadNames(ReadContext context, XElement record, int line, EntityBuilder builder)
    {
        var isPerson = builder.Kind == EntityKind.Person;
        foreach (var name in record.Children("Names").SelectMany(n => n.Children("Name")))
        {
            var parts = Enumerable.Range(1, 6).Select(i => name.Child($"Name{i}")).ToArray();
            var present = parts.OfType<string>().ToArray();
            if (present.Length == 0)
            {
                continue;
            }

            var nameType = name.Child("NameType") ?? "";
            var strength = name.Child("AliasStrength") ?? "";
            var kind = nameType switch
            {
                "Primary Name" => NameKind.Primary,
                _ when strength.StartsWith("Low", StringComparison.OrdinalIgnoreCase) => NameKind.WeakAlias,
                _ => NameKind.StrongAlias,
            };

            // Name1..Name5 are forenames, Name6 the surname (or the whole name of an entity or ship).
            var given = isPerson && present.Length > 1 ? JoinOrNull(" ", parts[..5]) : null;
            var family = isPerson && present.Length > 1 ? parts[5] : null;
            builder.AddName(string.Join(' ', present), kind, given, family);
        }

        if (builder.Names.Count == 0)
        {
            throw XmlRecords.Missing(context, record, line, "Names/Name");
        }

        if (!builder.Names.Exists(n => n.Kind == NameKind.Primary))
        {
            // Promote the first name so that the caption is the publisher's first name, and say so.
            var first = builder.Names[0];
            builder.Names[0] = first with { Kind = NameKind.Primary };
            context.Issue(context.Locator(line), $"{builder.Id}: no 'Primary Name'; '{first.Full}' taken as primary");
        }

        foreach (var nonLatin in record.Children("NonLatinNames").SelectMany(n => n.Children("NonLatinName")))
        {
            builder.AddName(nonLatin.Child("NameNonLatinScript"), NameKind.StrongAlias);
        }
    }

    private static Designation ReadSanction(ReadContext context, XElement record, EntityBuilder builder, string uniqueId, string locator)
    {
        PartialDate? listedOn = null;
        var designated = record.Child("DateDesignated");
        if (designated is not null)
        {
            if (ParseUkDate(designated, out var date))
            {
                listedOn = date;
            }
            else
            {
                context.Issue(locator, $"{builder.Id}: unreadable DateDesignated '{designated}'");
            }
        }

        var references = new List<string> { uniqueId };
        if (record.Child("UNReferenceNumber") is { } unRef)
        {
            references.Add(unRef);
        }

        if (record.Child("OFSIGroupID") is { } groupId)
        {
            references.Add("OFSI:" + groupId);
        }

        var regime = record.Child("RegimeName");
        var measures = (record.Child("SanctionsImposed") ?? "")
            .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Designation("UK", "UK Sanctions List")
        {
            Programs = regime is null ? [] : [regime],
            ListedOn = listedOn,
            References = references,
            Measures = measures,
        };
    }

    private static void ReadContacts(ReadContext context, XElement record, EntityBuilder builder)
    {
        foreach (var address in record.Children("Addresses").SelectMany(a => a.Children("Address")))
        {
            var lines = Enumerable.Range(1, 6).Select(i => address.Child($"AddressLine{i}")).OfType<string>().ToList();
            var postal = address.Child("AddressPostalCode");
            var countryName = address.Child("AddressCountry");
            if (lines.Count == 0 && postal is null && countryName is null)
            {
                continue;
            }

            var code = context.LinkCountry(builder, countryName, CountryRole.Address, Loc(context, address));
            var full = string.Join(", ", lines.Concat(new[] { postal, countryName }.OfType<string>()));
            builder.Addresses.Add(new Address
            {
                Street = lines.Count > 0 ? lines[0] : null,
                PostalCode = postal,
                Country = code,
                Full = full,
            });
        }

        foreach (var phone in record.Values("PhoneNumbers", "PhoneNumber"))
        {
            context.AddIdentifier(builder, IdentifierKind.Phone, phone, Loc(context, record, "PhoneNumbers"));
        }

        foreach (var email in record.Values("EmailAddresses", "EmailAddress"))
        {
            context.AddIdentifier(builder, IdentifierKind.Email, email, Loc(context, record, "EmailAddresses"));
        }

        foreach (var website in record.Values("Websites", "Website"))
        {
            context.AddIdentifier(builder, IdentifierKind.Website, website, Loc(context, record, "Websites"));
        }
    }

    private static void ReadIndividual(ReadContext context, XElement individual, EntityBuilder builder)
    {
        foreach (var dob in individual.Children("DOBs").SelectMany(d => d.Children("DOB")))
        {
            var text = EntityBuilder.Clean(dob.Value);
            if (text is null)
            {
                continue;
            }

            if (ParseUkDate(text, out var date))
            {
                builder.AddBirthDate(DateSpan.Exactly(date));
            }
            else
            {
                context.Issue(Loc(context, dob), $"{builder.Id}: unreadable DOB '{text}'");
            }
        }

        foreach (var nationality in individual.Values("Nationalities", "Nationality"))
        {
            context.LinkCountry(builder, nationality, CountryRole.Nationality, Loc(context, individual, "Nationalities"));
        }

        foreach (var gender in individual.Values("Genders", "Gender"))
        {
            builder.AddFact(FactNames.Gender, gender);
        }

        foreach (var position in individual.Values("Positions", "Position"))
        {
            builder.AddFact(FactNames.Position, position);
        }

        // The published element is <Passport>; <PassportDetail> is accepted for older/other renderings.
        foreach (var passport in individual.Children("PassportDetails").SelectMany(p => p.Elements())
                     .Where(e => e.Name.LocalName is "Passport" or "PassportDetail"))
        {
            context.AddIdentifier(
                builder, IdentifierKind.Passport, passport.Child("PassportNumber"), Loc(context, passport), note: passport.Child("PassportAdditionalInformation"));
        }

        foreach (var national in individual.Children("NationalIdentifierDetails").SelectMany(p => p.Children("NationalIdentifier")))
        {
            context.AddIdentifier(
                builder,
                IdentifierKind.NationalId,
                national.Child("NationalIdentifierNumber"),
                Loc(context, national),
                note: national.Child("NationalIdentifierAdditionalInformation"));
        }

        foreach (var location in individual.Children("BirthDetails").SelectMany(b => b.Children("Location")))
        {
            var town = location.Child("TownOfBirth");
            var country = location.Child("CountryOfBirth");
            builder.AddBirthPlace(JoinOrNull(", ", [town, country]));
            context.LinkCountry(builder, country, CountryRole.BirthPlace, Loc(context, location));
        }
    }

    private static void ReadEntity(ReadContext context, XElement entity, EntityBuilder builder)
    {
        foreach (var type in entity.Values("TypeOfEntities", "TypeOfEntity"))
        {
            builder.AddFact("entity_type", type);
        }

        foreach (var number in entity.Values("BusinessRegistrationNumbers", "BusinessRegistrationNumber"))
        {
            context.AddIdentifier(builder, IdentifierKind.RegistrationNumber, number, Loc(context, entity, "BusinessRegistrationNumbers"));
        }

        foreach (var parent in entity.Values("ParentCompanies", "ParentCompany"))
        {
            builder.AddFact("parent_company", parent);
        }

        foreach (var subsidiary in entity.Values("Subsidiaries", "Subsidiary"))
        {
            builder.AddFact("subsidiary", subsidiary);
        }
    }

    private static void ReadShip(ReadContext context, XElement ship, EntityBuilder builder)
    {
        foreach (var imo in ship.Children("IMONumbers").SelectMany(i => i.Children("IMONumber")))
        {
            context.AddIdentifier(builder, IdentifierKind.Imo, imo.Value, Loc(context, imo));
        }

        foreach (var hin in ship.Values("HullIdentificationNumbers", "HullIdentificationNumber"))
        {
            context.AddIdentifier(builder, IdentifierKind.Other, hin, Loc(context, ship, "HullIdentificationNumbers"), qualifier: "HIN");
        }

        foreach (var flag in ship.Values("CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip").Concat(ship.Values("CurrentFlags", "Flag")))
        {
            context.LinkCountry(builder, flag, CountryRole.Flag, Loc(context, ship, "CurrentBelievedFlagOfShips"));
        }

        foreach (var previous in ship.Values("PreviousFlags", "PreviousFlag"))
        {
            builder.AddFact("previous_flag", previous);
        }

        foreach (var previousName in ship.Values("PreviousNames", "PreviousName"))
        {
            builder.AddName(previousName, NameKind.FormerName);
        }

        AddFacts(builder, FactNames.VesselOwner, ship.Values("CurrentOwnerOperators", "CurrentOwnerOperator"));
        AddFacts(builder, "previous_owner_operator", ship.Values("PreviousOwnerOperators", "PreviousOwnerOperator"));
        AddFacts(builder, FactNames.VesselType, ship.Values("TypeOfShipDetails", "TypeOfShip"));
        AddFacts(builder, FactNames.Tonnage, ship.Values("TonnageOfShipDetails", "TonnageOfShip"));
        AddFacts(builder, "length", ship.Values("LengthOfShipDetails", "LengthOfShip"));
        AddFacts(builder, FactNames.BuildYear, ship.Values("YearsBuilt", "YearBuilt"));
    }

    private static void AddFacts(EntityBuilder builder, string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            builder.AddFact(name, value);
        }
    }

    private static string? JoinOrNull(string separator, string?[] parts)
    {
        var present = parts.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }

    private static string Loc(ReadContext context, XElement element, string? child = null)
    {
        var target = child is null ? element : element.Children(child).FirstOrDefault() ?? element;
        return context.Locator(XmlRecords.Line(target));
    }
}
