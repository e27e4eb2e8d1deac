namespace Pincer.Lists;

/// <summary>All list readers, and detection of an input's format by its content.</summary>
public static class ListFormats
{
    /// <summary>Every reader Pincer ships, most specific first.</summary>
    public static IReadOnlyList<IListReader> All { get; } =
    [
        new Ofac.OfacAdvancedXmlReader(),
        new Un.UnXmlReader(),
        new Uk.UkSanctionsXmlReader(),
        new Eu.EuFsfXmlReader(),
        new Ftm.FtmJsonReader(),
        new Ofac.OfacCsvReader(),
    ];

    /// <summary>Finds the reader for <paramref name="input"/>, or throws naming the formats that were tried.</summary>
    public static IListReader Detect(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.IsDirectory && Xml.SafeXml.ProhibitedDtd(input.Path, input.HeadText) is { } dtd)
        {
            throw dtd;
        }

        foreach (var reader in All)
        {
            if (reader.CanRead(input))
            {
                return reader;
            }
        }

        var expected = string.Join(", ", All.Select(r => r.Format));
        throw new ListFormatException(input.Path, null, $"unknown list format: the content matches none of {expected}");
    }
}
