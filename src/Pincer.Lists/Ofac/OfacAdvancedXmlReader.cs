using System.Xml;
using Pincer.Core;
using Pincer.Lists.Internal;
using Pincer.Lists.Xml;

namespace Pincer.Lists.Ofac;

/// <summary>
/// Reads OFAC's "advanced" XML (<c>SDN_ADVANCED.XML</c>, <c>CONS_ADVANCED.XML</c>): the richest OFAC
/// source, with structured dates, identity documents, features (BIC, crypto addresses, vessel and
/// aircraft data) and profile relationships. One forward pass with an <see cref="XmlReader"/>; the
/// reference value sets at the top of the file drive the interpretation of everything after them.
/// </summary>
public sealed class OfacAdvancedXmlReader : IListReader
{
    /// <summary>The XML namespace of the format.</summary>
    public const string Namespace = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML";

    public string Format => "ofac-advanced-xml";

    public bool CanRead(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.IsDirectory)
        {
            return false;
        }

        var (root, ns) = SafeXml.SniffRoot(input.HeadText);
        return string.Equals(root, "Sanctions", StringComparison.Ordinal)
               && ns is not null && ns.StartsWith("https://sanctionslistservice.ofac.treas.gov/", StringComparison.Ordinal)
               && ns.EndsWith("ADVANCED_XML", StringComparison.Ordinal);
    }

    public ListSnapshot Read(ListInput input, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var total = input.IsBzip2 ? (long?)null : input.Length;
        using var stream = new CountingStream(
            input.OpenRead(),
            progress is null ? null : n => progress.Report(new ReadProgress(n, total, "parsing")));
        return Read(stream, input.Name, cancellationToken);
    }

    /// <summary>Reads from an already-open stream; <paramref name="fileName"/> is used in messages and provenance.</summary>
    public static ListSnapshot Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        var parser = new OfacAdvancedParser(fileName, cancellationToken);
        try
        {
            using var reader = SafeXml.Create(stream, parser.Names.Table);
            return parser.Parse(reader);
        }
        catch (XmlException ex)
        {
            throw SafeXml.Malformed(fileName, ex);
        }
        catch (IOException ex) when (ex.InnerException is InvalidDataException)
        {
            throw new ListFormatException(fileName, null, "corrupt compressed data: " + ex.Message, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new ListFormatException(fileName, null, "corrupt compressed data: " + ex.Message, ex);
        }
    }
}
