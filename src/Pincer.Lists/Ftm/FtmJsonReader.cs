using System.Text;
using System.Text.Json;
using Pincer.Core;
using Pincer.Lists.Internal;

namespace Pincer.Lists.Ftm;

/// <summary>
/// Reads FollowTheMoney entities, one JSON object per line (<c>{"id", "schema", "properties", …}</c>), as
/// exported by OpenSanctions and other FtM tools. Things (Person, Organization, Company, LegalEntity,
/// PublicBody, Vessel, Airplane, CryptoWallet) become entities; Sanction records become designations of the
/// entity they name; Ownership, Directorship, Family, Associate, UnknownLink, Representation, Employment and
/// Membership become relations; Address, Passport and Identification records are folded into the entity
/// that references or holds them. Other schemata are skipped and summarised in one issue per schema.
/// </summary>
public sealed partial class FtmJsonReader : IListReader
{
    public string Format => "ftm-json";

    public bool CanRead(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.IsDirectory)
        {
            return false;
        }

        var head = input.HeadText.TrimStart();
        var end = head.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = end < 0 ? head : head[..end];
        return LooksLikeFtmObject(Encoding.UTF8.GetBytes(firstLine), isFinal: end >= 0);
    }

    public ListSnapshot Read(ListInput input, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new ReadContext(input, ListSources.FollowTheMoney);
        var state = new FtmState(context);
        using (var stream = context.Open(progress, "reading"))
        using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
        {
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                cancellationToken.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                ReadLine(context, state, line, lineNumber);
            }
        }

        var (entities, relations) = state.Complete();
        return new ListSnapshot(ListSources.FollowTheMoney, Published: null)
        {
            Entities = entities,
            Relations = relations,
            Issues = context.Issues,
            Format = Format,
        };
    }

    /// <summary>
    /// True when <paramref name="utf8"/> starts a JSON object with a top-level <c>schema</c> string, or both
    /// <c>id</c> and <c>properties</c>. The head may end mid-line, so an incomplete object is fine.
    /// </summary>
    internal static bool LooksLikeFtmObject(ReadOnlySpan<byte> utf8, bool isFinal)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, isFinal, default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            bool hasId = false, hasProperties = false;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var name = reader.GetString();
                    if (!reader.Read())
                    {
                        break;
                    }

                    switch (name)
                    {
                        case "schema":
                            return reader.TokenType == JsonTokenType.String;
                        case "id":
                            hasId = reader.TokenType == JsonTokenType.String;
                            break;
                        case "properties":
                            hasProperties = reader.TokenType == JsonTokenType.StartObject;
                            if (!reader.TrySkip())
                            {
                                return hasId;
                            }

                            break;
                        default:
                            if (!reader.TrySkip())
                            {
                                return hasId && hasProperties;
                            }

                            break;
                    }
                }
            }

            return hasId && hasProperties;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void ReadLine(ReadContext context, FtmState state, string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            var column = ex.BytePositionInLine is { } b ? $", byte {b + 1}" : "";
            throw new ListFormatException(context.Input.Path, $"line {lineNumber}{column}", "malformed JSON: " + ex.Message, ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ListFormatException(context.Input.Path, $"line {lineNumber}", $"expected one FtM entity object per line, found a JSON {root.ValueKind}");
            }

            var id = RequiredString(context, root, "id", lineNumber);
            var schema = RequiredString(context, root, "schema", lineNumber);
            var properties = root.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? Properties(p) : [];
            var datasets = root.TryGetProperty("datasets", out var d) ? Strings(d) : [];
            state.Add(new FtmRecord(id, schema, properties, datasets, lineNumber));
        }
    }

    private static string RequiredString(ReadContext context, JsonElement root, string name, int lineNumber)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        throw new ListFormatException(context.Input.Path, $"line {lineNumber}", $"the entity has no \"{name}\" string, which is mandatory");
    }

    private static Dictionary<string, List<string>> Properties(JsonElement properties)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            var values = Strings(property.Value);
            if (values.Count > 0)
            {
                result[property.Name] = values;
            }
        }

        return result;
    }

    /// <summary>Property values: FtM writes arrays of strings; a bare string or number is tolerated.</summary>
    private static List<string> Strings(JsonElement value)
    {
        var result = new List<string>();
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    result.AddRange(Strings(item));
                }

                break;
            case JsonValueKind.String:
                if (EntityBuilder.Clean(value.GetString()) is { } text)
                {
                    result.Add(text);
                }

                break;
            case JsonValueKind.Number:
                result.Add(value.GetRawText());
                break;
        }

        return result;
    }
}

/// <summary>One parsed FtM line.</summary>
internal sealed record FtmRecord(string Id, string Schema, Dictionary<string, List<string>> Properties, List<string> Datasets, int Line)
{
    public List<string> Values(string property) => Properties.TryGetValue(property, out var values) ? values : [];

    public string? First(string property) => Properties.TryGetValue(property, out var values) && values.Count > 0 ? values[0] : null;
}
