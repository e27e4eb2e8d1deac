using Pincer.Core;
using System.Xml;
using System.Xml.Linq;
using Pincer.Lists.Internal;

namespace Pincer.Lists.Xml;

/// <summary>
/// Streams an XML list: checks the root, then hands each record element (one small <see cref="XElement"/>
/// with line info) to a callback. Malformed XML and DTDs become <see cref="ListFormatException"/>s.
/// </summary>
internal static class XmlRecords
{
    public static void Scan(
        ReadContext context,
        IProgress<ReadProgress>? progress,
        string rootName,
        string? rootNamespace,
        Action<XmlReader> onRoot,
        Func<XmlReader, bool> isRecord,
        Action<XElement, int> onRecord,
        CancellationToken cancellationToken)
    {
        var path = context.Input.Path;
        try
        {
            using var stream = context.Open(progress, "reading");
            using var reader = SafeXml.Create(stream);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                throw new ListFormatException(path, SafeXml.Position(reader), $"expected the root element <{rootName}>, found no element");
            }

            if (!string.Equals(reader.LocalName, rootName, StringComparison.Ordinal)
                || (rootNamespace is not null && !string.Equals(reader.NamespaceURI, rootNamespace, StringComparison.Ordinal)))
            {
                throw new ListFormatException(
                    path, SafeXml.Position(reader), $"expected the root element <{rootName}>, found <{reader.Name}> (namespace '{reader.NamespaceURI}')");
            }

            onRoot(reader);
            reader.MoveToElement();
            if (reader.IsEmptyElement)
            {
                return;
            }

            reader.Read();
            while (!reader.EOF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && isRecord(reader))
                {
                    var line = Line(reader);
                    XElement element;
                    using (var subtree = reader.ReadSubtree())
                    {
                        element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    reader.Read();
                    onRecord(element, line);
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException ex)
        {
            throw SafeXml.Malformed(path, ex);
        }
    }

    /// <summary>An ISO date attribute of the current element (the root's generation date), or null.</summary>
    public static PartialDate? DateAttribute(XmlReader reader, string name) =>
        reader.GetAttribute(name) is { } text && PartialDate.TryParseIso(text, out var date) ? date : null;

    public static int Line(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>Trimmed text of the first child named <paramref name="localName"/> (any namespace), or null when absent or empty.</summary>
    public static string? Child(this XElement parent, string localName) =>
        EntityBuilder.Clean(parent.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal))?.Value);

    public static IEnumerable<XElement> Children(this XElement parent, string localName) =>
        parent.Elements().Where(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal));

    /// <summary>Non-empty trimmed values of <c>parent/container/item</c>.</summary>
    public static IEnumerable<string> Values(this XElement parent, string container, string item) =>
        parent.Children(container).SelectMany(c => c.Children(item)).Select(v => EntityBuilder.Clean(v.Value)).OfType<string>();

    /// <summary>Trimmed attribute value, or null when absent or empty.</summary>
    public static string? Attr(this XElement element, string name) => EntityBuilder.Clean(element.Attribute(name)?.Value);

    public static ListFormatException Missing(ReadContext context, XElement record, int line, string element) =>
        new(context.Input.Path, $"line {line}", $"<{record.Name.LocalName}> has no <{element}>, which is mandatory");
}
