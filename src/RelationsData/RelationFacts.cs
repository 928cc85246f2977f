using System;
using System.Collections.Immutable;

namespace RelationsData;

/// <summary>When diplomatic relations were established.</summary>
/// <param name="Date">The date, to the precision given, or <see langword="null"/> when the sources give none.</param>
/// <param name="Note">How the sources put it, when the date alone does not say it all.</param>
/// <param name="References">The sources.</param>
public sealed record Establishment(PartialDate? Date, string? Note, ImmutableArray<Reference> References);

/// <summary>
/// A period during which a relation had one status. With no <see cref="To"/> it is ongoing, unless
/// <see cref="EndUnknown"/> says it ended at a time the sources do not give.
/// </summary>
/// <param name="Status">The status.</param>
/// <param name="From">When it began, if known.</param>
/// <param name="To">When it ended, if it did and the date is known.</param>
/// <param name="Note">How the sources put it.</param>
/// <param name="References">The sources.</param>
public sealed record StatusInterval(RelationStatus Status, PartialDate? From, PartialDate? To, string? Note, ImmutableArray<Reference> References)
{
    /// <summary>
    /// Whether the interval ended at a time the sources do not give (written <c>"to": "unknown"</c>), such as relations
    /// downgraded at some time before a later restoration. Days after its start then answer <see cref="HistoryAnswer.Unknown"/>.
    /// </summary>
    public bool EndUnknown { get; init; }
}

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
    ImmutableArray<Reference> References)
{
    /// <summary>
    /// Whether the mission was open on <paramref name="day"/>, from <see cref="Opened"/> (inclusive) to <see cref="Closed"/>
    /// (the first day it was no longer open). Unknown when the day falls within a partial date ("2011" asked about
    /// 2011-06-01) or when the opening date is not known. A stated absence (<see cref="MissionKind.None"/>) is never open.
    /// </summary>
    /// <param name="day">A calendar day.</param>
    /// <returns>Whether the sources say the mission was open that day.</returns>
    public HistoryAnswer OpenOn(CalendarDay day) =>
        Kind == MissionKind.None ? HistoryAnswer.NotInForce : DayRule.Within(DayRule.HasBegun(day, Opened), DayRule.HasEnded(day, Closed, endUnknown: false));

#if !NETSTANDARD2_0
    /// <summary>Whether the mission was open on the date part of <paramref name="day"/>; see <see cref="OpenOn(DateOnly)"/>.</summary>
    /// <param name="day">A day; its time of day is ignored.</param>
    /// <returns>Whether the sources say the mission was open that day.</returns>
    public HistoryAnswer OpenOn(DateTime day) => OpenOn(Platform.CalendarDays.FromDateTime(day));
#endif
}

/// <summary>A third country that represents <see cref="Protected"/>'s interests in <see cref="Host"/>.</summary>
/// <param name="Protector">The protecting power.</param>
/// <param name="Protected">The country whose interests are represented.</param>
/// <param name="Host">The country where they are represented.</param>
/// <param name="Via">Through which of the protecting power's missions.</param>
/// <param name="City">Where that mission is.</param>
/// <param name="References">The sources.</param>
public sealed record ProtectingPower(Country Protector, Country Protected, Country Host, MissionKind Via, string? City, ImmutableArray<Reference> References);
