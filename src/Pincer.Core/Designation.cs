namespace Pincer.Core;

/// <summary>
/// A sanctions designation: who listed the entity, on which list, under which programmes,
/// since when, and under which reference numbers.
/// </summary>
/// <param name="Authority">Listing authority: <c>US-OFAC</c>, <c>UN-SC</c>, <c>EU</c>, <c>UK</c>.</param>
/// <param name="List">The list within the authority: <c>SDN</c>, <c>Consolidated</c>, <c>UN List</c> …</param>
public sealed record Designation(string Authority, string List)
{
    /// <summary>Programme codes as published (<c>DPRK3</c>, <c>SDGT</c>, UN regime <c>DPRK</c>, EU <c>PRK</c>).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Date of listing, when published.</summary>
    public PartialDate? ListedOn { get; init; }

    /// <summary>Reference numbers: UN <c>KPi.018</c>, UK unique ID, EU logical id, OFAC UID.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Measures (OFAC sanctions types: <c>Block</c>, directives …; UK regime measures).</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    /// <summary>True when any programme belongs to the North Korea sanctions regime.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsDprk => Programs.Any(Pincer.Core.Programs.IsDprk);
}

/// <summary>Programme classification helpers.</summary>
public static class Programs
{
    /// <summary>
    /// North Korea programmes: OFAC <c>DPRK</c>, <c>DPRK2</c>, <c>DPRK3</c>, <c>DPRK4</c>, <c>DPRK-NKSPEA</c>;
    /// UN regime <c>DPRK</c>; EU <c>PRK</c>; UK <c>Democratic People's Republic of Korea</c>.
    /// </summary>
    public static bool IsDprk(string program) =>
        program.StartsWith("DPRK", StringComparison.OrdinalIgnoreCase)
        || string.Equals(program, "PRK", StringComparison.OrdinalIgnoreCase)
        || program.Contains("Democratic People", StringComparison.OrdinalIgnoreCase)
        || program.Contains("North Korea", StringComparison.OrdinalIgnoreCase);
}
