using Pincer.Core;
using Pincer.Lists.Internal;

namespace Pincer.Lists.Ftm;

/// <summary>
/// Accumulates an FtM file: entities as they come, and the records that refer to other entities
/// (sanctions, addresses, passports, relations), which are applied once every line has been read.
/// </summary>
internal sealed class FtmState(ReadContext context)
{
    private static readonly Dictionary<string, EntityKind> ThingKinds = new(StringComparer.Ordinal)
    {
        ["Person"] = EntityKind.Person,
        ["Organization"] = EntityKind.Organization,
        ["Company"] = EntityKind.Company,
        ["LegalEntity"] = EntityKind.Organization,
        ["PublicBody"] = EntityKind.Organization,
        ["Vessel"] = EntityKind.Vessel,
        ["Airplane"] = EntityKind.Aircraft,
        ["CryptoWallet"] = EntityKind.CryptoWallet,
    };

    /// <summary>Relation schemata: (subject property, object property, kind). "A is owned by B" reads subject A, object B.</summary>
    private static readonly Dictionary<string, (string Subject, string Object, RelationKind Kind)> Edges = new(StringComparer.Ordinal)
    {
        ["Ownership"] = ("asset", "owner", RelationKind.OwnedOrControlledBy),
        ["Directorship"] = ("director", "organization", RelationKind.LeaderOrOfficialOf),
        ["Family"] = ("relative", "person", RelationKind.FamilyMemberOf),
        ["Associate"] = ("person", "associate", RelationKind.LinkedTo),
        ["UnknownLink"] = ("subject", "object", RelationKind.LinkedTo),
        ["Representation"] = ("agent", "client", RelationKind.ActingFor),
        ["Employment"] = ("employee", "employer", RelationKind.LinkedTo),
        ["Membership"] = ("member", "organization", RelationKind.LinkedTo),
    };

    private readonly Dictionary<string, (EntityBuilder Builder, FtmRecord Record)> _things = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, FtmRecord> _addresses = new(StringComparer.Ordinal);
    private readonly List<FtmRecord> _sanctions = [];
    private readonly List<FtmRecord> _documents = [];
    private readonly List<FtmRecord> _edges = [];
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

    public void Add(FtmRecord record)
    {
        if (ThingKinds.TryGetValue(record.Schema, out var kind))
        {
            if (_things.ContainsKey(record.Id))
            {
                context.Issue(context.Locator(record.Line), $"duplicate FtM id '{record.Id}'; the later record is ignored");
                return;
            }

            _things[record.Id] = (FtmThing.Map(context, record, kind), record);
            _order.Add(record.Id);
            return;
        }

        switch (record.Schema)
        {
            case "Sanction":
                _sanctions.Add(record);
                break;
            case "Address":
                _addresses[record.Id] = record;
                break;
            case "Passport" or "Identification":
                _documents.Add(record);
                break;
            default:
                if (Edges.ContainsKey(record.Schema))
                {
                    _edges.Add(record);
                }
                else
                {
                    _skipped[record.Schema] = _skipped.GetValueOrDefault(record.Schema) + 1;
                }

                break;
        }
    }

    public (List<Entity> Entities, List<Relation> Relations) Complete()
    {
        foreach (var (builder, record) in _things.Values)
        {
            foreach (var addressId in record.Values("addressEntity"))
            {
                if (_addresses.TryGetValue(addressId, out var address))
                {
                    FtmThing.AddAddress(context, builder, address);
                }
                else
                {
                    context.Issue(context.Locator(record.Line), $"{builder.Id}: addressEntity '{addressId}' is not in the file");
                }
            }
        }

        foreach (var sanction in _sanctions)
        {
            ApplySanction(sanction);
        }

        foreach (var document in _documents)
        {
            ApplyDocument(document);
        }

        var relations = new List<Relation>();
        foreach (var edge in _edges)
        {
            relations.AddRange(MakeRelations(edge));
        }

        foreach (var (builder, record) in _things.Values)
        {
            relations.AddRange(FtmThing.AssetRelations(context, record, builder, id => _things.ContainsKey(id)));
        }

        foreach (var (schema, count) in _skipped.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            context.Issue(context.FileName, $"skipped {count} {schema} record(s): the schema is not modelled");
        }

        var entities = _order.Select(id => _things[id]).Select(t => FtmThing.Finish(t.Builder)).ToList();
        return (entities, relations);
    }

    private EntityBuilder? Target(FtmRecord record, string property)
    {
        var id = record.First(property);
        if (id is not null && _things.TryGetValue(id, out var thing))
        {
            return thing.Builder;
        }

        context.Issue(context.Locator(record.Line), $"{record.Schema} '{record.Id}': {property} '{id}' is not an entity in the file; ignored");
        return null;
    }

    private void ApplySanction(FtmRecord sanction)
    {
        if (Target(sanction, "entity") is not { } target)
        {
            return;
        }

        PartialDate? listedOn = null;
        foreach (var text in sanction.Values("listingDate").Concat(sanction.Values("startDate")))
        {
            if (PartialDate.TryParseIso(text, out var date))
            {
                listedOn = listedOn is null || date < listedOn ? date : listedOn;
            }
            else
            {
                context.Issue(context.Locator(sanction.Line), $"{target.Id}: unreadable sanction date '{text}'");
            }
        }

        var authority = sanction.First("authority") ?? sanction.Datasets.FirstOrDefault() ?? "unknown";
        var list = sanction.Datasets.FirstOrDefault() ?? sanction.First("program") ?? authority;
        target.Designations.Add(new Designation(authority, list)
        {
            Programs = [.. sanction.Values("programId").Concat(sanction.Values("program")).Distinct(StringComparer.Ordinal)],
            ListedOn = listedOn,
            References = [.. sanction.Values("unscId").Concat(sanction.Values("authorityId")).Distinct(StringComparer.Ordinal)],
            Measures = [.. sanction.Values("provisions")],
        });
        foreach (var reason in sanction.Values("reason"))
        {
            target.AddRemark(reason);
        }
    }

    private void ApplyDocument(FtmRecord document)
    {
        if (Target(document, "holder") is not { } holder)
        {
            return;
        }

        var type = document.First("type");
        var kind = string.Equals(document.Schema, "Passport", StringComparison.Ordinal) || (type?.Contains("passport", StringComparison.OrdinalIgnoreCase) ?? false)
            ? IdentifierKind.Passport
            : IdentifierKind.NationalId;
        var locator = context.Locator(document.Line);
        var country = context.Country(document.First("country"), locator);
        var notes = new[] { document.First("startDate") is { } s ? "issued " + s : null, document.First("endDate") is { } e ? "expires " + e : null, document.First("summary") }
            .OfType<string>().ToArray();
        foreach (var number in document.Values("number"))
        {
            context.AddIdentifier(holder, kind, number, locator, type, country, notes.Length == 0 ? null : string.Join("; ", notes));
        }
    }

    private IEnumerable<Relation> MakeRelations(FtmRecord edge)
    {
        var (subjectProperty, objectProperty, kind) = Edges[edge.Schema];
        var subject = Target(edge, subjectProperty);
        var obj = Target(edge, objectProperty);
        if (subject is null || obj is null)
        {
            yield break;
        }

        var label = edge.First("role") ?? edge.First("relationship") ?? edge.Schema;
        if (edge.First("percentage") is { } percentage)
        {
            label = $"{label} ({percentage}%)";
        }

        yield return new Relation(subject.Id, obj.Id, kind)
        {
            Label = label,
            Former = edge.First("endDate") is not null,
            Provenance = context.Provenance(edge.Line),
        };
    }
}
