using System.Globalization;
using System.Xml;
using Pincer.Core;
using Pincer.Lists.Xml;

namespace Pincer.Lists.Ofac;

/// <summary>
/// The single forward pass over an OFAC advanced XML document. Section order in the file is fixed
/// (reference values, locations, identity documents, parties, relationships, sanctions entries), so
/// parties are kept as builders until their sanctions entries have been read.
/// </summary>
internal sealed class OfacAdvancedParser(string fileName, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, Dictionary<int, string>> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _countryIso = [];
    private readonly Dictionary<int, int> _partySubTypeToType = [];
    private readonly Dictionary<int, string> _scriptCodes = [];
    private readonly Dictionary<int, LocationRecord> _locations = [];
    private readonly Dictionary<int, List<DocumentRecord>> _documentsByIdentity = [];
    private readonly Dictionary<int, PartyBuilder> _partiesByProfile = [];
    private readonly List<PartyBuilder> _parties = [];
    private readonly List<Relation> _relations = [];
    private readonly List<ReadIssue> _issues = [];
    private readonly Dictionary<int, int> _listCounts = [];
    private PartialDate? _published;

    public NameAtoms Names { get; } = new();

    public ListSnapshot Parse(XmlReader reader)
    {
        reader.MoveToContent();
        if (!ReferenceEquals(reader.LocalName, Names.Sanctions) || !string.Equals(reader.NamespaceURI, OfacAdvancedXmlReader.Namespace, StringComparison.Ordinal))
        {
            throw new ListFormatException(fileName, SafeXml.Position(reader), $"expected root element <Sanctions> in namespace {OfacAdvancedXmlReader.Namespace}, found <{reader.Name}>");
        }

        // Each top-level section is a list of records of one kind, read in file order.
        var sections = new Dictionary<string, Action<XmlReader>>(ReferenceEqualityComparer.Instance)
        {
            [Names.ReferenceValueSets] = ReadValueSet,
            [Names.Locations] = ReadLocation,
            [Names.IDRegDocuments] = ReadDocument,
            [Names.DistinctParties] = ReadParty,
            [Names.ProfileRelationships] = ReadRelationship,
            [Names.SanctionsEntries] = ReadSanctionsEntry,
        };
        ForEachChild(reader, () =>
        {
            if (ReferenceEquals(reader.LocalName, Names.DateOfIssue))
            {
                _published = ReadYmd(reader);
            }
            else if (sections.TryGetValue(reader.LocalName, out var readRecord))
            {
                ForEachChild(reader, () => readRecord(reader));
            }
            else
            {
                reader.Skip();
            }
        });

        if (_published is null)
        {
            throw new ListFormatException(fileName, null, "expected a <DateOfIssue> element with Year, Month and Day; found none");
        }

        var source = IsSdn() ? ListSources.OfacSdn : ListSources.OfacConsolidated;
        var entities = new List<Entity>(_parties.Count);
        foreach (var party in _parties)
        {
            entities.Add(party.Build(source, fileName));
        }

        return new ListSnapshot(source, _published)
        {
            Entities = entities,
            Relations = _relations.ConvertAll(r => r with
            {
                FromId = $"{source}:{r.FromId}",
                ToId = $"{source}:{r.ToId}",
                Provenance = r.Provenance is null ? null : r.Provenance with { Source = source },
            }),
            Issues = _issues,
            Format = "ofac-advanced-xml",
        };
    }

    private bool IsSdn()
    {
        var sdnId = Lookup("List").FirstOrDefault(kv => string.Equals(kv.Value, "SDN List", StringComparison.Ordinal)).Key;
        var sdn = _listCounts.GetValueOrDefault(sdnId);
        return sdn * 2 >= _listCounts.Values.Sum();
    }

    // ---- reference values -------------------------------------------------------------------

    private void ReadValueSet(XmlReader reader)
    {
        // <AliasTypeValues><AliasType ID="1400">A.K.A.</AliasType>…</AliasTypeValues>
        var setName = reader.LocalName.EndsWith("Values", StringComparison.Ordinal) ? reader.LocalName[..^"Values".Length] : reader.LocalName;
        var map = Lookup(setName);
        ForEachChild(reader, () =>
        {
            var id = IntAttribute(reader, Names.ID);
            if (ReferenceEquals(reader.LocalName, Names.Country))
            {
                var iso = reader.GetAttribute(Names.ISO2);
                if (!string.IsNullOrEmpty(iso))
                {
                    _countryIso[id] = iso;
                }
            }
            else if (ReferenceEquals(reader.LocalName, Names.PartySubType))
            {
                _partySubTypeToType[id] = IntAttribute(reader, Names.PartyTypeID);
            }
            else if (ReferenceEquals(reader.LocalName, Names.Script))
            {
                _scriptCodes[id] = reader.GetAttribute(Names.ScriptCode) ?? "";
            }

            map[id] = reader.IsEmptyElement ? SkipEmpty(reader) : reader.ReadElementContentAsString();
        });
    }

    private Dictionary<int, string> Lookup(string set)
    {
        if (!_values.TryGetValue(set, out var map))
        {
            map = [];
            _values[set] = map;
        }

        return map;
    }

    private string Value(string set, int id) => Lookup(set).GetValueOrDefault(id, "");

    // ---- locations --------------------------------------------------------------------------

    private void ReadLocation(XmlReader reader)
    {
        var id = IntAttribute(reader, Names.ID);
        var location = new LocationRecord();
        ForEachChild(reader, () =>
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, Names.LocationCountry))
            {
                location.CountryId = IntAttribute(reader, Names.CountryID);
                reader.Skip();
            }
            else if (ReferenceEquals(name, Names.LocationPart))
            {
                var partType = Value("LocPartType", IntAttribute(reader, Names.LocPartTypeID));
                string? text = null;
                ForEachDescendant(reader, () =>
                {
                    if (ReferenceEquals(reader.LocalName, Names.Value))
                    {
                        var value = reader.ReadElementContentAsString().Trim();
                        text ??= value;
                        return true;
                    }

                    return false;
                });
                if (!string.IsNullOrEmpty(text))
                {
                    location.Parts.Add((partType, text));
                }
            }
            else
            {
                reader.Skip();
            }
        });
        _locations[id] = location;
    }

    // ---- identity documents ------------------------------------------------------------------

    private void ReadDocument(XmlReader reader)
    {
        var doc = new DocumentRecord
        {
            TypeId = IntAttribute(reader, Names.IDRegDocTypeID),
            IdentityId = IntAttribute(reader, Names.IdentityID),
            CountryId = OptionalIntAttribute(reader, Names.IssuedByCountryID),
            ValidityId = OptionalIntAttribute(reader, Names.ValidityID),
            Line = LineOf(reader),
        };
        ForEachChild(reader, () =>
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, Names.IDRegistrationNo))
            {
                doc.Number = reader.ReadElementContentAsString().Trim();
            }
            else if (ReferenceEquals(name, Names.IssuingAuthority))
            {
                var authority = reader.IsEmptyElement ? SkipEmpty(reader) : reader.ReadElementContentAsString().Trim();
                if (authority.Length > 0)
                {
                    doc.Notes.Add("issued by " + authority);
                }
            }
            else if (ReferenceEquals(name, Names.DocumentDate))
            {
                var dateType = Value("IDRegDocDateType", IntAttribute(reader, Names.IDRegDocDateTypeID));
                DateSpan? span = null;
                ForEachChildNamed(reader, Names.DatePeriod, () =>
                {
                    span = ReadDatePeriod(reader);
                });
                if (span is { } s)
                {
                    doc.Notes.Add(string.Equals(dateType, "Expiration Date", StringComparison.Ordinal) ? $"expires {s}" : $"issued {s}");
                }
            }
            else if (ReferenceEquals(name, Names.Comment))
            {
                var comment = reader.IsEmptyElement ? SkipEmpty(reader) : reader.ReadElementContentAsString().Trim();
                if (comment.Length > 0)
                {
                    doc.Notes.Add(comment);
                }
            }
            else
            {
                reader.Skip();
            }
        });

        if (!_documentsByIdentity.TryGetValue(doc.IdentityId, out var list))
        {
            list = [];
            _documentsByIdentity[doc.IdentityId] = list;
        }

        list.Add(doc);
    }

    // ---- parties ------------------------------------------------------------------------------

    private void ReadParty(XmlReader reader)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var party = new PartyBuilder { FixedRef = IntAttribute(reader, Names.FixedRef), Line = LineOf(reader) };
        ForEachChildNamed(reader, Names.Profile, () =>
        {
            ReadProfile(reader, party);
        });

        var typeId = _partySubTypeToType.GetValueOrDefault(party.SubTypeId);
        var partyType = Value("PartyType", typeId);
        var subType = Value("PartySubType", party.SubTypeId);
        party.Kind = partyType switch
        {
            "Individual" => EntityKind.Person,
            "Transport" when string.Equals(subType, "Vessel", StringComparison.Ordinal) => EntityKind.Vessel,
            "Transport" when string.Equals(subType, "Aircraft", StringComparison.Ordinal) => EntityKind.Aircraft,
            _ => EntityKind.Organization,
        };
        _parties.Add(party);
    }

    private void ReadProfile(XmlReader reader, PartyBuilder party)
    {
        party.ProfileId = IntAttribute(reader, Names.ID);
        party.SubTypeId = IntAttribute(reader, Names.PartySubTypeID);
        _partiesByProfile[party.ProfileId] = party;
        ForEachChild(reader, () =>
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, Names.Identity))
            {
                ReadIdentity(reader, party);
            }
            else if (ReferenceEquals(name, Names.Feature))
            {
                ReadFeature(reader, party);
            }
            else
            {
                reader.Skip();
            }
        });
    }

    private void ReadIdentity(XmlReader reader, PartyBuilder party)
    {
        var identityId = IntAttribute(reader, Names.ID);
        var names = new List<(NameKind Kind, List<(int Group, string Text, int Script)> Parts)>();
        var groupTypes = new Dictionary<int, int>();
        ForEachChild(reader, () =>
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, Names.Alias))
            {
                var aliasType = Value("AliasType", IntAttribute(reader, Names.AliasTypeID));
                var lowQuality = string.Equals(reader.GetAttribute(Names.LowQuality), "true", StringComparison.Ordinal);
                var kind = aliasType switch
                {
                    "Name" => NameKind.Primary,
                    "F.K.A." => NameKind.FormerName,
                    "N.K.A." => NameKind.NewName,
                    _ => lowQuality ? NameKind.WeakAlias : NameKind.StrongAlias,
                };
                ForEachChild(reader, () =>
                {
                    if (!ReferenceEquals(reader.LocalName, Names.DocumentedName))
                    {
                        reader.Skip();
                        return;
                    }

                    var parts = new List<(int, string, int)>(3);
                    ForEachDescendant(reader, () =>
                    {
                        if (!ReferenceEquals(reader.LocalName, Names.NamePartValue))
                        {
                            return false;
                        }

                        var group = IntAttribute(reader, Names.NamePartGroupID);
                        var script = OptionalIntAttribute(reader, Names.ScriptID) ?? 0;
                        parts.Add((group, reader.ReadElementContentAsString().Trim(), script));
                        return true;
                    });
                    names.Add((kind, parts));
                });
            }
            else if (ReferenceEquals(name, Names.NamePartGroups))
            {
                ForEachDescendant(reader, () =>
                {
                    if (!ReferenceEquals(reader.LocalName, Names.NamePartGroup))
                    {
                        return false;
                    }

                    groupTypes[IntAttribute(reader, Names.ID)] = IntAttribute(reader, Names.NamePartTypeID);
                    reader.Skip();
                    return true;
                });
            }
            else
            {
                reader.Skip();
            }
        });

        foreach (var (kind, parts) in names)
        {
            party.Names.Add(ComposeName(kind, parts, groupTypes));
        }

        if (_documentsByIdentity.Remove(identityId, out var documents))
        {
            foreach (var document in documents)
            {
                AddDocument(party, document);
            }
        }
    }

    private EntityName ComposeName(NameKind kind, List<(int Group, string Text, int Script)> parts, Dictionary<int, int> groupTypes)
    {
        string full;
        string? given = null;
        string? family = null;
        if (parts.Count == 1)
        {
            full = parts[0].Text;
        }
        else
        {
            full = string.Join(' ', parts.Select(p => p.Text));
            foreach (var (group, text, _) in parts)
            {
                switch (Value("NamePartType", groupTypes.GetValueOrDefault(group)))
                {
                    case "Last Name":
                        family = family is null ? text : family + " " + text;
                        break;
                    case "First Name":
                    case "Middle Name":
                        given = given is null ? text : given + " " + text;
                        break;
                }
            }
        }

        var scriptId = parts.Count > 0 ? parts[0].Script : 0;
        var script = ScriptCode(scriptId, full);
        return new EntityName(full, kind, script) { Given = given, Family = family };
    }

    private string ScriptCode(int scriptId, string text)
    {
        var code = _scriptCodes.GetValueOrDefault(scriptId, "");
        return code switch
        {
            "Latin" => "Latn",
            "Hebrew" => "Hebr",
            "Japanese" => "Jpan",
            "Korean" => "Kore",
            "Hans" or "Hant" => "Hani",
            { Length: 4 } => code,
            _ => EntityName.DetectScript(text),
        };
    }

    private void AddDocument(PartyBuilder party, DocumentRecord doc)
    {
        var type = Value("IDRegDocType", doc.TypeId);
        var kind = DocumentKind(type);
        var qualifier = kind is IdentifierKind.Imo or IdentifierKind.Mmsi or IdentifierKind.Lei ? null : type;
        var id = Identifier.TryCreate(kind, doc.Number ?? "", out var error, qualifier);
        if (id is null)
        {
            _issues.Add(new ReadIssue($"{fileName}:line {doc.Line}", $"FixedRef {party.FixedRef}: {type} '{doc.Number}' not kept: {error}"));
            return;
        }

        var fraudulent = doc.ValidityId is { } v && string.Equals(Value("Validity", v), "Fraudulent", StringComparison.Ordinal);
        if (fraudulent)
        {
            doc.Notes.Insert(0, "fraudulent");
        }

        party.Identifiers.Add(id with
        {
            Country = doc.CountryId is { } c ? _countryIso.GetValueOrDefault(c) : null,
            Note = doc.Notes.Count == 0 ? null : string.Join("; ", doc.Notes),
        });
    }

    internal static IdentifierKind DocumentKind(string type) => type switch
    {
        "Vessel Registration Identification" => IdentifierKind.Imo,
        "MMSI" => IdentifierKind.Mmsi,
        "Aircraft Serial Identification" => IdentifierKind.AircraftSerial,
        "Legal Entity Number" => IdentifierKind.Lei,
        _ when type.Contains("Passport", StringComparison.OrdinalIgnoreCase) => IdentifierKind.Passport,
        _ when type.Contains("Tax", StringComparison.OrdinalIgnoreCase) || type is "NIT #" or "R.F.C." or "RFC" or "C.U.I.T." or "V.A.T. Number"
            or "Fiscal Code" or "Italian Fiscal Code" or "US FEIN" or "RUC #" or "RIF #" or "C.I.F." or "N.I.F." or "RTN"
            or "Romanian Tax Registration" or "Numero Unico de Identificacao Tributaria (NUIT)" or "Paraguayan tax identification number" => IdentifierKind.TaxId,
        _ when type.Contains("Regist", StringComparison.OrdinalIgnoreCase) || type.Contains("Company", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Business", StringComparison.OrdinalIgnoreCase) || type.Contains("Credit Code", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Incorporation", StringComparison.OrdinalIgnoreCase) || type.Contains("Enterprise", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Chamber", StringComparison.OrdinalIgnoreCase) || type.Contains("License", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Organization Code", StringComparison.OrdinalIgnoreCase) || type.Contains("Mercantil", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Commercial Registry", StringComparison.OrdinalIgnoreCase) || type is "C.R. No." or "Romanian C.R." or "Branch Unit Number"
            or "Government Gazette Number" or "Trademark number" or "Permit Number" or "File Number" => IdentifierKind.RegistrationNumber,
        _ when type.Contains("ID", StringComparison.Ordinal) || type.Contains("Identi", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Cedula", StringComparison.OrdinalIgnoreCase) || type is "D.N.I." or "SSN" or "C.U.R.P." or "N.I.E." or "C.I.N."
            or "CNP (Personal Numerical Code)" or "Citizen's Card Number" or "Birth Certificate Number" or "Residency Number"
            or "Credencial electoral" or "I.F.E." or "Electoral Registry No." or "C.U.I." or "C.U.I.P." => IdentifierKind.NationalId,
        _ => IdentifierKind.Other,
    };

    private void ReadFeature(XmlReader reader, PartyBuilder party)
    {
        var type = Value("FeatureType", IntAttribute(reader, Names.FeatureTypeID));
        var line = LineOf(reader);
        string? text = null;
        int? detailRef = null;
        int? locationId = null;
        DateSpan? date = null;
        ForEachDescendant(reader, () =>
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, Names.VersionDetail))
            {
                detailRef ??= OptionalIntAttribute(reader, Names.DetailReferenceID);
                var value = reader.IsEmptyElement ? SkipEmpty(reader) : reader.ReadElementContentAsString().Trim();
                if (value.Length > 0)
                {
                    text ??= value;
                }

                return true;
            }

            if (ReferenceEquals(name, Names.VersionLocation))
            {
                locationId ??= OptionalIntAttribute(reader, Names.LocationID);
                reader.Skip();
                return true;
            }

            if (ReferenceEquals(name, Names.DatePeriod))
            {
                var period = ReadDatePeriod(reader);
                date ??= period;
                return true;
            }

            return false;
        });

        text ??= detailRef is { } d ? Value("DetailReference", d) : null;
        ApplyFeature(party, type, text, locationId, date, line);
    }

    private void ApplyFeature(PartyBuilder party, string type, string? text, int? locationId, DateSpan? date, int line)
    {
        const string CryptoPrefix = "Digital Currency Address - ";
        switch (type)
        {
            case "Birthdate":
                if (date is { } dob)
                {
                    party.BirthDates.Add(dob);
                }

                return;
            case "Place of Birth":
                AddText(party.BirthPlaces, text);
                return;
            case "Nationality Country":
                AddCountry(party, ResolveCountry(party, type, locationId, text, line), CountryRole.Nationality);
                return;
            case "Citizenship Country":
                AddCountry(party, ResolveCountry(party, type, locationId, text, line), CountryRole.Citizenship);
                return;
            case "Nationality of Registration":
            case "Registration Country":
                AddCountry(party, ResolveCountry(party, type, locationId, text, line), CountryRole.Jurisdiction);
                return;
            case "Vessel Flag":
            case "Other Vessel Flag":
                AddCountry(party, Countries.Resolve(text) ?? LocationCountry(locationId), CountryRole.Flag);
                AddFact(party, string.Equals(type, "Vessel Flag", StringComparison.Ordinal) ? "flag" : "other_flag", text);
                return;
            case "Location":
                if (locationId is { } loc && _locations.TryGetValue(loc, out var location))
                {
                    var address = location.ToAddress(_countryIso);
                    party.Addresses.Add(address);
                    AddCountry(party, address.Country, CountryRole.Address);
                }

                return;
            case "SWIFT/BIC":
                AddIdentifier(party, IdentifierKind.Bic, text, null, line);
                return;
            case "Website":
                AddIdentifier(party, IdentifierKind.Website, text, null, line);
                return;
            case "Email Address":
                AddIdentifier(party, IdentifierKind.Email, text, null, line);
                return;
            case "Phone Number":
                AddIdentifier(party, IdentifierKind.Phone, text, null, line);
                return;
            case "Vessel Call Sign":
            case "Other Vessel Call Sign":
                AddIdentifier(party, IdentifierKind.CallSign, text, null, line);
                return;
            case "Aircraft Construction Number (also called L/N or S/N or F/N)":
            case "Aircraft Manufacturer's Serial Number (MSN)":
                AddIdentifier(party, IdentifierKind.AircraftSerial, text, type.StartsWith("Aircraft Construction", StringComparison.Ordinal) ? "construction number" : "MSN", line);
                return;
            case "Aircraft Tail Number":
                AddIdentifier(party, IdentifierKind.AircraftRegistration, text, null, line);
                return;
            case "Previous Aircraft Tail Number":
                AddIdentifier(party, IdentifierKind.AircraftRegistration, text, "previous", line);
                return;
            case "Aircraft Mode S Transponder Code":
                AddIdentifier(party, IdentifierKind.Icao24, text, null, line);
                return;
            case "VESSEL TYPE":
                AddFact(party, FactNames.VesselType, text);
                return;
            case "Vessel Owner":
                AddFact(party, FactNames.VesselOwner, text);
                return;
            case "Vessel Tonnage":
                AddFact(party, FactNames.Tonnage, text);
                return;
            case "Vessel Gross Registered Tonnage":
                AddFact(party, FactNames.GrossRegisteredTonnage, text);
                return;
            case "Vessel Year of Build":
                AddFact(party, FactNames.BuildYear, text ?? date?.ToString());
                return;
            case "Aircraft Model":
                AddFact(party, FactNames.AircraftModel, text);
                return;
            case "Aircraft Operator":
                AddFact(party, FactNames.AircraftOperator, text);
                return;
            case "Aircraft Manufacture Date":
                AddFact(party, FactNames.AircraftManufactureDate, date?.ToString() ?? text);
                return;
            case "Gender":
                AddFact(party, FactNames.Gender, text);
                return;
            case "Title":
                AddFact(party, FactNames.Title, text);
                return;
        }

        if (type.StartsWith(CryptoPrefix, StringComparison.Ordinal))
        {
            AddIdentifier(party, IdentifierKind.CryptoAddress, text, type[CryptoPrefix.Length..].Trim(), line);
            return;
        }

        // Anything else (directive information, IFCA determinations, organisation type …) is kept as a labelled fact.
        AddFact(party, type.TrimEnd(' ', ':', '-'), text ?? date?.ToString());
    }

    private string? ResolveCountry(PartyBuilder party, string feature, int? locationId, string? text, int line)
    {
        var code = LocationCountry(locationId) ?? Countries.Resolve(text);
        if (code is null)
        {
            var shown = text ?? (locationId is { } id && _locations.TryGetValue(id, out var l) ? string.Join(", ", l.Parts.Select(p => p.Text)) : "");
            if (shown.Length > 0)
            {
                _issues.Add(new ReadIssue($"{fileName}:line {line}", $"FixedRef {party.FixedRef}: {feature} '{shown}' is not an ISO 3166 country; left out"));
            }
        }

        return code;
    }

    /// <summary>
    /// The country of a location. Nationality and citizenship locations carry no LocationCountry but a
    /// single part of type "Unknown" holding the country's name ("Korea, North"), resolved by name.
    /// </summary>
    private string? LocationCountry(int? locationId)
    {
        if (locationId is not { } id || !_locations.TryGetValue(id, out var location))
        {
            return null;
        }

        if (location.CountryId is { } c && _countryIso.TryGetValue(c, out var iso))
        {
            return iso;
        }

        foreach (var (_, text) in location.Parts)
        {
            if (Countries.TryResolve(text, out var code))
            {
                return code;
            }
        }

        return null;
    }

    private static void AddCountry(PartyBuilder party, string? code, CountryRole role)
    {
        if (code is null)
        {
            return;
        }

        var link = new CountryLink(code, role);
        if (!party.Countries.Contains(link))
        {
            party.Countries.Add(link);
        }
    }

    private static void AddText(List<string> list, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            list.Add(text);
        }
    }

    private static void AddFact(PartyBuilder party, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            party.Facts.Add(new EntityFact(name, value));
        }
    }

    private void AddIdentifier(PartyBuilder party, IdentifierKind kind, string? raw, string? qualifier, int line)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        var id = Identifier.TryCreate(kind, raw, out var error, qualifier);
        if (id is null)
        {
            _issues.Add(new ReadIssue($"{fileName}:line {line}", $"FixedRef {party.FixedRef}: {kind.ToName()} '{raw}' not kept: {error}"));
            return;
        }

        party.Identifiers.Add(id);
    }

    // ---- relationships and sanctions entries ---------------------------------------------------

    private void ReadRelationship(XmlReader reader)
    {
        var from = IntAttribute(reader, Names.FromProfileID);
        var to = IntAttribute(reader, Names.ToProfileID);
        var label = Value("RelationType", IntAttribute(reader, Names.RelationTypeID));
        var former = string.Equals(reader.GetAttribute(Names.Former), "true", StringComparison.Ordinal);
        var line = LineOf(reader);
        reader.Skip();
        var fromRef = _partiesByProfile.TryGetValue(from, out var f) ? f.FixedRef : from;
        var toRef = _partiesByProfile.TryGetValue(to, out var t) ? t.FixedRef : to;
        _relations.Add(new Relation(fromRef.ToString(CultureInfo.InvariantCulture), toRef.ToString(CultureInfo.InvariantCulture), RelationKindOf(label))
        {
            Former = former,
            Label = label,
            Provenance = new Provenance("", $"{fileName}:line {line}"),
        });
    }

    internal static RelationKind RelationKindOf(string label) => label switch
    {
        "Owned or Controlled By" => RelationKind.OwnedOrControlledBy,
        "Owns, controls, or operates" => RelationKind.OwnsControlsOrOperates,
        "Acting for or on behalf of" => RelationKind.ActingFor,
        "Providing support to" => RelationKind.ProvidingSupportTo,
        "Family member of" => RelationKind.FamilyMemberOf,
        "Leader or official of" => RelationKind.LeaderOrOfficialOf,
        "Principal Executive Officer" => RelationKind.PrincipalExecutiveOfficer,
        "Property in the interest of" => RelationKind.PropertyInInterestOf,
        "playing a significant role in" => RelationKind.SignificantRoleIn,
        _ => RelationKind.LinkedTo,
    };

    private void ReadSanctionsEntry(XmlReader reader)
    {
        var profileId = IntAttribute(reader, Names.ProfileID);
        var listId = IntAttribute(reader, Names.ListID);
        var line = LineOf(reader);
        _listCounts[listId] = _listCounts.GetValueOrDefault(listId) + 1;
        PartialDate? listed = null;
        var programs = new List<string>();
        var measures = new List<string>();
        ForEachChild(reader, () =>
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, Names.EntryEvent))
            {
                ForEachChildNamed(reader, Names.Date, () =>
                {
                    var date = ReadYmd(reader);
                    if (listed is null || date < listed)
                    {
                        listed = date;
                    }
                });
            }
            else if (ReferenceEquals(name, Names.SanctionsMeasure))
            {
                var measureType = Value("SanctionsType", IntAttribute(reader, Names.SanctionsTypeID));
                string? comment = null;
                ForEachChildNamed(reader, Names.Comment, () =>
                {
                    comment = reader.IsEmptyElement ? SkipEmpty(reader) : reader.ReadElementContentAsString().Trim();
                });
                if (string.Equals(measureType, "Program", StringComparison.Ordinal))
                {
                    if (!string.IsNullOrEmpty(comment) && !programs.Contains(comment))
                    {
                        programs.Add(comment);
                    }
                }
                else if (!measures.Contains(measureType))
                {
                    measures.Add(measureType);
                }
            }
            else
            {
                reader.Skip();
            }
        });

        if (!_partiesByProfile.TryGetValue(profileId, out var party))
        {
            _issues.Add(new ReadIssue($"{fileName}:line {line}", $"SanctionsEntry for ProfileID {profileId}, which is not a DistinctParty of this file"));
            return;
        }

        var list = Value("List", listId);
        party.Designations.Add(new Designation("US-OFAC", string.Equals(list, "SDN List", StringComparison.Ordinal) ? "SDN" : list)
        {
            Programs = programs,
            ListedOn = listed,
            Measures = measures,
            References = [party.FixedRef.ToString(CultureInfo.InvariantCulture)],
        });
    }

    // ---- dates --------------------------------------------------------------------------------

    /// <summary>Reads an element whose children are Year, Month, Day (DateOfIssue, Date, From, To).</summary>
    private PartialDate? ReadYmd(XmlReader reader)
    {
        int year = 0, month = 0, day = 0;
        var position = SafeXml.Position(reader);
        ForEachChild(reader, () =>
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, Names.Year))
            {
                year = reader.ReadElementContentAsInt();
            }
            else if (ReferenceEquals(name, Names.Month))
            {
                month = reader.ReadElementContentAsInt();
            }
            else if (ReferenceEquals(name, Names.Day))
            {
                day = reader.ReadElementContentAsInt();
            }
            else
            {
                reader.Skip();
            }
        });

        if (year == 0)
        {
            return null;
        }

        if (!PartialDate.TryCreate(year, month, day, out var date))
        {
            throw new ListFormatException(fileName, position, $"expected a calendar date, found year {year}, month {month}, day {day}");
        }

        return date;
    }

    /// <summary>
    /// DatePeriod → DateSpan. OFAC writes a year-only date as 1 Jan … 31 Dec and a month-only date as
    /// the first … last day of that month; those collapse back to partial dates.
    /// </summary>
    private DateSpan? ReadDatePeriod(XmlReader reader)
    {
        PartialDate? earliest = null;
        PartialDate? latest = null;
        var approximate = false;
        ForEachChild(reader, () =>
        {
            var isStart = ReferenceEquals(reader.LocalName, Names.Start);
            var isEnd = ReferenceEquals(reader.LocalName, Names.End);
            if (!isStart && !isEnd)
            {
                reader.Skip();
                return;
            }

            approximate |= string.Equals(reader.GetAttribute(Names.Approximate), "true", StringComparison.Ordinal);
            ForEachChild(reader, () =>
            {
                var isFrom = ReferenceEquals(reader.LocalName, Names.From);
                var isTo = ReferenceEquals(reader.LocalName, Names.To);
                if (!isFrom && !isTo)
                {
                    reader.Skip();
                    return;
                }

                var date = ReadYmd(reader);
                if (isStart && isFrom)
                {
                    earliest = date;
                }
                else if (isEnd && isTo)
                {
                    latest = date;
                }
            });
        });

        if (earliest is null && latest is null)
        {
            return null;
        }

        var from = earliest ?? latest!.Value;
        var to = latest ?? from;
        return Collapse(from, to, approximate);
    }

    internal static DateSpan Collapse(PartialDate from, PartialDate to, bool approximate)
    {
        if (from.HasDay && to.HasDay && from.Year == to.Year)
        {
            if (from.Month == 1 && from.Day == 1 && to.Month == 12 && to.Day == 31)
            {
                return new DateSpan(new PartialDate(from.Year), new PartialDate(from.Year), approximate);
            }

            if (from.Month == to.Month && from.Day == 1 && to.Day == DateTime.DaysInMonth(to.Year, to.Month) && to.Day != 1)
            {
                var month = new PartialDate(from.Year, from.Month);
                return new DateSpan(month, month, approximate);
            }
        }

        // A multi-year range written as 1 Jan Y1 … 31 Dec Y2 is a range of years.
        if (from.HasDay && to.HasDay && from.Month == 1 && from.Day == 1 && to.Month == 12 && to.Day == 31)
        {
            return new DateSpan(new PartialDate(from.Year), new PartialDate(to.Year), approximate);
        }

        return new DateSpan(from, to, approximate);
    }

    // ---- XmlReader plumbing ----------------------------------------------------------------------

    /// <summary>
    /// Calls <paramref name="onChild"/> for every child element of the current element. The callback
    /// must consume its element completely (Skip or ReadElementContent…); the reader ends on the node
    /// after the parent's end tag.
    /// </summary>
    private static void ForEachChild(XmlReader reader, Action onChild) =>
        ForEachDescendant(reader, () =>
        {
            onChild();
            return true; // consumed: children are visited, never descended into
        });

    /// <summary>Like <see cref="ForEachChild"/>, but only for children named <paramref name="name"/>; others are skipped.</summary>
    private static void ForEachChildNamed(XmlReader reader, string name, Action onChild) =>
        ForEachChild(reader, () =>
        {
            if (ReferenceEquals(reader.LocalName, name))
            {
                onChild();
            }
            else
            {
                reader.Skip();
            }
        });

    /// <summary>
    /// Visits every descendant element; <paramref name="onElement"/> returns true when it consumed the
    /// element, false to descend into it.
    /// </summary>
    private static void ForEachDescendant(XmlReader reader, Func<bool> onElement)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && onElement())
            {
                continue;
            }

            reader.Read();
        }

        if (reader.EOF)
        {
            throw new XmlException("Unexpected end of file: the document is truncated.");
        }

        reader.Read();
    }

    private static string SkipEmpty(XmlReader reader)
    {
        reader.Read();
        return "";
    }

    private int IntAttribute(XmlReader reader, string name)
    {
        var value = reader.GetAttribute(name);
        if (value is null || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result))
        {
            throw new ListFormatException(fileName, SafeXml.Position(reader), $"expected an integer attribute {name} on <{reader.LocalName}>, found {(value is null ? "none" : $"'{value}'")}");
        }

        return result;
    }

    private static int? OptionalIntAttribute(XmlReader reader, string name)
    {
        var value = reader.GetAttribute(name);
        return value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result) ? result : null;
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
