using Pincer.Core;

namespace Pincer.Lists;

/// <summary>
/// Reads one list format into a <see cref="ListSnapshot"/>. Readers stream their input (no DOM)
/// and throw <see cref="ListFormatException"/> naming the file and position on malformed input.
/// Invalid values inside a well-formed file (an IMO number failing its check digit) do not stop the
/// read: they are reported in <see cref="ListSnapshot.Issues"/> and left out of the model.
/// </summary>
public interface IListReader
{
    /// <summary>Short format name: <c>ofac-advanced-xml</c>, <c>ofac-csv</c>, <c>un-xml</c>, …</summary>
    string Format { get; }

    /// <summary>True when the content (not the name) of <paramref name="input"/> is in this format.</summary>
    bool CanRead(ListInput input);

    ListSnapshot Read(ListInput input, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>Progress of a read, in bytes of the (decompressed when known) input.</summary>
public readonly record struct ReadProgress(long BytesRead, long? TotalBytes, string Stage);
