using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pincer.Lists.Download;

/// <summary>One publisher URL that <c>pincer update</c> fetches.</summary>
/// <param name="Name">Short name shown in output (<c>us-ofac-sdn</c>).</param>
/// <param name="Url">Absolute http(s) URL of the list file.</param>
public sealed record ListSourceConfig(string Name, Uri Url)
{
    /// <summary>Expected SHA-256 of the file, when the publisher gives one; a mismatch rejects the download.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Sources that are disabled are listed but not fetched (the EU file needs a personal token).</summary>
    public bool Enabled { get; init; } = true;
}

/// <summary>The sources fetched by default, and loading of a custom sources file.</summary>
public static class ListSourceCatalog
{
    /// <summary>Environment variable naming a JSON sources file.</summary>
    public const string EnvironmentVariable = "PINCER_SOURCES";

    /// <summary>The publishers' official URLs.</summary>
    public static IReadOnlyList<ListSourceConfig> Defaults { get; } =
    [
        new("us-ofac-sdn", new Uri("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ADVANCED.XML")),
        new("us-ofac-cons", new Uri("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ADVANCED.XML")),
        new("un-sc", new Uri("https://scsanctions.un.org/resources/xml/en/consolidated.xml")),
        new("uk-fcdo", new Uri("https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml")),
        new("eu-fsf", new Uri("https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=YOUR_TOKEN")) { Enabled = false },
    ];

    /// <summary>
    /// Reads a sources file: <c>{"sources": [{"name": "...", "url": "...", "sha256": null, "enabled": true}]}</c>.
    /// </summary>
    public static IReadOnlyList<ListSourceConfig> Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<SourcesFile>(stream, JsonOptions)
                       ?? throw new ListFormatException(path, null, "expected a JSON object with a \"sources\" array");
            if (file.Sources is not { Count: > 0 })
            {
                throw new ListFormatException(path, null, "expected a non-empty \"sources\" array");
            }

            foreach (var source in file.Sources)
            {
                if (string.IsNullOrWhiteSpace(source.Name) || source.Url is null || !source.Url.IsAbsoluteUri
                    || (!string.Equals(source.Url.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) && !string.Equals(source.Url.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal)))
                {
                    throw new ListFormatException(path, null, $"each source needs a \"name\" and an absolute http(s) \"url\"; found name '{source.Name}', url '{source.Url}'");
                }
            }

            return file.Sources;
        }
        catch (JsonException ex)
        {
            throw new ListFormatException(path, ex.LineNumber is { } line ? $"line {line + 1}" : null, "malformed sources file: " + ex.Message, ex);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private sealed record SourcesFile([property: JsonPropertyName("sources")] List<ListSourceConfig>? Sources);
}
