using System.Collections.Immutable;

namespace RelationsData;

/// <summary>When diplomatic relations were established.</summary>
/// <param name="Date">The date, to the precision given, or <see langword="null"/> when the sources give none.</param>
/// <param name="Note">How the sources put it, when the date alone does not say it all.</param>
/// <param name="References">The sources.</param>
public sealed record Establishment(PartialDate? Date, string? Note, ImmutableArray<Reference> References);

/// <summary>A period during which a relation had one status. Open ends are unknown or ongoing.</summary>
/// <param name="Status">The status.</param>
/// <param name="From">When it began, if known.</param>
/// <param name="To">When it ended, if it did and the date is known.</param>
/// <param name="Note">How the sources put it.</param>
/// <param name="References">The sources.</param>
public sealed record StatusInterval(RelationStatus Status, PartialDate? From, PartialDate? To, string? Note, ImmutableArray<Reference> References);

/// <summary>One country's recognition of another: directed and, where known, dated.</summary>
/// <param name="By">The recognising country.</param>
/// <param name="Of">The recognised country.</param>
/// <param name="Date">When, to the precision given.</param>
/// <param name="Note">How the sources put it.</param>
/// <param name="References">The sources.</param>
public sealed record Recognition(Country By, Country Of, PartialDate? Date, string? Note, ImmutableArray<Reference> References);

/// <summary>A diplomatic mission that <see cref="From"/> keeps for <see cref="To"/>, or the stated absence of one.</summary>
/// <param name="From">The sending country.</param>
/// <param name="To">The receiving country.</param>
/// <param name="Kind">Embassy, consulate, non-resident accreditation, or none.</param>
/// <param name="City">Where the mission is, when resident.</param>
/// <param name="Opened">When it opened, if known.</param>
/// <param name="Closed">When it closed or was replaced, if it did.</param>
/// <param name="AccreditedFrom">For a non-resident mission, where the accredited mission or ambassador resides.</param>
/// <param name="Note">How the sources put it.</param>
/// <param name="References">The sources.</param>
public sealed record Mission(
    Country From,
    Country To,
    MissionKind Kind,
    string? City,
    PartialDate? Opened,
    PartialDate? Closed,
    string? AccreditedFrom,
    string? Note,
    ImmutableArray<Reference> References);

/// <summary>A third country that represents <see cref="Protected"/>'s interests in <see cref="Host"/>.</summary>
/// <param name="Protector">The protecting power.</param>
/// <param name="Protected">The country whose interests are represented.</param>
/// <param name="Host">The country where they are represented.</param>
/// <param name="Via">Through which of the protecting power's missions.</param>
/// <param name="City">Where that mission is.</param>
/// <param name="References">The sources.</param>
public sealed record ProtectingPower(Country Protector, Country Protected, Country Host, MissionKind Via, string? City, ImmutableArray<Reference> References);
