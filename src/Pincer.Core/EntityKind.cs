namespace Pincer.Core;

/// <summary>
/// What an entity is. Modelled on the FollowTheMoney schemata (Person, Organization, Company,
/// Vessel, Airplane, CryptoWallet) but closed, so that code can switch on it.
/// </summary>
public enum EntityKind
{
    /// <summary>The source did not say, or said something Pincer does not model.</summary>
    Unknown = 0,

    /// <summary>A natural person.</summary>
    Person,

    /// <summary>A legal entity of unknown or non-commercial form (agencies, parties, armed groups).</summary>
    Organization,

    /// <summary>A commercial legal entity.</summary>
    Company,

    /// <summary>A financial institution: an organisation holding a SWIFT/BIC or described as a bank.</summary>
    Bank,

    /// <summary>A ship.</summary>
    Vessel,

    /// <summary>An aircraft.</summary>
    Aircraft,

    /// <summary>A crypto wallet listed in its own right.</summary>
    CryptoWallet,
}

/// <summary>Stable, lower-case names for <see cref="EntityKind"/> used in storage and JSON.</summary>
public static class EntityKinds
{
    public static string ToName(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Company => "company",
        EntityKind.Bank => "bank",
        EntityKind.Vessel => "vessel",
        EntityKind.Aircraft => "aircraft",
        EntityKind.CryptoWallet => "crypto_wallet",
        _ => "unknown",
    };

    public static EntityKind Parse(string name) => name switch
    {
        "person" => EntityKind.Person,
        "organization" => EntityKind.Organization,
        "company" => EntityKind.Company,
        "bank" => EntityKind.Bank,
        "vessel" => EntityKind.Vessel,
        "aircraft" => EntityKind.Aircraft,
        "crypto_wallet" => EntityKind.CryptoWallet,
        _ => EntityKind.Unknown,
    };
}
