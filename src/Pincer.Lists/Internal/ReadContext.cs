using Pincer.Core;

namespace Pincer.Lists.Internal;

/// <summary>Per-read state shared by the readers: the input, issues found, and validated country and identifier creation.</summary>
internal sealed class ReadContext(ListInput input, string source)
{
    public ListInput Input { get; } = input;

    public string Source { get; } = source;

    /// <summary>File name for locators (<c>UN_consolidated.xml</c>).</summary>
    public string FileName { get; } = input.Name;

    public List<ReadIssue> Issues { get; } = [];

    public string Locator(int line) => line > 0 ? $"{FileName}:line {line}" : FileName;

    public Provenance Provenance(int line) => new(Source, Locator(line));

    public void Issue(string locator, string message) => Issues.Add(new ReadIssue(locator, message));

    /// <summary>The snapshot of what was read, with the issues reported on the way.</summary>
    public ListSnapshot Snapshot(PartialDate? published, IReadOnlyList<Entity> entities, string format) =>
        new(Source, published) { Entities = entities, Issues = Issues, Format = format };

    /// <summary>Resolves a published country name or code; empty text is silently absent, unknown text is an issue.</summary>
    public string? Country(string? text, string locator)
    {
        var clean = EntityBuilder.Clean(text);
        if (clean is null)
        {
            return null;
        }

        if (Countries.TryResolve(clean, out var code))
        {
            return code;
        }

        Issue(locator, $"unknown country '{clean}'");
        return null;
    }

    /// <summary>Resolves a country and links it to the entity under <paramref name="role"/>.</summary>
    public string? LinkCountry(EntityBuilder entity, string? text, CountryRole role, string locator)
    {
        var code = Country(text, locator);
        if (code is not null)
        {
            entity.AddCountry(code, role);
        }

        return code;
    }

    /// <summary>Creates and adds an identifier; an invalid value is reported and left out.</summary>
    public Identifier? AddIdentifier(
        EntityBuilder entity, IdentifierKind kind, string? raw, string locator, string? qualifier = null, string? country = null, string? note = null)
    {
        var clean = EntityBuilder.Clean(raw);
        if (clean is null)
        {
            return null;
        }

        var identifier = Identifier.TryCreate(kind, clean, out var error, EntityBuilder.Clean(qualifier));
        if (identifier is null)
        {
            Issue(locator, $"{entity.Id}: invalid {kind.ToName()} '{clean}': {error}");
            return null;
        }

        identifier = identifier with { Country = country, Note = EntityBuilder.Clean(note) };
        entity.AddIdentifier(identifier);
        return identifier;
    }

    /// <summary>Opens the input, reporting progress by bytes when asked.</summary>
    public Stream Open(IProgress<ReadProgress>? progress, string stage)
    {
        var stream = Input.OpenRead();
        if (progress is null)
        {
            return stream;
        }

        long? total = Input.IsBzip2 ? null : Input.Length;
        return new CountingStream(stream, n => progress.Report(new ReadProgress(n, total, stage)));
    }
}
