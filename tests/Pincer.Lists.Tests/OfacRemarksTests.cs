using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pincer.Core;
using Pincer.Lists;
using Pincer.Lists.Ofac;
using Pincer.Lists.Ofac.Internal;

namespace Pincer.Lists.Tests;

public sealed class OfacRemarksTests
{
    private static RemarksFacts Parse(string remarks, EntityKind kind = EntityKind.Person) => OfacRemarks.Parse(remarks, kind);

    // ---- dates of birth ---------------------------------------------------------------------

    [Theory]
    [InlineData("DOB 12 Mar 1965", "1965-03-12")]
    [InlineData("DOB Mar 1965", "1965-03")]
    [InlineData("DOB 1962", "1962")]
    [InlineData("DOB circa 1960", "~1960")]
    [InlineData("DOB 1960 to 1962", "1960..1962")]
    [InlineData("DOB 01 Jan 1960 to 31 Dec 1962", "1960-01-01..1962-12-31")]
    [InlineData("DOB circa 1960-1962", "~1960..1962")]
    [InlineData("alt. DOB 06 Apr 1955.", "1955-04-06")]
    public void Parse_DobForms_GiveDateSpan(string remarks, string expected)
    {
        var facts = Parse(remarks);

        facts.BirthDates.Should().ContainSingle().Which.ToString().Should().Be(expected);
        facts.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Parse_UnreadableDob_IsAProblem()
    {
        var facts = Parse("DOB 31 Feb 1965");

        facts.BirthDates.Should().BeEmpty();
        facts.Problems.Should().ContainSingle().Which.Should().Contain("DOB 31 Feb 1965");
    }

    [Fact]
    public void Parse_PobNationalityCitizenGender_GiveTypedFacts()
    {
        var facts = Parse("DOB 10 Dec 1948; POB Pyongyang, North Korea; nationality Korea, North; citizen Russia; Gender Male.");

        facts.BirthPlaces.Should().Equal("Pyongyang, North Korea");
        facts.Countries.Should().Equal(
            new CountryLink("KP", CountryRole.BirthPlace),
            new CountryLink("KP", CountryRole.Nationality),
            new CountryLink("RU", CountryRole.Citizenship));
        facts.Facts.Should().Equal(new EntityFact(FactNames.Gender, "Male"));
    }

    // ---- documents --------------------------------------------------------------------------

    [Fact]
    public void Parse_PassportWithCountryAndDates_KeepsNote()
    {
        var facts = Parse("Passport LR2006465 (Lebanon) issued 01 Feb 2021 expires 22 Feb 2031; alt. Diplomatic Passport 736410010 (Korea, North)");

        facts.Identifiers.Should().HaveCount(2);
        facts.Identifiers[0].Should().Be(new Identifier(IdentifierKind.Passport, "LR2006465", "LR2006465")
        {
            Country = "LB",
            Note = "issued 01 Feb 2021 expires 22 Feb 2031",
        });
        facts.Identifiers[1].Should().Be(new Identifier(IdentifierKind.Passport, "736410010", "736410010")
        {
            Country = "KP",
            Qualifier = "Diplomatic Passport",
        });
    }

    [Fact]
    public void Parse_PassportWithoutCountry_NoteStartsAtFirstLowerCaseWord()
    {
        var facts = Parse("Passport 381420754 issued 07 Dec 2011 expires 07 Dec 2016");

        var passport = facts.Identifiers.Should().ContainSingle().Which;
        passport.Value.Should().Be("381420754");
        passport.Country.Should().BeNull();
        passport.Note.Should().Be("issued 07 Dec 2011 expires 07 Dec 2016");
    }

    [Theory]
    [InlineData("National ID No. 216040 (Yemen)", IdentifierKind.NationalId, "National ID No.", "216040")]
    [InlineData("Identification Number 2.194.575 (Paraguay)", IdentifierKind.NationalId, "Identification Number", "2194575")]
    [InlineData("Personal ID Card 12345 (Iraq)", IdentifierKind.NationalId, "Personal ID Card", "12345")]
    [InlineData("Tax ID No. AABA 670850 Y (Mexico)", IdentifierKind.TaxId, "Tax ID No.", "AABA670850Y")]
    [InlineData("Tax Identification Number 7744001497 (Russia)", IdentifierKind.TaxId, "Tax Identification Number", "7744001497")]
    [InlineData("Registration Number 1027700167110 (Russia)", IdentifierKind.RegistrationNumber, "Registration Number", "1027700167110")]
    [InlineData("Business Registration Number 1037739709138 (Russia)", IdentifierKind.RegistrationNumber, "Business Registration Number", "1037739709138")]
    [InlineData("Unified Social Credit Code (USCC) 9113100033607322XK (China)", IdentifierKind.RegistrationNumber, "Unified Social Credit Code (USCC)", "9113100033607322XK")]
    [InlineData("Company Number 01074897 (United Kingdom)", IdentifierKind.RegistrationNumber, "Company Number", "01074897")]
    [InlineData("Commercial Registry Number HRB96201 (Germany)", IdentifierKind.RegistrationNumber, "Commercial Registry Number", "HRB96201")]
    public void Parse_DocumentLabels_GiveKindAndQualifier(string remarks, IdentifierKind kind, string qualifier, string value)
    {
        var id = Parse(remarks, EntityKind.Company).Identifiers.Should().ContainSingle().Which;

        id.Kind.Should().Be(kind);
        id.Qualifier.Should().Be(qualifier);
        id.Value.Should().Be(value);
        id.Country.Should().NotBeNull();
    }

    // ---- transport ---------------------------------------------------------------------------

    [Fact]
    public void Parse_VesselRemarks_GiveImoMmsiAndBuildYear()
    {
        var facts = Parse("Vessel Registration Identification IMO 9256860 (Russia); MMSI 273337970; Vessel Year of Build 2001.", EntityKind.Vessel);

        facts.Identifiers.Should().Equal(
            new Identifier(IdentifierKind.Imo, "9256860", "9256860") { Country = "RU" },
            new Identifier(IdentifierKind.Mmsi, "273337970", "273337970"));
        facts.Facts.Should().Equal(new EntityFact(FactNames.BuildYear, "2001"));
    }

    [Fact]
    public void Parse_ImoFailingCheckDigit_IsAProblemNotAnIdentifier()
    {
        var facts = Parse("Vessel Registration Identification IMO 9256861", EntityKind.Vessel);

        facts.Identifiers.Should().BeEmpty();
        facts.Problems.Should().Equal("'Vessel Registration Identification IMO 9256861': IMO 9256861 fails its check digit");
    }

    [Fact]
    public void Parse_ImoOnACompany_IsAnImoCompanyNumber()
    {
        var facts = Parse("Identification Number IMO 5342883; Company Number IMO 5055293.", EntityKind.Company);

        facts.Identifiers.Should().OnlyContain(i => i.Kind == IdentifierKind.RegistrationNumber && i.Qualifier == "IMO Company Number");
        facts.Identifiers.Select(i => i.Value).Should().Equal("5342883", "5055293");
        facts.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Parse_AircraftRemarks_GiveSerialsRegistrationIcaoAndFacts()
    {
        var facts = Parse(
            "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture Date 01 Dec 1992; "
            + "Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft Manufacturer's Serial Number (MSN) 1023409321; "
            + "Aircraft Tail Number EP-GOL; Previous Aircraft Tail Number YI-NAE; Aircraft Mode S Transponder Code 15C0B6.",
            EntityKind.Aircraft);

        facts.Identifiers.Should().Equal(
            new Identifier(IdentifierKind.AircraftSerial, "8401", "8401") { Qualifier = "Construction Number" },
            new Identifier(IdentifierKind.AircraftSerial, "1023409321", "1023409321") { Qualifier = "MSN" },
            new Identifier(IdentifierKind.AircraftRegistration, "EPGOL", "EP-GOL"),
            new Identifier(IdentifierKind.AircraftRegistration, "YINAE", "YI-NAE") { Qualifier = "Previous Aircraft Tail Number" },
            new Identifier(IdentifierKind.Icao24, "15C0B6", "15C0B6"));
        facts.Facts.Should().Equal(
            new EntityFact(FactNames.AircraftManufactureDate, "01 Dec 1992"),
            new EntityFact(FactNames.AircraftModel, "IL76-TD"),
            new EntityFact(FactNames.AircraftOperator, "YAS AIR"));
    }

    // ---- finance, contact, crypto -----------------------------------------------------------

    [Fact]
    public void Parse_CryptoAddresses_KeepTickerAsQualifier()
    {
        var facts = Parse(
            "Digital Currency Address - XBT 1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE; alt. Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96.",
            EntityKind.Organization);

        facts.Identifiers.Should().Equal(
            new Identifier(IdentifierKind.CryptoAddress, "1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE", "1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE") { Qualifier = "XBT" },
            new Identifier(IdentifierKind.CryptoAddress, "0x098b716b8aaf21512996dc57eb0615e2383e2f96", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96") { Qualifier = "ETH" });
    }

    [Fact]
    public void Parse_BicLeiEmailWebsitePhone_GiveIdentifiers()
    {
        var facts = Parse(
            "SWIFT/BIC KDBKKPPY; Legal Entity Number 253400WSS48YWMBUA688 (Russia); Email Address Info@Example.com; Website www.example.com; Phone Number +7 495 123 4567",
            EntityKind.Bank);

        facts.Identifiers.Select(i => i.ToString()).Should().Equal(
            "swift_bic:KDBKKPPY",
            "lei:253400WSS48YWMBUA688",
            "email:info@example.com",
            "website:www.example.com",
            "phone:+74951234567");
    }

    [Fact]
    public void Parse_MalformedBic_IsAProblem()
    {
        var facts = Parse("SWIFT/BIC KDBK1PPY", EntityKind.Bank);

        facts.Identifiers.Should().BeEmpty();
        facts.Problems.Should().ContainSingle().Which.Should().StartWith("'SWIFT/BIC KDBK1PPY': a SWIFT/BIC is 8 or 11 characters");
    }

    // ---- names and links ----------------------------------------------------------------------

    [Fact]
    public void Parse_AkaFkaNka_GiveNames()
    {
        var facts = Parse("a.k.a. 'ABU 'ABDALLAH'; f.k.a. 'KYONGYONG CREDIT BANK'; n.k.a. 'NEW NAME; LTD'; Linked To: AL-JAMAL, Sa'id Ahmad Muhammad.");

        facts.Names.Should().Equal(
            (NameKind.StrongAlias, "ABU 'ABDALLAH"),
            (NameKind.FormerName, "KYONGYONG CREDIT BANK"),
            (NameKind.NewName, "NEW NAME; LTD"));
        facts.LinkedTo.Should().Equal("AL-JAMAL, Sa'id Ahmad Muhammad.");
    }

    [Fact]
    public void Split_SemicolonInsideQuotedName_IsNotASeparator()
    {
        const string remarks = "a.k.a. 'A; B'; DOB 1960";

        var segments = OfacRemarks.Split(remarks).Select(r => remarks[r]).ToList();

        segments.Should().Equal("a.k.a. 'A; B'", "DOB 1960");
    }

    [Fact]
    public void Split_ApostropheInsideWord_DoesNotOpenAQuote()
    {
        const string remarks = "Linked To: AL-JAMAL, Sa'id; DOB 1960; POB Sana'a, Yemen";

        OfacRemarks.Split(remarks).Select(r => remarks[r]).Should().Equal("Linked To: AL-JAMAL, Sa'id", "DOB 1960", "POB Sana'a, Yemen");
    }

    [Fact]
    public void Parse_UnrecognisedSegments_AreIgnored()
    {
        var facts = Parse("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Target Type Financial Institution.");

        facts.Identifiers.Should().BeEmpty();
        facts.Problems.Should().BeEmpty();
    }

    // ---- properties ---------------------------------------------------------------------------

    private static string Clean(string? s) =>
        new((s ?? "").Where(c => c is not ('\r' or '\n') && !char.IsSurrogate(c) && c != '\u001A').ToArray());

    [Property]
    public bool CsvRowReader_RoundTripsQuotedFieldsItWrites(string?[] values)
    {
        var fields = (values.Length == 0 ? [""] : values).Select(Clean).ToArray();
        var line = string.Join(",", fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";
        var bytes = Encoding.UTF8.GetBytes(line);

        var reader = new CsvRowReader(bytes, "prop.csv");
        var slots = new CsvField[fields.Length + 1];
        if (!reader.TryReadRow(slots, out var count) || count != fields.Length)
        {
            return false;
        }

        var read = slots.Take(count).Select(f => f.GetString(bytes, trim: false) ?? "");
        return read.SequenceEqual(fields, StringComparer.Ordinal) && !reader.TryReadRow(slots, out _);
    }

    [Property]
    public bool CsvRowReader_CountsRowsAndFieldsOfUnquotedRows(PositiveInt rows, PositiveInt columns)
    {
        var r = Math.Min(rows.Get, 50);
        var c = Math.Min(columns.Get, 20);
        var text = string.Concat(Enumerable.Range(0, r).Select(i => string.Join(",", Enumerable.Range(0, c).Select(j => $"v{i}.{j}")) + "\r\n")) + "\u001A";
        var bytes = Encoding.ASCII.GetBytes(text);

        var reader = new CsvRowReader(bytes, "prop.csv");
        var slots = new CsvField[c + 1];
        var seen = 0;
        while (reader.TryReadRow(slots, out var count))
        {
            if (count != c || reader.RowLine != seen + 1 || slots[c - 1].GetString(bytes) != $"v{seen}.{c - 1}")
            {
                return false;
            }

            seen++;
        }

        return seen == r;
    }

    [Property]
    public bool CsvRowReader_StrayQuoteAfterClosingQuote_ThrowsWithColumn(NonEmptyString prefix)
    {
        var p = new string(Clean(prefix.Get).Where(ch => ch is >= 'A' and <= 'Z' or >= 'a' and <= 'z').ToArray());
        var line = $"1,\"{p}\"x\r\n";
        var bytes = Encoding.ASCII.GetBytes(line);
        try
        {
            var reader = new CsvRowReader(bytes, "prop.csv");
            reader.TryReadRow(new CsvField[4], out _);
            return false;
        }
        catch (ListFormatException ex)
        {
            return ex.Position == $"line 1, column {p.Length + 5}";
        }
    }

    [Property]
    public bool Split_PartsJoinBackToTheRemarks(NonEmptyString[] parts)
    {
        var segments = parts.Select(p => Clean(p.Get).Replace(";", ",", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)).ToArray();
        var remarks = string.Join("; ", segments);

        var split = OfacRemarks.Split(remarks).Select(r => remarks[r]);

        return string.Equals(string.Join("; ", split), remarks, StringComparison.Ordinal) || segments.Any(s => s.Length == 0);
    }

    [Property]
    public bool TryParsePartialDate_ReadsWhatOfacWrites(DateTime date)
    {
        var d = new DateOnly(Math.Max(date.Year, 1000), date.Month, date.Day);
        var text = d.ToString("dd MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

        return OfacRemarks.TryParsePartialDate(text, out var parsed) && parsed == PartialDate.FromDate(d);
    }
}
