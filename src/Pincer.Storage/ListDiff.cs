using Pincer.Core;

namespace Pincer.Storage;

/// <summary>What changed in one source between two of its versions.</summary>
public sealed record ListDiff(ListVersion From, ListVersion To)
{
    public IReadOnlyList<EntitySummary> Added { get; init; } = [];

    public IReadOnlyList<EntitySummary> Removed { get; init; } = [];

    public IReadOnlyList<EntityChange> Changed { get; init; } = [];
}

/// <summary>Enough of an entity to list it in a report.</summary>
public sealed record EntitySummary(string Id, string Caption, EntityKind Kind, IReadOnlyList<string> Programs)
{
    public static EntitySummary Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new EntitySummary(entity.Id, entity.Caption, entity.Kind, entity.AllPrograms.Distinct(StringComparer.Ordinal).ToList());
    }

    public bool IsDprk => Programs.Any(Pincer.Core.Programs.IsDprk);
}

/// <summary>An entity present in both versions whose content differs, with the differences by field.</summary>
public sealed record EntityChange(EntitySummary Entity, IReadOnlyList<FieldChange> Fields);

/// <summary>Values of one field that were added and removed between versions.</summary>
public sealed record FieldChange(string Field, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

/// <summary>Compares two versions of one entity field by field.</summary>
public static class EntityComparer
{
    public static IReadOnlyList<FieldChange> Compare(Entity before, Entity after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        Add(changes, "kind", [before.Kind.ToName()], [after.Kind.ToName()]);
        Add(changes, "names", before.Names.Select(n => $"{n.Full} ({EntityName.KindName(n.Kind)})"), after.Names.Select(n => $"{n.Full} ({EntityName.KindName(n.Kind)})"));
        Add(changes, "identifiers", before.Identifiers.Select(i => i.ToString()), after.Identifiers.Select(i => i.ToString()));
        Add(changes, "programs", before.AllPrograms, after.AllPrograms);
        Add(changes, "birth_dates", before.BirthDates.Select(d => d.ToString()), after.BirthDates.Select(d => d.ToString()));
        Add(changes, "countries", before.Countries.Select(c => $"{c.Code} ({CountryLink.RoleName(c.Role)})"), after.Countries.Select(c => $"{c.Code} ({CountryLink.RoleName(c.Role)})"));
        Add(changes, "addresses", before.Addresses.Select(a => a.ToString()), after.Addresses.Select(a => a.ToString()));
        Add(changes, "listed_on", before.Designations.Select(d => d.ListedOn?.ToString() ?? ""), after.Designations.Select(d => d.ListedOn?.ToString() ?? ""));
        Add(changes, "facts", before.Facts.Select(f => $"{f.Name}: {f.Value}"), after.Facts.Select(f => $"{f.Name}: {f.Value}"));
        Add(changes, "remarks", [before.Remarks ?? ""], [after.Remarks ?? ""]);
        return changes;
    }

    private static void Add(List<FieldChange> changes, string field, IEnumerable<string> before, IEnumerable<string> after)
    {
        var b = new HashSet<string>(before.Where(s => s.Length > 0), StringComparer.Ordinal);
        var a = new HashSet<string>(after.Where(s => s.Length > 0), StringComparer.Ordinal);
        var added = a.Except(b, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var removed = b.Except(a, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            changes.Add(new FieldChange(field, added, removed));
        }
    }
}
