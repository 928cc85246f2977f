using System.Collections.Immutable;

namespace RelationsData;

/// <summary>A dated event: a visit, a statement, an embassy opening, a treaty, a United Nations vote.</summary>
/// <param name="Id">The stable id used by the data files.</param>
/// <param name="Date">When, to the precision the source gives.</param>
/// <param name="Kind">What kind of event it is.</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What happened, as the source tells it.</param>
/// <param name="Place">Where, when the source says.</param>
/// <param name="Countries">The countries involved.</param>
/// <param name="Relations">The bilateral relations it belongs to; empty for a purely multilateral event.</param>
/// <param name="People">The people the source names, with their roles.</param>
/// <param name="Vote">The vote, for a resolution.</param>
/// <param name="Drafters">The countries that drafted a resolution or text.</param>
/// <param name="Notes">Other cited facts about the event.</param>
/// <param name="References">The sources.</param>
public sealed record Event(
    string Id,
    PartialDate Date,
    EventKind Kind,
    string Title,
    string Summary,
    string? Place,
    ImmutableArray<Country> Countries,
    ImmutableArray<Relation> Relations,
    ImmutableArray<Participant> People,
    VoteTally? Vote,
    ImmutableArray<Country> Drafters,
    ImmutableArray<CitedText> Notes,
    ImmutableArray<Reference> References)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Date} {Title}";
}

/// <summary>A person named in an event.</summary>
/// <param name="Name">The name, as the source writes it.</param>
/// <param name="Role">The role at the time, such as "Foreign Minister of Palestine".</param>
/// <param name="Country">The country the person acted for, when the source says.</param>
public sealed record Participant(string Name, string? Role, Country? Country)
{
    /// <inheritdoc/>
    public override string ToString() => Role is null ? Name : $"{Name} ({Role})";
}

/// <summary>The recorded vote on a resolution.</summary>
/// <param name="InFavour">Votes in favour.</param>
/// <param name="Against">Votes against.</param>
/// <param name="Abstentions">Abstentions.</param>
/// <param name="Absent">Members absent from the vote.</param>
public sealed record VoteTally(int InFavour, int Against, int Abstentions, int Absent)
{
    /// <inheritdoc/>
    public override string ToString() => $"{InFavour} in favour, {Against} against, {Abstentions} abstentions, {Absent} absent";
}
