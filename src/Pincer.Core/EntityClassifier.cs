using System.Buffers;
using System.Collections.Frozen;

namespace Pincer.Core;

/// <summary>
/// Decides between <see cref="EntityKind.Organization"/>, <see cref="EntityKind.Company"/> and
/// <see cref="EntityKind.Bank"/> for a listed non-person, non-transport entity, so that every reader
/// classifies the same way. A SWIFT/BIC, or "bank" in a name, makes a bank; a legal-form word makes
/// a company; anything else stays an organisation.
/// </summary>
public static class EntityClassifier
{
    private static readonly string[] BankWords = ["BANK", "BANCO", "BANQUE", "BANCA", "БАНК", "銀行", "银行", "은행"];

    private static readonly FrozenSet<string> LegalFormTokens = new[]
    {
        "LTD", "LIMITED", "LLC", "L.L.C", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY",
        "JSC", "OJSC", "CJSC", "PJSC", "OAO", "ZAO", "PAO", "AO", "OOO", "TOV", "GMBH", "AG", "KG", "SA", "S.A", "SAS", "SARL",
        "SRL", "SPA", "BV", "NV", "PTE", "PTY", "PLC", "LLP", "LP", "FZE", "FZCO", "FZC", "FZLLC", "DMCC", "SDN", "BHD",
        "PVT", "LTDA", "ASA", "OY", "APS", "KK",
        "TRADING", "ENTERPRISE", "ENTERPRISES", "SHIPPING", "HOLDINGS", "HOLDING",
        "ООО", "АО", "ОАО", "ЗАО", "ПАО", "有限公司", "公司", "会社",
        "YOUXIANGONGSI", "GONGSI", "ZERENGONGSI", "CHUSIKHOESA", "JUSIKHOESA",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalFormLookup =
        LegalFormTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,()\"'");

    public static EntityKind ClassifyOrganization(IEnumerable<EntityName> names, IEnumerable<Identifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(identifiers);
        if (identifiers.Any(i => i.Kind == IdentifierKind.Bic))
        {
            return EntityKind.Bank;
        }

        var materialized = names as IReadOnlyCollection<EntityName> ?? names.ToList();
        if (materialized.Any(n => n.Kind != NameKind.WeakAlias && BankWords.Any(w => n.Full.Contains(w, StringComparison.OrdinalIgnoreCase))))
        {
            return EntityKind.Bank;
        }

        foreach (var name in materialized)
        {
            if (HasLegalFormToken(name.Full) || name.Full.Contains("公司", StringComparison.Ordinal))
            {
                return EntityKind.Company;
            }
        }

        return EntityKind.Organization;
    }

    /// <summary>True when the token (any case, trailing dots ignored) is a legal form: LLC, Ltd, ООО, 有限公司 …</summary>
    public static bool IsLegalForm(ReadOnlySpan<char> token)
    {
        token = token.TrimEnd('.');
        return !token.IsEmpty && LegalFormLookup.Contains(token);
    }

    /// <summary>True when a token of the name (split on spaces, commas, brackets and quotes; trailing dots ignored) is a legal form.</summary>
    private static bool HasLegalFormToken(ReadOnlySpan<char> name)
    {
        while (!name.IsEmpty)
        {
            var end = name.IndexOfAny(Separators);
            if (IsLegalForm(end < 0 ? name : name[..end]))
            {
                return true;
            }

            if (end < 0)
            {
                break;
            }

            name = name[(end + 1)..];
        }

        return false;
    }
}
