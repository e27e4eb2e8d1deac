namespace Pincer.Core;

/// <summary>Kinds of identifier that Pincer normalises, validates and matches on.</summary>
public enum IdentifierKind
{
    Other = 0,

    /// <summary>IMO ship identification number: seven digits, the last a check digit.</summary>
    Imo,

    /// <summary>Maritime Mobile Service Identity: nine digits, the first three the MID (flag).</summary>
    Mmsi,

    /// <summary>Radio call sign of a vessel or aircraft.</summary>
    CallSign,

    /// <summary>Aircraft manufacturer's serial number (MSN, construction number).</summary>
    AircraftSerial,

    /// <summary>Aircraft registration (tail number), e.g. <c>RF-82041</c>, <c>P-632</c>.</summary>
    AircraftRegistration,

    /// <summary>ICAO 24-bit aircraft address (Mode S transponder code), six hex digits.</summary>
    Icao24,

    /// <summary>SWIFT business identifier code, 8 or 11 characters.</summary>
    Bic,

    /// <summary>Legal Entity Identifier (ISO 17442), 20 characters with MOD 97-10 check digits.</summary>
    Lei,

    Passport,

    NationalId,

    TaxId,

    /// <summary>Company/business registration number of any register.</summary>
    RegistrationNumber,

    /// <summary>Digital currency address; the chain (ticker) is in <see cref="Identifier.Qualifier"/>.</summary>
    CryptoAddress,

    Email,

    Phone,

    Website,
}

/// <summary>Stable names of <see cref="IdentifierKind"/> for storage and JSON.</summary>
public static class IdentifierKinds
{
    private static readonly Dictionary<string, IdentifierKind> ByName = Enum.GetValues<IdentifierKind>()
        .ToDictionary(k => k.ToName(), StringComparer.Ordinal);

    public static string ToName(this IdentifierKind kind) => kind switch
    {
        IdentifierKind.Imo => "imo",
        IdentifierKind.Mmsi => "mmsi",
        IdentifierKind.CallSign => "call_sign",
        IdentifierKind.AircraftSerial => "aircraft_msn",
        IdentifierKind.AircraftRegistration => "aircraft_registration",
        IdentifierKind.Icao24 => "icao24",
        IdentifierKind.Bic => "swift_bic",
        IdentifierKind.Lei => "lei",
        IdentifierKind.Passport => "passport",
        IdentifierKind.NationalId => "national_id",
        IdentifierKind.TaxId => "tax_id",
        IdentifierKind.RegistrationNumber => "registration_number",
        IdentifierKind.CryptoAddress => "crypto_address",
        IdentifierKind.Email => "email",
        IdentifierKind.Phone => "phone",
        IdentifierKind.Website => "website",
        _ => "other",
    };

    public static IdentifierKind Parse(string name) => ByName.GetValueOrDefault(name, IdentifierKind.Other);
}
