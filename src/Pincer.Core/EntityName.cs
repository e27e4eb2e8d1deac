namespace Pincer.Core;

/// <summary>How a name relates to the entity, as the publisher qualified it.</summary>
public enum NameKind
{
    /// <summary>The primary (listed) name.</summary>
    Primary = 0,

    /// <summary>A strong "also known as": on its own sufficient to identify the entity.</summary>
    StrongAlias,

    /// <summary>
    /// A weak or low-quality a.k.a. (OFAC's "weak AKA", the UN's "Low" quality): too broad to screen on alone.
    /// </summary>
    WeakAlias,

    /// <summary>Formerly known as.</summary>
    FormerName,

    /// <summary>Now known as.</summary>
    NewName,
}

/// <summary>One name of an entity, with its quality and script.</summary>
/// <param name="Full">The name as published, whitespace-trimmed.</param>
/// <param name="Kind">Primary, strong/weak alias, former or new name.</param>
/// <param name="Script">ISO 15924 script code (<c>Latn</c>, <c>Hang</c>, <c>Hani</c>, <c>Cyrl</c>, <c>Arab</c> …).</param>
public sealed record EntityName(string Full, NameKind Kind = NameKind.Primary, string Script = "Latn")
{
    /// <summary>True when the name is written in a script other than Latin (an original-script name).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsOriginalScript => !string.Equals(Script, "Latn", StringComparison.Ordinal);

    /// <summary>Given/first name part, when the source split the name.</summary>
    public string? Given { get; init; }

    /// <summary>Family/last name part, when the source split the name.</summary>
    public string? Family { get; init; }

    public static string KindName(NameKind kind) => kind switch
    {
        NameKind.Primary => "primary",
        NameKind.StrongAlias => "aka",
        NameKind.WeakAlias => "weak_aka",
        NameKind.FormerName => "fka",
        NameKind.NewName => "nka",
        _ => "unknown",
    };

    public static NameKind ParseKind(string name) => name switch
    {
        "primary" => NameKind.Primary,
        "aka" => NameKind.StrongAlias,
        "weak_aka" => NameKind.WeakAlias,
        "fka" => NameKind.FormerName,
        "nka" => NameKind.NewName,
        _ => NameKind.StrongAlias,
    };

    /// <summary>Guesses the ISO 15924 script of a name from its letters (first non-Latin letter wins).</summary>
    public static string DetectScript(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < 0x0250)
            {
                continue;
            }

            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
            {
                return "Hang";
            }

            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                return "Hani";
            }

            if (c is >= '\u0400' and <= '\u04FF')
            {
                return "Cyrl";
            }

            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F')
            {
                return "Arab";
            }

            if (c is >= '\u0370' and <= '\u03FF')
            {
                return "Grek";
            }

            if (c is >= '\u0590' and <= '\u05FF')
            {
                return "Hebr";
            }

            if (c is >= '\u3040' and <= '\u30FF')
            {
                return "Jpan";
            }
        }

        return "Latn";
    }
}
