using Pincer.Core;

namespace Pincer.Lists.Internal;

/// <summary>Mutable accumulator for one entity while a reader walks its record; <see cref="Build"/> freezes it.</summary>
internal sealed class EntityBuilder(string id, EntityKind kind)
{
    public string Id { get; } = id;

    public EntityKind Kind { get; set; } = kind;

    public List<EntityName> Names { get; } = [];

    public List<DateSpan> BirthDates { get; } = [];

    public List<string> BirthPlaces { get; } = [];

    public List<CountryLink> Countries { get; } = [];

    public List<Identifier> Identifiers { get; } = [];

    public List<Address> Addresses { get; } = [];

    public List<Designation> Designations { get; } = [];

    public List<EntityFact> Facts { get; } = [];

    public List<string> Remarks { get; } = [];

    public Provenance? Provenance { get; set; }

    /// <summary>Adds a name (trimmed, script detected); empty names are ignored. Returns the name added, or null.</summary>
    public EntityName? AddName(string? full, NameKind kind, string? given = null, string? family = null)
    {
        var text = Clean(full);
        if (text is null)
        {
            return null;
        }

        var name = new EntityName(text, kind, EntityName.DetectScript(text)) { Given = Clean(given), Family = Clean(family) };
        Names.Add(name);
        return name;
    }

    /// <summary>Adds a name unless the same text is already present with the same kind (for sources that repeat names).</summary>
    public void AddNameDistinct(string? full, NameKind kind)
    {
        var text = Clean(full);
        if (text is null || Names.Exists(n => n.Kind == kind && string.Equals(n.Full, text, StringComparison.Ordinal)))
        {
            return;
        }

        AddName(text, kind);
    }

    public void AddCountry(string code, CountryRole role)
    {
        var link = new CountryLink(code, role);
        if (!Countries.Contains(link))
        {
            Countries.Add(link);
        }
    }

    public void AddFact(string name, string? value)
    {
        var text = Clean(value);
        if (text is null)
        {
            return;
        }

        var fact = new EntityFact(name, text);
        if (!Facts.Contains(fact))
        {
            Facts.Add(fact);
        }
    }

    public void AddBirthDate(DateSpan span)
    {
        if (!BirthDates.Contains(span))
        {
            BirthDates.Add(span);
        }
    }

    public void AddBirthPlace(string? place)
    {
        var text = Clean(place);
        if (text is not null && !BirthPlaces.Contains(text, StringComparer.Ordinal))
        {
            BirthPlaces.Add(text);
        }
    }

    public void AddIdentifier(Identifier identifier)
    {
        if (!Identifiers.Exists(i => i.Kind == identifier.Kind && string.Equals(i.Value, identifier.Value, StringComparison.Ordinal)
            && string.Equals(i.Qualifier, identifier.Qualifier, StringComparison.Ordinal)))
        {
            Identifiers.Add(identifier);
        }
    }

    public void AddRemark(string? remark)
    {
        var text = Clean(remark);
        if (text is not null && !Remarks.Contains(text, StringComparer.Ordinal))
        {
            Remarks.Add(text);
        }
    }

    public Entity Build() => new(Id, Kind)
    {
        Names = [.. Names],
        BirthDates = [.. BirthDates],
        BirthPlaces = [.. BirthPlaces],
        Countries = [.. Countries],
        Identifiers = [.. Identifiers],
        Addresses = [.. Addresses],
        Designations = [.. Designations],
        Facts = [.. Facts],
        Remarks = Remarks.Count == 0 ? null : string.Join("\n", Remarks),
        Provenance = Provenance,
    };

    /// <summary>Trims; null for null, empty or whitespace-only text.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
