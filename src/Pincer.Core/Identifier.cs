namespace Pincer.Core;

/// <summary>
/// A typed identifier of an entity. <see cref="Value"/> is the normalised form used for matching;
/// <see cref="Raw"/> is what the publisher wrote.
/// </summary>
/// <param name="Kind">What kind of identifier this is.</param>
/// <param name="Value">Normalised value (see <see cref="IdentifierNormalizer"/>).</param>
/// <param name="Raw">The value as published.</param>
public sealed record Identifier(IdentifierKind Kind, string Value, string Raw)
{
    /// <summary>ISO 3166-1 alpha-2 code of the issuing country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// Extra qualifier: the chain ticker of a crypto address (<c>XBT</c>, <c>ETH</c>, <c>USDT</c> …),
    /// or the publisher's own document type for passports, national and registration numbers
    /// (<c>Diplomatic Passport</c>, <c>Unified Social Credit Code (USCC)</c> …).
    /// </summary>
    public string? Qualifier { get; init; }

    /// <summary>Free-text note from the publisher (issue/expiry dates, "fraudulent" …).</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Creates an identifier, normalising <paramref name="raw"/>. Returns an error message when the
    /// value is invalid for its kind (for example a failed IMO check digit) so callers can report it.
    /// </summary>
    public static Identifier? TryCreate(IdentifierKind kind, string raw, out string? error, string? qualifier = null)
    {
        if (!IdentifierNormalizer.TryNormalize(kind, raw, qualifier, out var value, out error))
        {
            return null;
        }

        return new Identifier(kind, value, raw.Trim()) { Qualifier = qualifier };
    }

    public override string ToString() => Qualifier is null ? $"{Kind.ToName()}:{Value}" : $"{Kind.ToName()}:{Qualifier}:{Value}";
}
