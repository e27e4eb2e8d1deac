namespace Pincer.Core;

/// <summary>A postal address or location, as structured as the source allows.</summary>
public sealed record Address
{
    public string? Street { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code, when the country could be resolved.</summary>
    public string? Country { get; init; }

    /// <summary>Full text as published, for display and free-text matching.</summary>
    public string? Full { get; init; }

    public override string ToString() =>
        Full ?? string.Join(", ", new[] { Street, City, Region, PostalCode, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>The role a country plays for an entity.</summary>
public enum CountryRole
{
    /// <summary>Country of an address or location.</summary>
    Address = 0,
    Nationality,
    Citizenship,
    /// <summary>Country of incorporation or registration (for vessels and aircraft: registration).</summary>
    Jurisdiction,
    /// <summary>Flag state of a vessel.</summary>
    Flag,
    BirthPlace,
}

/// <summary>An ISO 3166-1 alpha-2 country code with its role.</summary>
public sealed record CountryLink(string Code, CountryRole Role)
{
    public static string RoleName(CountryRole role) => role switch
    {
        CountryRole.Address => "address",
        CountryRole.Nationality => "nationality",
        CountryRole.Citizenship => "citizenship",
        CountryRole.Jurisdiction => "jurisdiction",
        CountryRole.Flag => "flag",
        CountryRole.BirthPlace => "birth_place",
        _ => "address",
    };

    public static CountryRole ParseRole(string name) =>
        Enum.GetValues<CountryRole>().FirstOrDefault(r => string.Equals(RoleName(r), name, StringComparison.Ordinal));
}
