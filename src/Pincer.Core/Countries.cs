using System.Collections.Frozen;
using System.Text;

namespace Pincer.Core;

/// <summary>
/// ISO 3166-1 alpha-2 codes and the country names the publishers actually use
/// ("Korea, North", "Democratic People's Republic of Korea", "Russian Federation", "Burma" …).
/// </summary>
public static class Countries
{
    // code|English short name|variants… The variants are those seen in OFAC, UN, EU and UK lists.
    private const string Table = """
        AD|Andorra
        AE|United Arab Emirates|UAE|U.A.E.
        AF|Afghanistan
        AG|Antigua and Barbuda
        AI|Anguilla
        AL|Albania
        AM|Armenia
        AO|Angola
        AQ|Antarctica
        AR|Argentina
        AS|American Samoa
        AT|Austria
        AU|Australia
        AW|Aruba
        AX|Aland Islands
        AZ|Azerbaijan
        BA|Bosnia and Herzegovina|Bosnia-Herzegovina
        BB|Barbados
        BD|Bangladesh
        BE|Belgium
        BF|Burkina Faso
        BG|Bulgaria
        BH|Bahrain
        BI|Burundi
        BJ|Benin
        BL|Saint Barthelemy
        BM|Bermuda
        BN|Brunei|Brunei Darussalam
        BO|Bolivia|Bolivia (Plurinational State of)
        BQ|Bonaire, Sint Eustatius and Saba
        BR|Brazil
        BS|Bahamas|Bahamas, The|The Bahamas
        BT|Bhutan
        BV|Bouvet Island
        BW|Botswana
        BY|Belarus
        BZ|Belize
        CA|Canada
        CC|Cocos (Keeling) Islands
        CD|Congo, Democratic Republic of the|Democratic Republic of the Congo|DR Congo|Congo (Democratic Republic)
        CF|Central African Republic
        CG|Congo, Republic of the|Republic of the Congo|Congo
        CH|Switzerland
        CI|Cote d Ivoire|Cote d'Ivoire|Côte d'Ivoire|Ivory Coast
        CK|Cook Islands
        CL|Chile
        CM|Cameroon
        CN|China|People's Republic of China|PRC
        CO|Colombia
        CR|Costa Rica
        CU|Cuba
        CV|Cabo Verde|Cape Verde
        CW|Curacao|Curaçao
        CX|Christmas Island
        CY|Cyprus
        CZ|Czech Republic|Czechia
        DE|Germany
        DJ|Djibouti
        DK|Denmark
        DM|Dominica
        DO|Dominican Republic
        DZ|Algeria
        EC|Ecuador
        EE|Estonia
        EG|Egypt
        EH|Western Sahara
        ER|Eritrea
        ES|Spain
        ET|Ethiopia
        FI|Finland
        FJ|Fiji
        FK|Falkland Islands
        FM|Micronesia|Micronesia, Federated States of
        FO|Faroe Islands
        FR|France
        GA|Gabon
        GB|United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|Great Britain
        GD|Grenada
        GE|Georgia
        GF|French Guiana
        GG|Guernsey
        GH|Ghana
        GI|Gibraltar
        GL|Greenland
        GM|Gambia|The Gambia|Gambia, The
        GN|Guinea
        GP|Guadeloupe
        GQ|Equatorial Guinea
        GR|Greece
        GS|South Georgia and the South Sandwich Islands
        GT|Guatemala
        GU|Guam
        GW|Guinea-Bissau
        GY|Guyana
        HK|Hong Kong|China, Hong Kong Special Administrative Region|Hong Kong SAR|Hong Kong, China
        HM|Heard Island and McDonald Islands
        HN|Honduras
        HR|Croatia
        HT|Haiti
        HU|Hungary
        ID|Indonesia
        IE|Ireland
        IL|Israel
        IM|Isle of Man|Man, Isle of
        IN|India
        IO|British Indian Ocean Territory
        IQ|Iraq
        IR|Iran|Iran (Islamic Republic of)|Islamic Republic of Iran
        IS|Iceland
        IT|Italy
        JE|Jersey
        JM|Jamaica
        JO|Jordan
        JP|Japan
        KE|Kenya
        KG|Kyrgyzstan|Kyrgyz Republic
        KH|Cambodia
        KI|Kiribati
        KM|Comoros
        KN|Saint Kitts and Nevis|St. Kitts and Nevis
        KP|Korea, North|North Korea|Democratic People's Republic of Korea|DPRK|Korea, Democratic People's Republic of|Korea (North)|Korea, Dem. People's Rep.
        KR|Korea, South|South Korea|Republic of Korea|Korea, Republic of|Korea (South)
        KW|Kuwait
        KY|Cayman Islands
        KZ|Kazakhstan
        LA|Laos|Lao People's Democratic Republic
        LB|Lebanon
        LC|Saint Lucia
        LI|Liechtenstein
        LK|Sri Lanka
        LR|Liberia
        LS|Lesotho
        LT|Lithuania
        LU|Luxembourg
        LV|Latvia
        LY|Libya|Libyan Arab Jamahiriya
        MA|Morocco
        MC|Monaco
        MD|Moldova|Republic of Moldova|Moldova, Republic of
        ME|Montenegro
        MF|Saint Martin
        MG|Madagascar
        MH|Marshall Islands
        MK|North Macedonia|North Macedonia, The Republic of|Macedonia|The former Yugoslav Republic of Macedonia|Macedonia, The Former Yugoslav Republic of
        ML|Mali
        MM|Burma|Myanmar
        MN|Mongolia
        MO|Macau|Macao|China, Macao Special Administrative Region
        MP|Northern Mariana Islands
        MQ|Martinique
        MR|Mauritania
        MS|Montserrat
        MT|Malta
        MU|Mauritius
        MV|Maldives
        MW|Malawi
        MX|Mexico
        MY|Malaysia
        MZ|Mozambique
        NA|Namibia
        NC|New Caledonia
        NE|Niger
        NF|Norfolk Island
        NG|Nigeria
        NI|Nicaragua
        NL|Netherlands|The Netherlands
        NO|Norway
        NP|Nepal
        NR|Nauru
        NU|Niue
        NZ|New Zealand
        OM|Oman
        PA|Panama
        PE|Peru
        PF|French Polynesia
        PG|Papua New Guinea
        PH|Philippines
        PK|Pakistan
        PL|Poland
        PM|Saint Pierre and Miquelon
        PN|Pitcairn
        PR|Puerto Rico
        PS|Palestine|Palestinian|State of Palestine|Palestinian Territories|West Bank|Gaza|Region: Gaza|Occupied Palestinian Territory
        PT|Portugal
        PW|Palau
        PY|Paraguay
        QA|Qatar
        RE|Reunion
        RO|Romania
        RS|Serbia
        RU|Russia|Russian Federation
        RW|Rwanda
        SA|Saudi Arabia
        SB|Solomon Islands
        SC|Seychelles
        SD|Sudan
        SE|Sweden
        SG|Singapore
        SH|Saint Helena
        SI|Slovenia
        SJ|Svalbard and Jan Mayen
        SK|Slovakia
        SL|Sierra Leone
        SM|San Marino
        SN|Senegal
        SO|Somalia
        SR|Suriname
        SS|South Sudan
        ST|Sao Tome and Principe
        SV|El Salvador
        SX|Sint Maarten
        SY|Syria|Syrian Arab Republic
        SZ|Eswatini|Swaziland
        TC|Turks and Caicos Islands
        TD|Chad
        TF|French Southern Territories
        TG|Togo
        TH|Thailand
        TJ|Tajikistan
        TK|Tokelau
        TL|Timor-Leste|East Timor
        TM|Turkmenistan
        TN|Tunisia
        TO|Tonga
        TR|Turkey|Türkiye|Turkiye
        TT|Trinidad and Tobago
        TV|Tuvalu
        TW|Taiwan|Taiwan, Province of China
        TZ|Tanzania|United Republic of Tanzania|Tanzania, United Republic of
        UA|Ukraine
        UG|Uganda
        UM|United States Minor Outlying Islands
        US|United States|United States of America|USA|U.S.A.
        UY|Uruguay
        UZ|Uzbekistan
        VA|Holy See|Vatican City
        VC|Saint Vincent and the Grenadines
        VE|Venezuela|Venezuela (Bolivarian Republic of)
        VG|Virgin Islands, British|British Virgin Islands
        VI|Virgin Islands, U.S.|United States Virgin Islands
        VN|Vietnam|Viet Nam
        VU|Vanuatu
        WF|Wallis and Futuna
        WS|Samoa
        XK|Kosovo
        YE|Yemen
        YT|Mayotte
        ZA|South Africa
        ZM|Zambia
        ZW|Zimbabwe
        """;

    private static readonly FrozenDictionary<string, string> NameByCode;
    private static readonly FrozenDictionary<string, string> CodeByKey;

    static Countries()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            names[parts[0]] = parts[1];
            for (var i = 1; i < parts.Length; i++)
            {
                keys.TryAdd(Key(parts[i]), parts[0]);
            }
        }

        NameByCode = names.ToFrozenDictionary(StringComparer.Ordinal);
        CodeByKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>All known alpha-2 codes.</summary>
    public static IEnumerable<string> Codes => NameByCode.Keys;

    public static bool IsCode(string code) => NameByCode.ContainsKey(code);

    public static string? NameOf(string code) => NameByCode.GetValueOrDefault(code);

    /// <summary>
    /// Resolves a country name or code as published (any case, punctuation and "the" ignored) to its
    /// alpha-2 code. Returns false for names that are not countries ("undetermined", "Region: Northern Mali").
    /// </summary>
    public static bool TryResolve(string? text, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1]))
        {
            var upper = trimmed.ToUpperInvariant();
            if (NameByCode.ContainsKey(upper))
            {
                code = upper;
                return true;
            }
        }

        if (CodeByKey.TryGetValue(Key(trimmed), out var found))
        {
            code = found;
            return true;
        }

        return false;
    }

    public static string? Resolve(string? text) => TryResolve(text, out var code) ? code : null;

    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or ',' or '-' or '(' or ')' or '.' && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        var key = sb.ToString().Trim();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
