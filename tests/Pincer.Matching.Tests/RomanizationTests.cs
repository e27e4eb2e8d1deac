using Pincer.Matching.Korean;

namespace Pincer.Matching.Tests;

public sealed class RomanizationTests
{
    [Fact]
    public void Romanization_HasTheThreeSystemsUsedForDprkNames() =>
        Enum.GetNames<Romanization>().Should().BeEquivalentTo(["McCuneReischauer", "Dprk", "Revised"]);
}
