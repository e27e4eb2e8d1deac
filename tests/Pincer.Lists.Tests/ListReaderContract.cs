using Pincer.Core;
using Pincer.Lists.Eu;
using Pincer.Lists.Ftm;
using Pincer.Lists.Ofac;
using Pincer.Lists.Uk;
using Pincer.Lists.Un;
using Pincer.Testing;

namespace Pincer.Lists.Tests;

/// <summary>
/// What every list reader promises, run against each implementation with a real file or a fixture
/// in its format: ids prefixed by the source, provenance everywhere, valid identifiers only,
/// exclusive format detection, truncation and cancellation reported.
/// </summary>
public abstract class ListReaderContract
{
    protected abstract IListReader CreateReader();

    /// <summary>A file or folder in the reader's format.</summary>
    protected abstract string SamplePath { get; }

    /// <summary>A damaged copy of the sample that the reader must reject.</summary>
    protected abstract string CreateTruncatedCopy();

    private ListSnapshot ReadSample() => CreateReader().Read(ListInput.FromPath(SamplePath));

    [Fact]
    public void Read_Sample_EveryEntityHasSourcePrefixedIdNameAndProvenance()
    {
        var snapshot = ReadSample();
        snapshot.Entities.Should().NotBeEmpty();
        snapshot.Entities.Should().OnlyContain(e => e.Id.StartsWith(snapshot.Source + ":", StringComparison.Ordinal));
        snapshot.Entities.Should().OnlyContain(e => e.Names.Count > 0 && e.Names.All(n => n.Full.Length > 0));
        snapshot.Entities.Should().OnlyContain(e => e.Provenance != null && e.Provenance.Locator.Length > 0);
        snapshot.Format.Should().Be(CreateReader().Format);
    }

    [Fact]
    public void Read_Sample_EntityIdsAreUnique()
    {
        var ids = ReadSample().Entities.Select(e => e.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Read_Sample_KeepsOnlyIdentifiersThatNormaliseToThemselves()
    {
        foreach (var id in ReadSample().Entities.SelectMany(e => e.Identifiers))
        {
            IdentifierNormalizer.TryNormalize(id.Kind, id.Value, id.Qualifier, out var again, out var error).Should().BeTrue($"{id} should be valid ({error})");
            again.Should().Be(id.Value);
        }
    }

    [Fact]
    public void Read_Sample_RelationsJoinEntitiesOfTheSnapshot()
    {
        var snapshot = ReadSample();
        var ids = snapshot.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        snapshot.Relations.Should().OnlyContain(r => ids.Contains(r.FromId) && ids.Contains(r.ToId));
    }

    [Fact]
    public void Detect_Sample_ChoosesThisReaderOnly()
    {
        var input = ListInput.FromPath(SamplePath);
        ListFormats.Detect(input).GetType().Should().Be(CreateReader().GetType());
        ListFormats.All.Count(r => r.CanRead(input)).Should().Be(1);
    }

    [Fact]
    public void Read_TruncatedCopy_ThrowsNamingTheFile()
    {
        var path = CreateTruncatedCopy();
        var act = () => CreateReader().Read(ListInput.FromPath(path));
        var error = act.Should().Throw<ListFormatException>().Which;
        error.File.Should().NotBeNullOrEmpty();
        error.Message.Should().Contain(Path.GetFileName(error.File));
        (Path.GetFileName(path) == Path.GetFileName(error.File) || Directory.Exists(path)).Should().BeTrue("the error names the input file or a file of the input folder");
    }

    [Fact]
    public void Read_Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => CreateReader().Read(ListInput.FromPath(SamplePath), cancellationToken: cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}

public sealed class UnXmlReaderContract : ListReaderContract
{
    protected override IListReader CreateReader() => new UnXmlReader();

    protected override string SamplePath => SharedData.Path("lists", "un", "UN_consolidated.xml");

    protected override string CreateTruncatedCopy() => TestFiles.Truncated(SamplePath, 0.5);
}

public sealed class UkSanctionsXmlReaderContract : ListReaderContract
{
    protected override IListReader CreateReader() => new UkSanctionsXmlReader();

    protected override string SamplePath => TestFiles.Fixture("uk", "uk_sanctions_sample.xml");

    protected override string CreateTruncatedCopy() => TestFiles.Truncated(SamplePath, 0.6);
}

public sealed class EuFsfXmlReaderContract : ListReaderContract
{
    protected override IListReader CreateReader() => new EuFsfXmlReader();

    protected override string SamplePath => TestFiles.Fixture("eu", "eu_fsf_sample.xml");

    protected override string CreateTruncatedCopy() => TestFiles.Truncated(SamplePath, 0.6);
}

public sealed class FtmJsonReaderContract : ListReaderContract
{
    protected override IListReader CreateReader() => new FtmJsonReader();

    protected override string SamplePath => TestFiles.Fixture("ftm", "entities_sample.ftm.json");

    /// <summary>A download cut in the middle of a JSON line.</summary>
    protected override string CreateTruncatedCopy()
    {
        var text = File.ReadAllText(SamplePath);
        var secondLine = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        return TestFiles.Write("cut.ftm.json", text[..(secondLine + 40)]);
    }
}

public sealed class OfacConsolidatedCsvReaderContract : ListReaderContract
{
    protected override IListReader CreateReader() => new OfacCsvReader();

    protected override string SamplePath => SharedData.Path("lists", "ofac_cons");

    /// <summary>The CSV set with its main file cut inside a quoted field.</summary>
    protected override string CreateTruncatedCopy()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("placeholder", ""))!;
        foreach (var file in Directory.EnumerateFiles(SamplePath))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var main = Path.Combine(folder, "cons_prim.csv");
        var text = File.ReadAllText(main);
        var cut = text.IndexOf("\"HANIYA", StringComparison.Ordinal) + 4;
        File.WriteAllText(main, text[..cut]);
        File.Delete(Path.Combine(folder, "placeholder"));
        return folder;
    }
}

public sealed class OfacSdnCsvReaderContract : ListReaderContract
{
    protected override IListReader CreateReader() => new OfacCsvReader();

    protected override string SamplePath => SharedData.Path("lists", "ofac_sdn_2021");

    protected override string CreateTruncatedCopy()
    {
        var folder = Path.GetDirectoryName(TestFiles.Write("placeholder", ""))!;
        File.Delete(Path.Combine(folder, "placeholder"));
        var text = File.ReadAllText(Path.Combine(SamplePath, "sdn.csv"));
        var cut = text.IndexOf("\"EBANO", StringComparison.Ordinal) + 3;
        File.WriteAllText(Path.Combine(folder, "sdn.csv"), text[..cut]);
        return folder;
    }
}
