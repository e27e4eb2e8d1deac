using System.Xml;

namespace Pincer.Lists.Xml;

/// <summary>
/// The one place that creates <see cref="XmlReader"/>s: DTDs are prohibited, no resolver is set
/// (so no external entity or schema can be fetched), and line info is kept for error messages.
/// </summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(XmlNameTable? nameTable = null) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        NameTable = nameTable,
        MaxCharactersFromEntities = 0,
    };

    public static XmlReader Create(Stream stream, XmlNameTable? nameTable = null) => XmlReader.Create(stream, Settings(nameTable));

    /// <summary>"line 12, column 5" for the reader's current node, when line info is available.</summary>
    public static string Position(XmlReader reader) =>
        reader is IXmlLineInfo { } info && info.HasLineInfo() ? $"line {info.LineNumber}, column {info.LinePosition}" : "(position unknown)";

    /// <summary>Wraps an <see cref="XmlException"/> (malformed, truncated, DTD) into a <see cref="ListFormatException"/>.</summary>
    public static ListFormatException Malformed(string file, XmlException ex)
    {
        var problem = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "DTDs and external entities are not allowed in list files"
            : "malformed XML: " + ex.Message;
        var position = ex.LineNumber > 0 ? $"line {ex.LineNumber}, column {ex.LinePosition}" : null;
        return new ListFormatException(file, position, problem, ex);
    }

    /// <summary>
    /// A list whose XML declares a DTD is refused before any reader sees it, with the position of the
    /// declaration (DTDs can pull in external entities; no list format needs one). An HTML page
    /// (<c>&lt;!DOCTYPE html&gt;</c>) is not a list at all and is left to format detection.
    /// </summary>
    public static ListFormatException? ProhibitedDtd(string file, string head)
    {
        var at = head.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0 || head.AsSpan(at + 9).TrimStart().StartsWith("html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var line = 1 + head.AsSpan(0, at).Count('\n');
        var column = at - (head.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        var end = head.IndexOf('>', at);
        var declaration = end < 0 ? head[at..Math.Min(head.Length, at + 60)] : head[at..Math.Min(end + 1, at + 120)];
        return new ListFormatException(file, $"line {line}, column {column}", $"DTDs and external entities are not allowed in list files; found {declaration}");
    }

    /// <summary>
    /// Format detection for XML lists: true when the input is a file whose root element is
    /// <paramref name="root"/> in <paramref name="ns"/> (null or empty: no namespace).
    /// </summary>
    public static bool HasRoot(ListInput input, string root, string? ns)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.IsDirectory)
        {
            return false;
        }

        var (found, foundNs) = SniffRoot(input.HeadText);
        return string.Equals(found, root, StringComparison.Ordinal)
               && (string.IsNullOrEmpty(ns) ? string.IsNullOrEmpty(foundNs) : string.Equals(foundNs, ns, StringComparison.Ordinal));
    }

    /// <summary>
    /// Reads the root element name of an XML head without a full parse (for format detection):
    /// skips the declaration, comments and whitespace.
    /// </summary>
    public static (string? Root, string? Namespace) SniffRoot(string head)
    {
        try
        {
            using var sr = new StringReader(head);
            using var reader = XmlReader.Create(sr, Settings());
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return (reader.LocalName, reader.NamespaceURI);
                }
            }
        }
        catch (XmlException)
        {
            // Truncated heads (we only read a few KiB) end in an XmlException after the root was seen;
            // a head with no root at all is simply not XML.
        }

        return (null, null);
    }
}
