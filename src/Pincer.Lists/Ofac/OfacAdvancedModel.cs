using System.Xml;
using Pincer.Core;

namespace Pincer.Lists.Ofac;

/// <summary>
/// Element and attribute names of the advanced XML, atomised in the reader's name table so that the
/// parser compares by reference.
/// </summary>
internal sealed class NameAtoms
{
    public NameAtoms()
    {
        Table = new NameTable();
        foreach (var field in typeof(NameAtoms).GetFields())
        {
            if (field.FieldType == typeof(string))
            {
                var literal = (string)field.GetValue(this)!;
                field.SetValue(this, Table.Add(literal));
            }
        }
    }

    public XmlNameTable Table { get; }

#pragma warning disable CA1051, SA1401, MA0069, CA1805 // plain fields: atomised once, read on the hot path
    public string Sanctions = "Sanctions";
    public string DateOfIssue = "DateOfIssue";
    public string ReferenceValueSets = "ReferenceValueSets";
    public string Locations = "Locations";
    public string IDRegDocuments = "IDRegDocuments";
    public string DistinctParties = "DistinctParties";
    public string ProfileRelationships = "ProfileRelationships";
    public string SanctionsEntries = "SanctionsEntries";
    public string Country = "Country";
    public string PartySubType = "PartySubType";
    public string Script = "Script";
    public string ID = "ID";
    public string ISO2 = "ISO2";
    public string PartyTypeID = "PartyTypeID";
    public string ScriptCode = "ScriptCode";
    public string LocationCountry = "LocationCountry";
    public string CountryID = "CountryID";
    public string LocationPart = "LocationPart";
    public string LocPartTypeID = "LocPartTypeID";
    public string Value = "Value";
    public string IDRegDocTypeID = "IDRegDocTypeID";
    public string IdentityID = "IdentityID";
    public string IssuedByCountryID = "IssuedBy-CountryID";
    public string ValidityID = "ValidityID";
    public string IDRegistrationNo = "IDRegistrationNo";
    public string IssuingAuthority = "IssuingAuthority";
    public string DocumentDate = "DocumentDate";
    public string IDRegDocDateTypeID = "IDRegDocDateTypeID";
    public string DatePeriod = "DatePeriod";
    public string Comment = "Comment";
    public string FixedRef = "FixedRef";
    public string Profile = "Profile";
    public string PartySubTypeID = "PartySubTypeID";
    public string Identity = "Identity";
    public string Feature = "Feature";
    public string Alias = "Alias";
    public string AliasTypeID = "AliasTypeID";
    public string LowQuality = "LowQuality";
    public string DocumentedName = "DocumentedName";
    public string NamePartValue = "NamePartValue";
    public string NamePartGroupID = "NamePartGroupID";
    public string ScriptID = "ScriptID";
    public string NamePartGroups = "NamePartGroups";
    public string NamePartGroup = "NamePartGroup";
    public string NamePartTypeID = "NamePartTypeID";
    public string FeatureTypeID = "FeatureTypeID";
    public string VersionDetail = "VersionDetail";
    public string DetailReferenceID = "DetailReferenceID";
    public string VersionLocation = "VersionLocation";
    public string LocationID = "LocationID";
    public string FromProfileID = "From-ProfileID";
    public string ToProfileID = "To-ProfileID";
    public string RelationTypeID = "RelationTypeID";
    public string Former = "Former";
    public string ProfileID = "ProfileID";
    public string ListID = "ListID";
    public string EntryEvent = "EntryEvent";
    public string Date = "Date";
    public string SanctionsMeasure = "SanctionsMeasure";
    public string SanctionsTypeID = "SanctionsTypeID";
    public string Year = "Year";
    public string Month = "Month";
    public string Day = "Day";
    public string Start = "Start";
    public string End = "End";
    public string From = "From";
    public string To = "To";
    public string Approximate = "Approximate";
#pragma warning restore CA1051, SA1401, MA0069, CA1805
}

internal sealed class LocationRecord
{
    public int? CountryId { get; set; }

    public List<(string Type, string Text)> Parts { get; } = [];

    public Address ToAddress(IReadOnlyDictionary<int, string> countryIso)
    {
        string? street = null, city = null, region = null, postal = null;
        foreach (var (type, text) in Parts)
        {
            switch (type)
            {
                case "ADDRESS1":
                case "ADDRESS2":
                case "ADDRESS3":
                    street = street is null ? text : street + ", " + text;
                    break;
                case "CITY":
                    city = text;
                    break;
                case "STATE/PROVINCE":
                case "REGION":
                    region = region is null ? text : region + ", " + text;
                    break;
                case "POSTAL CODE":
                    postal = text;
                    break;
            }
        }

        var country = CountryId is { } id ? countryIso.GetValueOrDefault(id) : null;
        var full = string.Join(", ", new[] { street, city, region, postal, country is null ? null : Countries.NameOf(country) }.Where(p => !string.IsNullOrEmpty(p)));
        return new Address { Street = street, City = city, Region = region, PostalCode = postal, Country = country, Full = full.Length == 0 ? null : full };
    }
}

internal sealed class DocumentRecord
{
    public int TypeId { get; init; }

    public int IdentityId { get; init; }

    public int? CountryId { get; init; }

    public int? ValidityId { get; init; }

    public int Line { get; init; }

    public string? Number { get; set; }

    public List<string> Notes { get; } = [];
}

internal sealed class PartyBuilder
{
    public int FixedRef { get; init; }

    public int Line { get; init; }

    public int ProfileId { get; set; }

    public int SubTypeId { get; set; }

    public EntityKind Kind { get; set; }

    public List<EntityName> Names { get; } = new(3);

    public List<DateSpan> BirthDates { get; } = [];

    public List<string> BirthPlaces { get; } = [];

    public List<CountryLink> Countries { get; } = [];

    public List<Identifier> Identifiers { get; } = [];

    public List<Address> Addresses { get; } = [];

    public List<EntityFact> Facts { get; } = [];

    public List<Designation> Designations { get; } = new(1);

    public Entity Build(string source, string fileName)
    {
        // The primary name comes first so that captions are right without a search.
        Names.Sort(static (a, b) => (a.Kind == NameKind.Primary ? 0 : 1).CompareTo(b.Kind == NameKind.Primary ? 0 : 1));
        var kind = Kind == EntityKind.Organization ? EntityClassifier.ClassifyOrganization(Names, Identifiers) : Kind;
        return new Entity($"{source}:{FixedRef}", kind)
        {
            Names = Names,
            BirthDates = BirthDates,
            BirthPlaces = BirthPlaces,
            Countries = Countries,
            Identifiers = Identifiers,
            Addresses = Addresses,
            Facts = Facts,
            Designations = Designations,
            Provenance = new Provenance(source, $"{fileName}:line {Line} (DistinctParty FixedRef={FixedRef})"),
        };
    }
}
