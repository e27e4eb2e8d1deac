namespace Pincer.Matching.Text;

/// <summary>How much a token of a name says about who it is.</summary>
public enum TokenRole
{
    /// <summary>An ordinary name part.</summary>
    Strong = 0,

    /// <summary>A legal form (LLC, OOO, 有限公司 → youxiangongsi), particle (bin, al, de) or generic word: counts little.</summary>
    Weak,

    /// <summary>A number (vessel names, "Bank No. 2"): must match exactly when both sides have one.</summary>
    Number,
}

/// <summary>One normalised token of a name: lower-case ASCII letters and digits.</summary>
public readonly record struct NameToken(string Text, TokenRole Role)
{
    public bool IsInitial => Text.Length == 1 && char.IsAsciiLetter(Text[0]);

    public override string ToString() => Role == TokenRole.Strong ? Text : $"{Text}({Role.ToString().ToLowerInvariant()})";
}
