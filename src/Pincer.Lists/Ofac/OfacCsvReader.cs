using System.Buffers;
using System.Globalization;
using System.Text;
using Pincer.Core;
using Pincer.Lists.Ofac.Internal;

namespace Pincer.Lists.Ofac;

/// <summary>
/// Reads OFAC's legacy CSV file sets: the SDN list (<c>sdn.csv</c>, <c>add.csv</c>, <c>alt.csv</c>,
/// <c>sdn_comments.csv</c>) or the consolidated non-SDN list (<c>cons_prim.csv</c>, <c>cons_add.csv</c>,
/// <c>cons_alt.csv</c>, <c>cons_comments.csv</c>). The input is the folder or the main file; only the
/// main file is required. Entity ids are <c>{source}:{ent_num}</c>, the same as the Advanced XML
/// reader's (FixedRef = ent_num), so versions compare across formats.
/// </summary>
public sealed class OfacCsvReader : IListReader
{
    /// <summary>OFAC cuts the remarks column at this many characters and continues it in the comments file.</summary>
    private const int RemarksLimit = 1000;

    private const int ProgressEvery = 1 << 18;

    public string Format => "ofac-csv";

    public bool CanRead(ListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var set = FileSet.Locate(input);
            if (set is null)
            {
                // A single file with another name: judge it by content alone.
                return !input.IsDirectory && LooksLikeMainRow(input.Head);
            }

            var main = input.IsDirectory || !string.Equals(set.Main, input.Path, StringComparison.Ordinal)
                ? ListInput.FromPath(set.Main)
                : input;
            return LooksLikeMainRow(main.Head);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public ListSnapshot Read(ListInput input, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var set = FileSet.Locate(input)
                  ?? (input.IsDirectory
                      ? throw new ListFormatException(input.Path, null, "expected a folder holding sdn.csv or cons_prim.csv")
                      : FileSet.ForMain(input.Path));
        return new ReadRun(set, progress, cancellationToken).Run();
    }

    /// <summary>True when the first line of <paramref name="head"/> is an OFAC main-file row (sdn.csv / cons_prim.csv).</summary>
    internal static bool LooksLikeMainRow(ReadOnlySpan<byte> head)
    {
        var lineEnd = head.IndexOfAny((byte)'\r', (byte)'\n');
        var line = lineEnd >= 0 ? head[..lineEnd] : head;
        if (line.IsEmpty || line.IndexOf("-0-"u8) < 0)
        {
            return false;
        }

        try
        {
            var reader = new CsvRowReader(line, "(head)");
            Span<CsvField> fields = stackalloc CsvField[MainColumns.Count + 1];
            if (!reader.TryReadRow(fields, out var count) || count != MainColumns.Count)
            {
                return false;
            }

            var entNum = fields[MainColumns.EntNum].Slice(line);
            if (entNum.IsEmpty || entNum.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            {
                return false;
            }

            var name = fields[MainColumns.Name];
            if (!name.Quoted || name.Length == 0)
            {
                return false;
            }

            var type = fields[MainColumns.Type];
            if (type.IsNull(line))
            {
                return true;
            }

            var t = type.Slice(line);
            return t.SequenceEqual("individual"u8) || t.SequenceEqual("vessel"u8) || t.SequenceEqual("aircraft"u8);
        }
        catch (ListFormatException)
        {
            return false;
        }
    }

    private static class MainColumns
    {
        public const int EntNum = 0;
        public const int Name = 1;
        public const int Type = 2;
        public const int Program = 3;
        public const int Title = 4;
        public const int CallSign = 5;
        public const int VesselType = 6;
        public const int Tonnage = 7;
        public const int Grt = 8;
        public const int VesselFlag = 9;
        public const int VesselOwner = 10;
        public const int Remarks = 11;
        public const int Count = 12;
    }

    /// <summary>The files of one set. Paths of missing siblings are null.</summary>
    private sealed record FileSet(string Source, string List, string Main, string? Add, string? Alt, string? Comments)
    {
        private static readonly string[] SdnNames = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];
        private static readonly string[] ConsNames = ["cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"];

        public static FileSet? Locate(ListInput input)
        {
            if (input.IsDirectory)
            {
                if (Find(input.Path, SdnNames[0]) is { } sdn)
                {
                    return Build(input.Path, sdn, SdnNames, ListSources.OfacSdn, "SDN");
                }

                return Find(input.Path, ConsNames[0]) is { } cons
                    ? Build(input.Path, cons, ConsNames, ListSources.OfacConsolidated, "Consolidated")
                    : null;
            }

            var name = Path.GetFileName(input.Path);
            if (IsNamed(name, SdnNames[0]) || IsNamed(name, ConsNames[0]))
            {
                return ForMain(input.Path);
            }

            return null;
        }

        /// <summary>The set whose main file is <paramref name="main"/>; a <c>cons_</c> name means the consolidated list.</summary>
        public static FileSet ForMain(string main)
        {
            var folder = Path.GetDirectoryName(main) ?? ".";
            return Path.GetFileName(main).StartsWith("cons_", StringComparison.OrdinalIgnoreCase)
                ? Build(folder, main, ConsNames, ListSources.OfacConsolidated, "Consolidated")
                : Build(folder, main, SdnNames, ListSources.OfacSdn, "SDN");
        }

        private static FileSet Build(string folder, string main, string[] names, string source, string list) =>
            new(source, list, main, Find(folder, names[1]), Find(folder, names[2]), Find(folder, names[3]));

        private static bool IsNamed(string fileName, string name) =>
            string.Equals(fileName, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(fileName, name + ".bz2", StringComparison.OrdinalIgnoreCase);

        /// <summary>Finds <paramref name="name"/> (or <c>name.bz2</c>) in <paramref name="folder"/>, ignoring case (OFAC publishes <c>SDN.CSV</c>).</summary>
        private static string? Find(string folder, string name)
        {
            var exact = Path.Combine(folder, name);
            if (File.Exists(exact))
            {
                return exact;
            }

            if (!Directory.Exists(folder))
            {
                return null;
            }

            string? compressed = null;
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var fileName = Path.GetFileName(file);
                if (string.Equals(fileName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return file;
                }

                if (string.Equals(fileName, name + ".bz2", StringComparison.OrdinalIgnoreCase))
                {
                    compressed = file;
                }
            }

            return compressed;
        }
    }

    /// <summary>Mutable state of one entry while its four files are read.</summary>
    private sealed class Builder(string entNum, string id, int line)
    {
        public string EntNum { get; } = entNum;

        public string Id { get; } = id;

        public int Line { get; } = line;

        public string Name { get; set; } = "";

        public string? Type { get; set; }

        public string? Program { get; set; }

        public string? Title { get; set; }

        public string? CallSign { get; set; }

        public string? VesselType { get; set; }

        public string? Tonnage { get; set; }

        public string? Grt { get; set; }

        public string? VesselFlag { get; set; }

        public string? VesselOwner { get; set; }

        public string? Remarks { get; set; }

        public Provenance? Provenance { get; set; }

        public List<(NameKind Kind, string Name)>? Aliases { get; set; }

        public List<Address>? Addresses { get; set; }

        public List<CountryLink>? Countries { get; set; }
    }

    /// <summary>One read of one file set.</summary>
    private sealed class ReadRun(FileSet set, IProgress<ReadProgress>? progress, CancellationToken cancellationToken)
    {
        private readonly Dictionary<int, Builder> _byEntNum = [];
        private readonly List<Builder> _builders = [];
        private readonly List<ReadIssue> _issues = [];
        private readonly CountryCache _countries = new();
        private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _programs = new(StringComparer.Ordinal);
        private readonly RemarksFacts _facts = new();
        private readonly List<EntityName> _scratchNames = [];
        private readonly List<EntityFact> _scratchFacts = [];
        private readonly List<Identifier> _scratchIdentifiers = [];
        private readonly List<CountryLink> _scratchCountries = [];
        private readonly string _mainName = Path.GetFileName(set.Main);
        private readonly string _idPrefix = set.Source + ":";
        private long _bytesBefore;
        private long _total;

        public ListSnapshot Run()
        {
            using var main = FileBytes.Read(set.Main);
            using var add = FileBytes.Read(set.Add);
            using var alt = FileBytes.Read(set.Alt);
            using var comments = FileBytes.Read(set.Comments);
            _total = main.Length + add.Length + alt.Length + comments.Length;

            ReadMain(main.Span);
            if (set.Comments is not null)
            {
                ReadComments(comments.Span, Path.GetFileName(set.Comments));
            }

            if (set.Alt is not null)
            {
                ReadAliases(alt.Span, Path.GetFileName(set.Alt));
            }

            if (set.Add is not null)
            {
                ReadAddresses(add.Span, Path.GetFileName(set.Add));
            }

            var entities = new List<Entity>(_builders.Count);
            var linked = new List<(Builder From, List<string> Names)>();
            foreach (var builder in _builders)
            {
                cancellationToken.ThrowIfCancellationRequested();
                entities.Add(BuildEntity(builder, linked));
            }

            var relations = ResolveLinks(linked);
            progress?.Report(new ReadProgress(_total, _total, "done"));
            return new ListSnapshot(set.Source, null)
            {
                Entities = entities,
                Relations = relations,
                Issues = _issues,
                Format = "ofac-csv",
            };
        }

        private void Report(long position, string stage, ref long nextReport)
        {
            if (progress is not null && position >= nextReport)
            {
                nextReport = position + ProgressEvery;
                progress.Report(new ReadProgress(_bytesBefore + position, _total, stage));
            }
        }

        private void FinishFile(int length, string stage)
        {
            _bytesBefore += length;
            progress?.Report(new ReadProgress(_bytesBefore, _total, stage));
        }

        private void ReadMain(ReadOnlySpan<byte> data)
        {
            var reader = new CsvRowReader(data, _mainName);
            Span<CsvField> f = stackalloc CsvField[MainColumns.Count + 1];
            long nextReport = ProgressEvery;
            while (reader.TryReadRow(f, out var count))
            {
                cancellationToken.ThrowIfCancellationRequested();
                CheckCount(_mainName, reader.RowLine, count, MainColumns.Count);
                var line = reader.RowLine;
                var entNumText = f[MainColumns.EntNum].Slice(data);
                var entNum = ParseEntNum(entNumText, _mainName, line);
                var entNumString = Encoding.ASCII.GetString(entNumText.Trim((byte)' '));
                var builder = new Builder(entNumString, _idPrefix + entNumString, line)
                {
                    Name = f[MainColumns.Name].GetString(data)
                           ?? throw new ListFormatException(_mainName, $"line {line}", "expected a name in column 2, found the null marker"),
                    Type = Intern(f[MainColumns.Type], data),
                    Program = Intern(f[MainColumns.Program], data),
                    Title = f[MainColumns.Title].GetString(data),
                    CallSign = f[MainColumns.CallSign].GetString(data),
                    VesselType = Intern(f[MainColumns.VesselType], data),
                    Tonnage = f[MainColumns.Tonnage].GetString(data),
                    Grt = f[MainColumns.Grt].GetString(data),
                    VesselFlag = Intern(f[MainColumns.VesselFlag], data),
                    VesselOwner = f[MainColumns.VesselOwner].GetString(data),
                    Remarks = f[MainColumns.Remarks].GetString(data, trim: false),
                };
                if (!_byEntNum.TryAdd(entNum, builder))
                {
                    _issues.Add(new ReadIssue($"{_mainName}:{line}", $"ent_num {entNumString} appears again (first on line {_byEntNum[entNum].Line}); the repeat is ignored"));
                    continue;
                }

                _builders.Add(builder);
                Report(reader.Position, _mainName, ref nextReport);
            }

            FinishFile(data.Length, _mainName);
        }

        private void ReadComments(ReadOnlySpan<byte> data, string file)
        {
            var reader = new CsvRowReader(data, file);
            Span<CsvField> f = stackalloc CsvField[3];
            var orphans = new Orphans();
            while (reader.TryReadRow(f, out var count))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = reader.RowLine;
                CheckCount(file, line, count, 2);
                var entNum = ParseEntNum(f[0].Slice(data), file, line);
                if (!_byEntNum.TryGetValue(entNum, out var builder))
                {
                    orphans.Add(entNum);
                    continue;
                }

                // The overflow continues the remarks mid-word, spaces included: keep it untrimmed.
                var text = f[1].GetString(data, trim: false);
                if (text is null)
                {
                    continue;
                }

                // Append without a separator. Remarks shorter than OFAC's cut-off were not cut, so
                // an overflow for them belongs to another list version.
                var before = builder.Remarks ?? "";
                if (before.Length < RemarksLimit)
                {
                    _issues.Add(new ReadIssue(
                        $"{file}:{line}",
                        $"ent_num {builder.EntNum}: overflow remarks although its remarks in {_mainName} are {before.Length} characters, not cut at {RemarksLimit}; the files may be of different list versions (appended anyway)"));
                }

                builder.Remarks = before + text;
            }

            orphans.Report(file, _mainName, _issues);
            FinishFile(data.Length, file);
        }

        private void ReadAliases(ReadOnlySpan<byte> data, string file)
        {
            var reader = new CsvRowReader(data, file);
            Span<CsvField> f = stackalloc CsvField[6];
            var orphans = new Orphans();
            long nextReport = ProgressEvery;
            while (reader.TryReadRow(f, out var count))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = reader.RowLine;
                CheckCount(file, line, count, 5);
                var entNum = ParseEntNum(f[0].Slice(data), file, line);
                if (!_byEntNum.TryGetValue(entNum, out var builder))
                {
                    orphans.Add(entNum);
                    continue;
                }

                var name = f[3].GetString(data);
                if (name is null)
                {
                    continue;
                }

                var type = f[2].Slice(data).Trim((byte)' ');
                var kind = type.SequenceEqual("fka"u8) || type.SequenceEqual("f.k.a."u8) ? NameKind.FormerName
                    : type.SequenceEqual("nka"u8) || type.SequenceEqual("n.k.a."u8) ? NameKind.NewName
                    : NameKind.StrongAlias;
                (builder.Aliases ??= []).Add((kind, name));
                Report(reader.Position, file, ref nextReport);
            }

            orphans.Report(file, _mainName, _issues);
            FinishFile(data.Length, file);
        }

        private void ReadAddresses(ReadOnlySpan<byte> data, string file)
        {
            var reader = new CsvRowReader(data, file);
            Span<CsvField> f = stackalloc CsvField[7];
            var orphans = new Orphans();
            var unknownCountries = new Dictionary<string, int>(StringComparer.Ordinal);
            long nextReport = ProgressEvery;
            while (reader.TryReadRow(f, out var count))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = reader.RowLine;
                CheckCount(file, line, count, 6);
                var entNum = ParseEntNum(f[0].Slice(data), file, line);
                if (!_byEntNum.TryGetValue(entNum, out var builder))
                {
                    orphans.Add(entNum);
                    continue;
                }

                var street = f[2].GetString(data);
                var city = f[3].GetString(data);
                var countryText = Intern(f[4], data);
                if (street is null && city is null && countryText is null)
                {
                    continue;
                }

                var code = ResolveAddressCountry(builder, countryText, unknownCountries);

                (builder.Addresses ??= []).Add(new Address
                {
                    Street = street,
                    City = city,
                    Country = code,
                    Full = JoinAddress(street, city, countryText),
                });
                Report(reader.Position, file, ref nextReport);
            }

            orphans.Report(file, _mainName, _issues);
            if (unknownCountries.Count > 0)
            {
                var list = string.Join(", ", unknownCountries.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"'{p.Key}' ({p.Value})"));
                _issues.Add(new ReadIssue(file, $"{unknownCountries.Values.Sum()} addresses name a country that is not an ISO 3166 country (kept without a country code): {list}"));
            }

            FinishFile(data.Length, file);
        }

        private string? ResolveAddressCountry(Builder builder, string? countryText, Dictionary<string, int> unknownCountries)
        {
            if (countryText is null)
            {
                return null;
            }

            if (!_countries.TryResolve(countryText, out var code))
            {
                unknownCountries[countryText] = unknownCountries.GetValueOrDefault(countryText) + 1;
                return null;
            }

            var link = new CountryLink(code, CountryRole.Address);
            builder.Countries ??= [];
            if (!builder.Countries.Contains(link))
            {
                builder.Countries.Add(link);
            }

            return code;
        }

        private static string JoinAddress(string? street, string? city, string? country) =>
            (street, city, country) switch
            {
                (null, null, null) => "",
                (null, null, _) => country,
                (null, _, null) => city,
                (_, null, null) => street,
                (null, _, _) => string.Concat(city, ", ", country),
                (_, null, _) => string.Concat(street, ", ", country),
                (_, _, null) => string.Concat(street, ", ", city),
                _ => string.Concat(street, ", ", city, ", ", country),
            };

        /// <summary>
        /// The field as a string shared by every row with the same text: for low-cardinality columns
        /// (type, programme, flag, country), so that 15,000 rows do not allocate 15,000 copies of "individual".
        /// </summary>
        private string? Intern(CsvField field, ReadOnlySpan<byte> data)
        {
            if (field.IsNull(data))
            {
                return null;
            }

            var bytes = field.Slice(data).Trim((byte)' ');
            if (bytes.IsEmpty || bytes.Length > 256 || field.HasEscapedQuotes)
            {
                return field.GetString(data);
            }

            Span<char> chars = stackalloc char[256];
            var n = Encoding.UTF8.GetChars(bytes, chars);
            var text = chars[..n];
            var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text, out var found))
            {
                found = text.ToString();
                _interned[found] = found;
            }

            return found;
        }

        private static void CheckCount(string file, int line, int count, int expected)
        {
            if (count != expected)
            {
                var found = count > expected ? $"more than {expected}" : count.ToString(CultureInfo.InvariantCulture);
                throw new ListFormatException(file, $"line {line}", $"expected {expected} fields, found {found}");
            }
        }

        private static int ParseEntNum(ReadOnlySpan<byte> text, string file, int line)
        {
            var trimmed = text.Trim((byte)' ');
            if (trimmed.IsEmpty || trimmed.Length > 9 || trimmed.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0
                || !int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                throw new ListFormatException(file, $"line {line}, column 1", $"expected a numeric ent_num, found '{Encoding.UTF8.GetString(text)}'");
            }

            return value;
        }

        private Entity BuildEntity(Builder b, List<(Builder From, List<string> Names)> linked)
        {
            var fixedKind = FixedKind(b);
            var facts = _facts;
            OfacRemarks.ParseInto(b.Remarks, fixedKind, _countries, facts);
            var locator = $"{_mainName}:{b.Line}";
            foreach (var problem in facts.Problems)
            {
                _issues.Add(new ReadIssue(locator, $"ent_num {b.EntNum}: {problem}"));
            }

            var names = BuildNames(b, facts, fixedKind == EntityKind.Person);
            var identifiers = BuildIdentifiers(b, facts, locator);
            var countries = BuildCountries(b, facts, locator);

            var entityFacts = _scratchFacts;
            entityFacts.Clear();
            AddFact(entityFacts, FactNames.Title, b.Title);
            AddFact(entityFacts, FactNames.VesselType, b.VesselType);
            AddFact(entityFacts, FactNames.Tonnage, b.Tonnage);
            AddFact(entityFacts, FactNames.GrossRegisteredTonnage, b.Grt);
            AddFact(entityFacts, FactNames.VesselOwner, b.VesselOwner);
            entityFacts.AddRange(facts.Facts);

            var kind = fixedKind != EntityKind.Unknown ? fixedKind : EntityClassifier.ClassifyOrganization(names, identifiers);
            var designation = new Designation("US-OFAC", set.List)
            {
                Programs = ProgramsOf(b.Program),
                References = [b.EntNum],
            };

            if (facts.LinkedTo.Count > 0)
            {
                linked.Add((b, [.. facts.LinkedTo]));
            }

            return new Entity(b.Id, kind)
            {
                Names = names,
                BirthDates = Freeze(facts.BirthDates),
                BirthPlaces = Freeze(facts.BirthPlaces),
                Countries = countries,
                Identifiers = identifiers,
                Addresses = Freeze(b.Addresses),
                Designations = [designation],
                Facts = Freeze(entityFacts),
                Remarks = b.Remarks,
                Provenance = b.Provenance = new Provenance(set.Source, locator),
            };
        }

        /// <summary>An exact-size array of <paramref name="list"/>'s items, or the shared empty array.</summary>
        private static T[] Freeze<T>(List<T>? list) => list is null || list.Count == 0 ? [] : [.. list];

        private EntityName[] BuildNames(Builder b, RemarksFacts facts, bool person)
        {
            var names = _scratchNames;
            names.Clear();
            AddName(names, b.Name, NameKind.Primary, person);
            if (b.Aliases is not null)
            {
                foreach (var (aliasKind, name) in b.Aliases)
                {
                    AddName(names, name, aliasKind, person);
                }
            }

            foreach (var (aliasKind, name) in facts.Names)
            {
                AddName(names, name, aliasKind, person);
            }

            return Freeze(names);
        }

        private EntityKind FixedKind(Builder b)
        {
            var fixedKind = b.Type switch
            {
                "individual" => EntityKind.Person,
                "vessel" => EntityKind.Vessel,
                "aircraft" => EntityKind.Aircraft,
                _ => EntityKind.Unknown,
            };
            if (b.Type is not null && fixedKind == EntityKind.Unknown)
            {
                _issues.Add(new ReadIssue($"{_mainName}:{b.Line}", $"ent_num {b.EntNum}: unknown SDN_Type '{b.Type}' (expected individual, vessel, aircraft or -0-); classified by name"));
            }

            return fixedKind;
        }

        private Identifier[] BuildIdentifiers(Builder b, RemarksFacts facts, string locator)
        {
            var identifiers = _scratchIdentifiers;
            identifiers.Clear();
            if (b.CallSign is not null)
            {
                var callSign = Identifier.TryCreate(IdentifierKind.CallSign, b.CallSign, out var error);
                if (callSign is null)
                {
                    _issues.Add(new ReadIssue(locator, $"ent_num {b.EntNum}: call sign '{b.CallSign}': {error}"));
                }
                else
                {
                    identifiers.Add(callSign);
                }
            }

            identifiers.AddRange(facts.Identifiers);
            return Freeze(identifiers);
        }

        private CountryLink[] BuildCountries(Builder b, RemarksFacts facts, string locator)
        {
            var countries = _scratchCountries;
            countries.Clear();
            countries.AddRange(facts.Countries);
            if (b.VesselFlag is not null && !IsNoCountry(b.VesselFlag))
            {
                if (_countries.TryResolve(b.VesselFlag, out var flag))
                {
                    countries.Add(new CountryLink(flag, CountryRole.Flag));
                }
                else
                {
                    _issues.Add(new ReadIssue(locator, $"ent_num {b.EntNum}: vessel flag '{b.VesselFlag}' is not a known country"));
                }
            }

            foreach (var link in b.Countries ?? [])
            {
                if (!countries.Contains(link))
                {
                    countries.Add(link);
                }
            }

            return Freeze(countries);
        }

        private static bool IsNoCountry(string text) =>
            string.Equals(text, "None Identified", StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, "Unknown", StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, "undetermined", StringComparison.OrdinalIgnoreCase);

        private static void AddFact(List<EntityFact> facts, string name, string? value)
        {
            if (value is not null)
            {
                facts.Add(new EntityFact(name, value));
            }
        }

        private static void AddName(List<EntityName> names, string full, NameKind kind, bool person)
        {
            full = full.Trim();
            if (full.Length == 0)
            {
                return;
            }

            // Entries have a handful of names: a linear scan beats a hash set per entity.
            foreach (var existing in names)
            {
                if (string.Equals(existing.Full, full, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            var script = EntityName.DetectScript(full);

            // Individuals are written "LAST, First Middle".
            var comma = person ? full.IndexOf(", ", StringComparison.Ordinal) : -1;
            names.Add(comma > 0 && comma + 2 < full.Length
                ? new EntityName(full, kind, script) { Family = full[..comma].Trim(), Given = full[(comma + 2)..].Trim() }
                : new EntityName(full, kind, script));
        }

        /// <summary>The programme codes of a Program column value, split once per distinct value and shared.</summary>
        private string[] ProgramsOf(string? program)
        {
            if (program is null)
            {
                return [];
            }

            if (!_programs.TryGetValue(program, out var codes))
            {
                codes = SplitPrograms(program);
                _programs[program] = codes;
            }

            return codes;
        }

        /// <summary>Splits <c>DPRK3] [DPRK4</c> (programmes joined by <c>"] ["</c>) into its codes.</summary>
        internal static string[] SplitPrograms(string? program)
        {
            if (program is null)
            {
                return [];
            }

            var parts = program.Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = parts[i].Trim('[', ']', ' ');
            }

            return parts;
        }

        private List<Relation> ResolveLinks(List<(Builder From, List<string> Names)> linked)
        {
            var relations = new List<Relation>();
            if (linked.Count == 0)
            {
                return relations;
            }

            var byName = new Dictionary<string, string>(_builders.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var b in _builders)
            {
                byName.TryAdd(b.Name, b.Id);
            }

            var seen = new HashSet<(string, string)>();
            foreach (var (from, names) in linked)
            {
                foreach (var name in names)
                {
                    if (!byName.TryGetValue(name, out var toId)
                        && !(name.EndsWith('.') && byName.TryGetValue(name.TrimEnd('.').TrimEnd(), out toId)))
                    {
                        _issues.Add(new ReadIssue(from.Provenance!.Locator, $"ent_num {from.EntNum}: 'Linked To: {name}' names no primary name in {_mainName}"));
                        continue;
                    }

                    if (string.Equals(toId, from.Id, StringComparison.Ordinal) || !seen.Add((from.Id, toId)))
                    {
                        continue;
                    }

                    relations.Add(new Relation(from.Id, toId, RelationKind.LinkedTo)
                    {
                        Label = "Linked To",
                        Provenance = from.Provenance,
                    });
                }
            }

            return relations;
        }
    }

    /// <summary>The whole (decompressed) content of one file, in a pooled buffer returned on dispose.</summary>
    private readonly struct FileBytes : IDisposable
    {
        private readonly byte[]? _buffer;

        private FileBytes(byte[] buffer, int length)
        {
            _buffer = buffer;
            Length = length;
        }

        public int Length { get; }

        public ReadOnlySpan<byte> Span => _buffer is null ? default : _buffer.AsSpan(0, Length);

        /// <summary>Reads <paramref name="path"/> (bzip2 decompressed); an empty buffer when the path is null.</summary>
        public static FileBytes Read(string? path)
        {
            if (path is null)
            {
                return default;
            }

            var input = ListInput.FromPath(path);
            using var stream = input.OpenRead();
            var buffer = ArrayPool<byte>.Shared.Rent(input.IsBzip2 ? 1 << 20 : (int)Math.Max(stream.Length, 1));
            var length = 0;
            try
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    var n = stream.Read(buffer, length, buffer.Length - length);
                    if (n == 0)
                    {
                        break;
                    }

                    length += n;
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }

            return new FileBytes(buffer, length);
        }

        public void Dispose()
        {
            if (_buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }
        }
    }

    /// <summary>Rows of a sibling file whose ent_num is not in the main file, reported once per file.</summary>
    private sealed class Orphans
    {
        private const int Shown = 10;
        private readonly HashSet<int> _entNums = [];
        private readonly List<int> _first = [];
        private int _rows;

        public void Add(int entNum)
        {
            _rows++;
            if (_entNums.Add(entNum) && _first.Count < Shown)
            {
                _first.Add(entNum);
            }
        }

        public void Report(string file, string mainFile, List<ReadIssue> issues)
        {
            if (_rows == 0)
            {
                return;
            }

            var first = string.Join(", ", _first.Select(e => e.ToString(CultureInfo.InvariantCulture)));
            var more = _entNums.Count > _first.Count ? ", …" : "";
            issues.Add(new ReadIssue(
                file,
                $"{_rows} rows for {_entNums.Count} ent_nums that are not in {mainFile} (ignored; the files may be of different list versions): {first}{more}"));
        }
    }
}
