namespace Pincer.Core;

/// <summary>How one entity relates to another, as the lists say it.</summary>
public enum RelationKind
{
    /// <summary>Generic "linked to" / "associate of".</summary>
    LinkedTo = 0,
    OwnedOrControlledBy,
    OwnsControlsOrOperates,
    ActingFor,
    ProvidingSupportTo,
    FamilyMemberOf,
    LeaderOrOfficialOf,
    PrincipalExecutiveOfficer,
    PropertyInInterestOf,
    SignificantRoleIn,
}

/// <summary>A directed relation between two entities of the same list version.</summary>
/// <param name="FromId">Entity id of the subject ("A is owned by B": A).</param>
/// <param name="ToId">Entity id of the object (B).</param>
public sealed record Relation(string FromId, string ToId, RelationKind Kind)
{
    /// <summary>True when the publisher marks the relation as former (no longer in force).</summary>
    public bool Former { get; init; }

    /// <summary>Publisher's own label for the relation (e.g. <c>Associate Of</c>).</summary>
    public string? Label { get; init; }

    public Provenance? Provenance { get; init; }

    public static string KindName(RelationKind kind) => kind switch
    {
        RelationKind.LinkedTo => "linked_to",
        RelationKind.OwnedOrControlledBy => "owned_or_controlled_by",
        RelationKind.OwnsControlsOrOperates => "owns_controls_or_operates",
        RelationKind.ActingFor => "acting_for",
        RelationKind.ProvidingSupportTo => "providing_support_to",
        RelationKind.FamilyMemberOf => "family_member_of",
        RelationKind.LeaderOrOfficialOf => "leader_or_official_of",
        RelationKind.PrincipalExecutiveOfficer => "principal_executive_officer",
        RelationKind.PropertyInInterestOf => "property_in_interest_of",
        RelationKind.SignificantRoleIn => "significant_role_in",
        _ => "linked_to",
    };

    public static RelationKind ParseKind(string name) =>
        Enum.GetValues<RelationKind>().FirstOrDefault(k => string.Equals(KindName(k), name, StringComparison.Ordinal));
}
