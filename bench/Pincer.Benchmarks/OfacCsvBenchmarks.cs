using BenchmarkDotNet.Attributes;
using Pincer.Core;
using Pincer.Lists;
using Pincer.Lists.Ofac;
using Pincer.Testing;

namespace Pincer.Benchmarks;

/// <summary>Reads the whole 2024-05 OFAC SDN CSV set (sdn.csv, add.csv, alt.csv, sdn_comments.csv; 6.6 MB).</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class OfacCsvBenchmarks
{
    private readonly OfacCsvReader _reader = new();
    private ListInput _sdn = null!;
    private ListInput _cons = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sdn = ListInput.FromPath(SharedData.Path("lists", "ofac_sdn"));
        _cons = ListInput.FromPath(SharedData.Path("lists", "ofac_cons"));
    }

    [Benchmark]
    public ListSnapshot ReadSdnSet() => _reader.Read(_sdn);

    [Benchmark]
    public ListSnapshot ReadConsolidatedSet() => _reader.Read(_cons);
}
