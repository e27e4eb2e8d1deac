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

    private static readonly HashSet<string> LegalFormTokens = new(StringComparer.Ordinal)
    {
        "LTD", "LIMITED", "LLC", "L.L.C", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY",
        "JSC", "OJSC", "CJSC", "PJSC", "OAO", "ZAO", "PAO", "AO", "OOO", "GMBH", "AG", "SA", "S.A", "SARL",
        "SRL", "SPA", "BV", "NV", "PTE", "PLC", "LLP", "LP", "FZE", "FZCO", "FZC", "DMCC", "SDN", "BHD",
        "PVT", "TRADING", "ENTERPRISE", "ENTERPRISES", "SHIPPING", "HOLDINGS", "HOLDING",
        "ООО", "АО", "ОАО", "ЗАО", "ПАО", "有限公司", "公司", "会社",
    };

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
            foreach (var token in name.Full.Split([' ', ',', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
            {
                if (LegalFormTokens.Contains(token.TrimEnd('.').ToUpperInvariant()))
                {
                    return EntityKind.Company;
                }
            }

            if (name.Full.Contains("有限公司", StringComparison.Ordinal) || name.Full.Contains("公司", StringComparison.Ordinal))
            {
                return EntityKind.Company;
            }
        }

        return EntityKind.Organization;
    }
}
