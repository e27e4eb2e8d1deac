using BenchmarkDotNet.Attributes;
using Pincer.Core;
using Pincer.Lists;
using Pincer.Lists.Ofac;
using Pincer.Testing;

namespace Pincer.Benchmarks;

/// <summary>
/// OFAC SDN advanced XML, 2025-11-19 (120 MB, 18,367 parties) parsed into the entity model.
/// Target (issue #2): ≤ 3 s and ≤ 1 GB peak on the 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class OfacAdvancedXmlBenchmarks
{
    private string _plain = "";
    private string _bz2 = "";

    [GlobalSetup]
    public void Setup()
    {
        _bz2 = SharedData.Path("payments", "sanctions", "sdn_advanced_2025-11-19.xml.bz2");
        _plain = Path.Combine(Path.GetTempPath(), "pincer-bench-sdn_advanced_2025-11-19.xml");
        if (!File.Exists(_plain))
        {
            using var input = ListInput.FromPath(_bz2).OpenRead();
            using var output = File.Create(_plain);
            input.CopyTo(output);
        }
    }

    [Benchmark(Description = "SDN advanced XML (plain, 120 MB) → model")]
    public int ParsePlain() => Read(_plain).Entities.Count;

    [Benchmark(Description = "SDN advanced XML (.bz2, 3.4 MB) → model")]
    public int ParseBzip2() => Read(_bz2).Entities.Count;

    private static ListSnapshot Read(string path) => new OfacAdvancedXmlReader().Read(ListInput.FromPath(path));
}
