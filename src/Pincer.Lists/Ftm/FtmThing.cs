using Pincer.Core;
using Pincer.Lists.Internal;

namespace Pincer.Lists.Ftm;

/// <summary>Maps the properties of one FtM Thing (Person, Organization, Vessel …) onto an entity.</summary>
internal static class FtmThing
{
    private static readonly (string Property, IdentifierKind Kind)[] IdentifierProperties =
    [
        ("passportNumber", IdentifierKind.Passport),
        ("idNumber", IdentifierKind.NationalId),
        ("taxNumber", IdentifierKind.TaxId),
        ("innCode", IdentifierKind.TaxId),
        ("vatCode", IdentifierKind.TaxId),
        ("ogrnCode", IdentifierKind.RegistrationNumber),
        ("imoNumber", IdentifierKind.Imo),
        ("mmsi", IdentifierKind.Mmsi),
        ("callSign", IdentifierKind.CallSign),
        ("swiftBic", IdentifierKind.Bic),
        ("bicCode", IdentifierKind.Bic),
        ("leiCode", IdentifierKind.Lei),
        ("icaoCode", IdentifierKind.Icao24),
        ("email", IdentifierKind.Email),
        ("phone", IdentifierKind.Phone),
        ("website", IdentifierKind.Website),
    ];

    private static readonly (string Property, CountryRole Role)[] CountryProperties =
    [
        ("nationality", CountryRole.Nationality),
        ("citizenship", CountryRole.Citizenship),
        ("jurisdiction", CountryRole.Jurisdiction),
        ("flag", CountryRole.Flag),
        ("country", CountryRole.Address),
        ("mainCountry", CountryRole.Address),
        ("birthCountry", CountryRole.BirthPlace),
    ];

    private static readonly (string Property, string Fact)[] FactProperties =
    [
        ("gender", FactNames.Gender),
        ("title", FactNames.Title),
        ("position", FactNames.Position),
        ("model", FactNames.AircraftModel),
        ("grossRegisteredTonnage", FactNames.GrossRegisteredTonnage),
        ("tonnage", FactNames.Tonnage),
        ("buildDate", FactNames.BuildYear),
        ("program", "program"),
        ("topics", "topic"),
    ];

    public static EntityBuilder Map(ReadContext context, FtmRecord record, EntityKind kind)
    {
        var builder = new EntityBuilder($"{ListSources.FollowTheMoney}:{record.Id}", kind) { Provenance = context.Provenance(record.Line) };
        var locator = context.Locator(record.Line);
        AddNames(record, builder);
        foreach (var text in record.Values("birthDate"))
        {
            if (PartialDate.TryParseIso(text, out var date))
            {
                builder.AddBirthDate(DateSpan.Exactly(date));
            }
            else
            {
                context.Issue(locator, $"{builder.Id}: unreadable birthDate '{text}'");
            }
        }

        foreach (var place in record.Values("birthPlace"))
        {
            builder.AddBirthPlace(place);
        }

        foreach (var (property, role) in CountryProperties)
        {
            foreach (var value in record.Values(property))
            {
                context.LinkCountry(builder, value, role, locator);
            }
        }

        AddIdentifiers(context, record, builder, locator);
        foreach (var (property, fact) in FactProperties)
        {
            foreach (var value in record.Values(property))
            {
                builder.AddFact(fact, value);
            }
        }

        foreach (var value in kind == EntityKind.Vessel ? record.Values("type") : [])
        {
            builder.AddFact(FactNames.VesselType, value);
        }

        foreach (var address in kind == EntityKind.CryptoWallet ? [] : record.Values("address"))
        {
            builder.Addresses.Add(new Address { Full = address });
        }

        foreach (var note in record.Values("notes").Concat(record.Values("summary")).Concat(record.Values("description")))
        {
            builder.AddRemark(note);
        }

        return builder;
    }

    private static void AddNames(FtmRecord record, EntityBuilder builder)
    {
        var names = record.Values("name");
        for (var i = 0; i < names.Count; i++)
        {
            var single = names.Count == 1 && builder.Kind == EntityKind.Person;
            builder.AddName(
                names[i],
                i == 0 ? NameKind.Primary : NameKind.StrongAlias,
                single ? Join(record.Values("firstName"), record.Values("middleName")) : null,
                single ? Join(record.Values("lastName")) : null);
        }

        foreach (var alias in record.Values("alias"))
        {
            builder.AddNameDistinct(alias, NameKind.StrongAlias);
        }

        foreach (var alias in record.Values("weakAlias"))
        {
            builder.AddNameDistinct(alias, NameKind.WeakAlias);
        }

        foreach (var previous in record.Values("previousName"))
        {
            builder.AddNameDistinct(previous, NameKind.FormerName);
        }
    }

    private static void AddIdentifiers(ReadContext context, FtmRecord record, EntityBuilder builder, string locator)
    {
        foreach (var (property, kind) in IdentifierProperties)
        {
            foreach (var value in record.Values(property))
            {
                context.AddIdentifier(builder, kind, value, locator);
            }
        }

        // registrationNumber is a company register number, or an aircraft's tail number; serialNumber an aircraft MSN.
        var registrationKind = builder.Kind == EntityKind.Aircraft ? IdentifierKind.AircraftRegistration : IdentifierKind.RegistrationNumber;
        foreach (var value in record.Values("registrationNumber"))
        {
            context.AddIdentifier(builder, registrationKind, value, locator);
        }

        foreach (var value in builder.Kind == EntityKind.Aircraft ? record.Values("serialNumber") : [])
        {
            context.AddIdentifier(builder, IdentifierKind.AircraftSerial, value, locator);
        }

        if (builder.Kind == EntityKind.CryptoWallet)
        {
            var currency = record.First("currency");
            foreach (var key in record.Values("publicKey").Concat(record.Values("address")))
            {
                context.AddIdentifier(builder, IdentifierKind.CryptoAddress, key, locator, currency);
            }
        }
    }

    /// <summary>Folds an FtM Address record into the entity that references it.</summary>
    public static void AddAddress(ReadContext context, EntityBuilder builder, FtmRecord address)
    {
        var code = context.LinkCountry(builder, address.First("country"), CountryRole.Address, context.Locator(address.Line));
        builder.Addresses.Add(new Address
        {
            Street = address.First("street"),
            City = address.First("city"),
            Region = address.First("region") ?? address.First("state"),
            PostalCode = address.First("postalCode"),
            Country = code,
            Full = address.First("full"),
        });
    }

    /// <summary>Owner/operator of a vessel or aircraft and holder of a wallet, when they are entities of the file.</summary>
    public static IEnumerable<Relation> AssetRelations(ReadContext context, FtmRecord record, EntityBuilder builder, Func<string, bool> exists)
    {
        foreach (var (property, kind) in new[] { ("owner", RelationKind.OwnedOrControlledBy), ("operator", RelationKind.OwnedOrControlledBy), ("holder", RelationKind.OwnedOrControlledBy) })
        {
            foreach (var target in record.Values(property))
            {
                if (exists(target))
                {
                    yield return new Relation(builder.Id, $"{ListSources.FollowTheMoney}:{target}", kind) { Label = property, Provenance = context.Provenance(record.Line) };
                }
                else
                {
                    context.Issue(context.Locator(record.Line), $"{builder.Id}: {property} '{target}' is not an entity in the file; ignored");
                }
            }
        }
    }

    public static Entity Finish(EntityBuilder builder)
    {
        if (builder.Kind is EntityKind.Organization or EntityKind.Company)
        {
            var classified = EntityClassifier.ClassifyOrganization(builder.Names, builder.Identifiers);
            builder.Kind = builder.Kind == EntityKind.Company && classified == EntityKind.Organization ? EntityKind.Company : classified;
        }

        if (builder.Names.Count == 0)
        {
            // FtM allows nameless entities (a wallet known by its address): caption falls back to the id.
            builder.AddName(builder.Identifiers.FirstOrDefault()?.Raw, NameKind.Primary);
        }

        return builder.Build();
    }

    private static string? Join(params List<string>[] parts)
    {
        var present = parts.SelectMany(p => p).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }
}
