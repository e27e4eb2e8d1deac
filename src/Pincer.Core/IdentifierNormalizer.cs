using System.Text;

namespace Pincer.Core;

/// <summary>
/// Normalisation and validation rules per identifier kind. Strict where the identifier has a
/// published structure (IMO and LEI check digits, BIC layout, MMSI and ICAO 24-bit lengths,
/// crypto address alphabets); otherwise it upper-cases and strips separators.
/// </summary>
public static class IdentifierNormalizer
{
    public static bool TryNormalize(IdentifierKind kind, string raw, string? qualifier, out string value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var trimmed = raw.Trim();
        value = string.Empty;
        if (trimmed.Length == 0)
        {
            error = "the value is empty";
            return false;
        }

        error = null;
        switch (kind)
        {
            case IdentifierKind.Imo:
                return TryImo(trimmed, out value, out error);
            case IdentifierKind.Mmsi:
                return TryDigits(trimmed, 9, "an MMSI has nine digits", out value, out error);
            case IdentifierKind.Icao24:
                return TryIcao24(trimmed, out value, out error);
            case IdentifierKind.Bic:
                return TryBic(trimmed, out value, out error);
            case IdentifierKind.Lei:
                return TryLei(trimmed, out value, out error);
            case IdentifierKind.CryptoAddress:
                return TryCryptoAddress(trimmed, qualifier, out value, out error);
            case IdentifierKind.Email:
                value = trimmed.ToLowerInvariant();
                if (value.IndexOf('@', StringComparison.Ordinal) <= 0)
                {
                    error = "an e-mail address needs an '@'";
                    return false;
                }

                return true;
            case IdentifierKind.Website:
                value = trimmed.ToLowerInvariant();
                return true;
            case IdentifierKind.Phone:
                value = KeepDigits(trimmed, keepLeadingPlus: true);
                if (value.Length < 5)
                {
                    error = "a phone number needs at least five digits";
                    return false;
                }

                return true;
            default:
                value = Compact(trimmed);
                if (value.Length == 0)
                {
                    error = "the value has no letters or digits";
                    return false;
                }

                return true;
        }
    }

    /// <summary>
    /// IMO number: seven digits; the check digit is the last digit of the sum of the first six
    /// digits multiplied by 7, 6, 5, 4, 3, 2. Accepts an "IMO" prefix and spaces.
    /// </summary>
    public static bool TryImo(string raw, out string value, out string? error)
    {
        var digits = KeepDigits(StripPrefix(raw, "IMO"), keepLeadingPlus: false);
        value = digits;
        if (digits.Length != 7 || Compact(StripPrefix(raw, "IMO")).Length != 7)
        {
            error = $"an IMO number has seven digits, got '{raw}'";
            return false;
        }

        if (!IsValidImoCheckDigit(digits))
        {
            error = $"IMO {digits} fails its check digit";
            return false;
        }

        error = null;
        return true;
    }

    public static bool IsValidImoCheckDigit(ReadOnlySpan<char> sevenDigits)
    {
        if (sevenDigits.Length != 7)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            var d = sevenDigits[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            sum += d * (7 - i);
        }

        return sevenDigits[6] - '0' == sum % 10;
    }

    private static bool TryIcao24(string raw, out string value, out string? error)
    {
        value = Compact(raw);
        if (value.Length != 6 || !value.AsSpan().ContainsOnlyHex())
        {
            error = $"an ICAO 24-bit address is six hexadecimal digits, got '{raw}'";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>BIC: 4 letters (institution), 2 letters (country), 2 alphanumerics (location), optional 3 (branch).</summary>
    public static bool TryBic(string raw, out string value, out string? error)
    {
        value = Compact(raw);
        var v = value.AsSpan();
        var ok = v.Length is 8 or 11
                 && IsLetters(v[..6])
                 && IsAlnum(v[6..]);
        if (!ok)
        {
            error = $"a SWIFT/BIC is 8 or 11 characters (4 letters bank, 2 letters country, 2 location, optional 3 branch), got '{raw}'";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The ISO 3166 country code inside a valid BIC (characters 5–6).</summary>
    public static string BicCountry(string bic) => bic.Substring(4, 2);

    public static bool TryLei(string raw, out string value, out string? error)
    {
        value = Compact(raw);
        if (value.Length != 20 || !IsAlnum(value) || !Mod97(value))
        {
            error = $"an LEI is 20 alphanumerics with ISO 7064 MOD 97-10 check digits, got '{raw}'";
            return false;
        }

        error = null;
        return true;
    }

    private static bool Mod97(string value)
    {
        var remainder = 0;
        foreach (var c in value)
        {
            var n = c <= '9' ? c - '0' : c - 'A' + 10;
            remainder = n >= 10 ? ((remainder * 100) + n) % 97 : ((remainder * 10) + n) % 97;
        }

        return remainder == 1;
    }

    private static bool TryCryptoAddress(string raw, string? chain, out string value, out string? error)
    {
        value = raw.Trim();
        error = null;
        if (value.Any(char.IsWhiteSpace))
        {
            error = $"a digital currency address has no spaces, got '{raw}'";
            return false;
        }

        // EVM chains: 0x + 40 hex, compared case-insensitively (EIP-55 casing is only a checksum).
        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (value.Length != 42 || !value.AsSpan(2).ContainsOnlyHex())
            {
                error = $"an EVM address is 0x followed by 40 hexadecimal digits, got '{raw}'";
                return false;
            }

            value = value.ToLowerInvariant();
            return true;
        }

        // Bech32 (bc1…, ltc1…) is case-insensitive and canonically lower case.
        var chainUpper = chain?.ToUpperInvariant();
        if (value.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) || value.StartsWith("ltc1", StringComparison.OrdinalIgnoreCase)
            || (chainUpper is "BCH" && value.StartsWith("bitcoincash:", StringComparison.OrdinalIgnoreCase)))
        {
            value = value.ToLowerInvariant();
            return true;
        }

        // Everything else (base58 Bitcoin/Tron/Litecoin, Monero, XRP, Solana …) is case-sensitive: keep as published.
        if (value.Length < 20)
        {
            error = $"a digital currency address is at least 20 characters, got '{raw}'";
            return false;
        }

        return true;
    }

    private static bool TryDigits(string raw, int length, string expectation, out string value, out string? error)
    {
        value = Compact(raw);
        if (value.Length != length || !value.AsSpan().ContainsOnlyDigits())
        {
            error = $"{expectation}, got '{raw}'";
            return false;
        }

        error = null;
        return true;
    }

    private static string StripPrefix(string raw, string prefix)
    {
        var t = raw.AsSpan().Trim();
        return t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? t[prefix.Length..].Trim().ToString() : t.ToString();
    }

    private static string KeepDigits(string raw, bool keepLeadingPlus)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c) || (keepLeadingPlus && c == '+' && sb.Length == 0))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Upper-cases ASCII letters and removes everything that is not a letter or digit.</summary>
    public static string Compact(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlnum(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

internal static class SpanChecks
{
    public static bool ContainsOnlyHex(this ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }
}
