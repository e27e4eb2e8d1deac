namespace Pincer.Core;

/// <summary>
/// A listed party: person, organisation, bank, vessel, aircraft or crypto wallet, with everything the
/// publisher says about it. Immutable; readers build it, the store keeps one copy per list version.
/// </summary>
/// <param name="Id">Pincer id, stable across versions of a source: <c>us-ofac-sdn:36</c>, <c>un-sc:KPi.018</c>.</param>
/// <param name="Kind">What the entity is.</param>
public sealed record Entity(string Id, EntityKind Kind)
{
    /// <summary>All names; the first <see cref="NameKind.Primary"/> one is the caption.</summary>
    public IReadOnlyList<EntityName> Names { get; init; } = [];

    public IReadOnlyList<DateSpan> BirthDates { get; init; } = [];

    public IReadOnlyList<string> BirthPlaces { get; init; } = [];

    public IReadOnlyList<CountryLink> Countries { get; init; } = [];

    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];

    public IReadOnlyList<Address> Addresses { get; init; } = [];

    public IReadOnlyList<Designation> Designations { get; init; } = [];

    /// <summary>Further typed facts (vessel type, tonnage, aircraft model, gender, title …) as label → values.</summary>
    public IReadOnlyList<EntityFact> Facts { get; init; } = [];

    /// <summary>Publisher's remarks, verbatim.</summary>
    public string? Remarks { get; init; }

    public Provenance? Provenance { get; init; }

    /// <summary>The primary name, or the first name, or the id.</summary>
    public string Caption => PrimaryName();

    private string PrimaryName()
    {
        foreach (var name in Names)
        {
            if (name.Kind == NameKind.Primary)
            {
                return name.Full;
            }
        }

        return Names.Count > 0 ? Names[0].Full : Id;
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> AllPrograms => Designations.SelectMany(d => d.Programs);

    public bool IsDprk => Designations.Any(d => d.IsDprk);
}

/// <summary>A labelled fact that has no typed slot (vessel type, tonnage, aircraft model, title …).</summary>
public sealed record EntityFact(string Name, string Value);

/// <summary>Well-known attribute names, so that readers of different sources agree.</summary>
public static class FactNames
{
    public const string VesselType = "vessel_type";
    public const string Tonnage = "tonnage";
    public const string GrossRegisteredTonnage = "gross_registered_tonnage";
    public const string VesselOwner = "vessel_owner";
    public const string BuildYear = "build_year";
    public const string AircraftModel = "aircraft_model";
    public const string AircraftOperator = "aircraft_operator";
    public const string AircraftManufactureDate = "aircraft_manufacture_date";
    public const string Gender = "gender";
    public const string Title = "title";
    public const string Position = "position";
}
