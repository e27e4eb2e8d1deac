using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pincer.Core;

/// <summary>
/// The JSON form of the model, used by the store and by <c>--json</c> output: camelCase, enums as
/// snake_case strings, partial dates as ISO text (<c>1965-03</c>), date spans as <c>1960..1962</c>.
/// </summary>
public static class EntityJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    public static JsonSerializerOptions Indented { get; } = CreateOptions(indented: true);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new PartialDateConverter());
        options.Converters.Add(new DateSpanConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(Entity entity) => JsonSerializer.Serialize(entity, Options);

    public static Entity Deserialize(string json) =>
        JsonSerializer.Deserialize<Entity>(json, Options) ?? throw new JsonException("null entity");

    /// <summary>
    /// A fingerprint of what the publisher says about the entity, independent of where in the file it
    /// stood (provenance is left out), so that unchanged entities hash the same across versions.
    /// </summary>
    public static string ContentHash(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entity with { Provenance = null }, Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.TryParseIso(reader.GetString(), out var date) ? date : throw new JsonException($"expected a partial ISO date, got '{reader.GetString()}'");

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class DateSpanConverter : JsonConverter<DateSpan>
    {
        public override DateSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateSpan.TryParse(reader.GetString() ?? "", out var span) ? span : throw new JsonException($"expected a date span, got '{reader.GetString()}'");

        public override void Write(Utf8JsonWriter writer, DateSpan value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
