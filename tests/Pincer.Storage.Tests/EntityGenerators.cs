using FsCheck;
using FsCheck.Fluent;
using Pincer.Core;

namespace Pincer.Storage.Tests;

/// <summary>FsCheck generators of model entities: every field, every enum value, partial dates and ranges.</summary>
internal static class EntityGenerators
{
    /// <summary>Text as publishers write it: Latin, Hangul, Han, Cyrillic, Arabic, punctuation, quotes, newlines.</summary>
    private static readonly Gen<string> Text =
        Gen.Elements("A", "b", "Z", "0", "9", " ", "-", ".", "'", "\"", "’", "\\", ",", "\n", "\t", "ü", "é", "김", "정", "日", "Ж", "ش", "&", "<", ">", "%", "_")
            .ArrayOf()
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> NonEmptyText = Text.Where(s => s.Trim().Length > 0);

    private static readonly Gen<string?> OptionalText = Text.Select(s => (string?)s).OrNull();

    private static readonly Gen<string> CountryCode = Gen.Elements("KP", "CN", "RU", "US", "GB", "IR", "SY", "AE");

    private static readonly Gen<PartialDate> Date =
        from year in Gen.Choose(1900, 2030)
        from month in Gen.Choose(0, 12)
        from day in month == 0 ? Gen.Constant(0) : Gen.Choose(0, DateTime.DaysInMonth(year, month))
        select new PartialDate(year, month, day);

    private static readonly Gen<DateSpan> Span =
        from start in Date
        from single in Gen.Elements(true, false)
        from end in single ? Gen.Constant(start) : Date
        from approximate in Gen.Elements(true, false)
        select new DateSpan(start, end, approximate);

    private static readonly Gen<EntityName> Name =
        from full in NonEmptyText
        from kind in Gen.Elements(Enum.GetValues<NameKind>())
        from script in Gen.Elements("Latn", "Hang", "Hani", "Cyrl", "Arab")
        from given in OptionalText
        from family in OptionalText
        select new EntityName(full, kind, script) { Given = given, Family = family };

    private static readonly Gen<Identifier> Id =
        from kind in Gen.Elements(Enum.GetValues<IdentifierKind>())
        from value in NonEmptyText
        from raw in Text
        from qualifier in OptionalText
        from country in CountryCode.Select(c => (string?)c).OrNull()
        from note in OptionalText
        select new Identifier(kind, value, raw) { Qualifier = qualifier, Country = country, Note = note };

    private static readonly Gen<Address> Addr =
        from street in OptionalText
        from city in OptionalText
        from region in OptionalText
        from postal in OptionalText
        from country in CountryCode.Select(c => (string?)c).OrNull()
        from full in OptionalText
        select new Address { Street = street, City = city, Region = region, PostalCode = postal, Country = country, Full = full };

    private static readonly Gen<Designation> Designation =
        from authority in Gen.Elements("UN-SC", "US-OFAC", "EU", "UK")
        from list in NonEmptyText
        from programs in UpTo(Gen.Elements("DPRK", "DPRK3", "SDGT", "PRK", "IRAN", "RUSSIA-EO14024"), 3)
        from listedOn in Gen.OneOf(Gen.Constant<PartialDate?>(null), Date.Select(d => (PartialDate?)d))
        from references in UpTo(NonEmptyText, 2)
        from measures in UpTo(Text, 2)
        select new Designation(authority, list) { Programs = programs.ToList(), ListedOn = listedOn, References = references.ToList(), Measures = measures.ToList() };

    private static Gen<Entity> Entity(int index) =>
        from kind in Gen.Elements(Enum.GetValues<EntityKind>())
        from names in UpTo(Name, 4)
        from births in UpTo(Span, 3)
        from places in UpTo(Text, 2)
        from countries in UpTo(Gen.Zip(CountryCode, Gen.Elements(Enum.GetValues<CountryRole>()), (c, r) => new CountryLink(c, r)), 3)
        from identifiers in UpTo(Id, 4)
        from addresses in UpTo(Addr, 2)
        from designations in UpTo(Designation, 2)
        from facts in UpTo(Gen.Zip(Gen.Elements(FactNames.Gender, FactNames.VesselType, FactNames.Tonnage, "custom"), Text, (n, v) => new EntityFact(n, v)), 3)
        from remarks in OptionalText
        from locator in Text
        from withProvenance in Gen.Elements(true, false)
        select new Entity($"gen-src:{index}", kind)
        {
            Names = names.ToList(),
            BirthDates = births.ToList(),
            BirthPlaces = places.ToList(),
            Countries = countries.ToList(),
            Identifiers = identifiers.ToList(),
            Addresses = addresses.ToList(),
            Designations = designations.ToList(),
            Facts = facts.ToList(),
            Remarks = remarks,
            Provenance = withProvenance ? new Provenance("gen-src", locator) { ListVersion = 0 } : null,
        };

    private static Gen<List<T>> UpTo<T>(Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n)).Select(items => items.ToList());

    /// <summary>1–10 entities with distinct ids.</summary>
    public static Arbitrary<IReadOnlyList<Entity>> Entities() =>
        Gen.Choose(1, 10)
            .SelectMany(n => Enumerable.Range(0, n).Select(Entity).ToList().Aggregate(
                Gen.Constant(new List<Entity>()),
                (acc, g) => from list in acc from e in g select new List<Entity>(list) { e }))
            .Select(list => (IReadOnlyList<Entity>)list)
            .ToArbitrary();
}
