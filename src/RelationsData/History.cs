using System;
using System.Collections.Immutable;

namespace RelationsData;

/// <summary>
/// What the sources say held on a given day. Three-valued: a partial date whose period contains the day ("2018" asked
/// about 2018-06-01), or an end the data marks as unknown, gives <see cref="Unknown"/>; no day is ever invented.
/// </summary>
public enum HistoryAnswer
{
    /// <summary>The sources say it did not hold on that day.</summary>
    NotInForce,

    /// <summary>The sources say it held on that day.</summary>
    InForce,

    /// <summary>The sources cannot decide for that day.</summary>
    Unknown,
}

/// <summary>What the sources say of a relation on one day.</summary>
/// <param name="Relation">The relation.</param>
/// <param name="Day">The day asked about.</param>
/// <param name="Answer">Whether diplomatic relations were in force that day.</param>
/// <param name="Interval">
/// The status interval that covers the day (a severed interval answers <see cref="HistoryAnswer.NotInForce"/>); for an
/// <see cref="HistoryAnswer.Unknown"/> answer, the interval whose boundary may fall on either side of the day, if any.
/// </param>
/// <param name="References">The sources of the answer: the interval's, or the establishment's for a day before it; empty when unknown.</param>
public sealed record RelationOnDay(Relation Relation, DateOnly Day, HistoryAnswer Answer, StatusInterval? Interval, ImmutableArray<Reference> References)
{
    /// <summary>The status that held, when the sources say.</summary>
    public RelationStatus? Status => Answer == HistoryAnswer.Unknown ? null : Interval?.Status;

    /// <inheritdoc/>
    public override string ToString() => $"{Relation} on {Day:yyyy-MM-dd}: {Answer}{(Status is { } status ? $" ({status})" : "")}";
}

/// <summary>What the sources say of a mission on one day.</summary>
/// <param name="Mission">The mission.</param>
/// <param name="Day">The day asked about.</param>
/// <param name="Answer">Whether it was open that day (<see cref="Mission.OpenOn(DateOnly)"/>).</param>
public sealed record MissionOnDay(Mission Mission, DateOnly Day, HistoryAnswer Answer);
