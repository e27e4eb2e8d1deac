namespace Pincer.Core;

/// <summary>
/// Where a fact came from: the source list, the file, and the element or line inside it.
/// The list version is assigned by the store when the snapshot is imported.
/// </summary>
/// <param name="Source">Source identifier (see <see cref="ListSources"/>).</param>
/// <param name="Locator">Element or line inside the file: <c>sdn.csv:75</c>, <c>DistinctParty[FixedRef=36]@583085</c>.</param>
public sealed record Provenance(string Source, string Locator)
{
    /// <summary>The store's list-version id, once imported; 0 before.</summary>
    public long ListVersion { get; init; }
}

/// <summary>Identifiers of the sources Pincer reads. One source = one publisher's list.</summary>
public static class ListSources
{
    /// <summary>OFAC Specially Designated Nationals (Advanced XML or legacy CSV).</summary>
    public const string OfacSdn = "us-ofac-sdn";

    /// <summary>OFAC consolidated non-SDN lists (SSI, NS-PLC, CMIC, …).</summary>
    public const string OfacConsolidated = "us-ofac-cons";

    /// <summary>UN Security Council consolidated list.</summary>
    public const string UnSecurityCouncil = "un-sc";

    /// <summary>EU financial sanctions files (FSF).</summary>
    public const string EuFsf = "eu-fsf";

    /// <summary>UK sanctions list (FCDO).</summary>
    public const string UkFcdo = "uk-fcdo";

    /// <summary>FollowTheMoney entity export (OpenSanctions and others).</summary>
    public const string FollowTheMoney = "ftm";
}
