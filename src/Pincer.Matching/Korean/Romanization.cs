namespace Pincer.Matching.Korean;

/// <summary>The romanisation systems in which Korean names appear on sanctions lists.</summary>
public enum Romanization
{
    /// <summary>McCune–Reischauer (with or without breves: Ch'oe, Choe).</summary>
    McCuneReischauer,

    /// <summary>The DPRK's own system (1992), used in North Korean passports and by the UN.</summary>
    Dprk,

    /// <summary>Revised Romanization of Korean (South Korea, 2000).</summary>
    Revised,
}
