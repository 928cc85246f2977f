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

// The two records below carry a DateOnly Day where the runtime has DateOnly, and a DateTime Date on every target: a
// netstandard2.0 library compiled against them runs against the net8.0 assembly too (package validation checks it).

#if NETSTANDARD2_0
/// <summary>What the sources say of a relation on one day.</summary>
public sealed partial record RelationOnDay
{
    /// <summary>What the sources say of a relation on one day.</summary>
    /// <param name="Relation">The relation.</param>
    /// <param name="Date">The day asked about, at midnight.</param>
    /// <param name="Answer">Whether diplomatic relations were in force that day.</param>
    /// <param name="Interval">The status interval that covers the day, or whose boundary may fall on either side of it.</param>
    /// <param name="References">The sources of the answer.</param>
    public RelationOnDay(Relation Relation, DateTime Date, HistoryAnswer Answer, StatusInterval? Interval, ImmutableArray<Reference> References)
    {
        this.Relation = Relation;
        this.Date = Date.Date;
        this.Answer = Answer;
        this.Interval = Interval;
        this.References = References;
    }

    /// <summary>The relation.</summary>
    public Relation Relation { get; init; }

    /// <summary>Whether diplomatic relations were in force that day.</summary>
    public HistoryAnswer Answer { get; init; }

    /// <summary>
    /// The status interval that covers the day (a severed interval answers <see cref="HistoryAnswer.NotInForce"/>); for an
    /// <see cref="HistoryAnswer.Unknown"/> answer, the interval whose boundary may fall on either side of the day, if any.
    /// </summary>
    public StatusInterval? Interval { get; init; }

    /// <summary>The sources of the answer: the interval's, or the establishment's for a day before it; empty when unknown.</summary>
    public ImmutableArray<Reference> References { get; init; }
}

/// <summary>What the sources say of a mission on one day.</summary>
public sealed partial record MissionOnDay
{
    /// <summary>What the sources say of a mission on one day.</summary>
    /// <param name="Mission">The mission.</param>
    /// <param name="Date">The day asked about, at midnight.</param>
    /// <param name="Answer">Whether it was open that day.</param>
    public MissionOnDay(Mission Mission, DateTime Date, HistoryAnswer Answer)
    {
        this.Mission = Mission;
        this.Date = Date.Date;
        this.Answer = Answer;
    }

    /// <summary>The mission.</summary>
    public Mission Mission { get; init; }

    /// <summary>Whether it was open that day (<see cref="Mission.OpenOn(DateTime)"/>).</summary>
    public HistoryAnswer Answer { get; init; }
}
#else
/// <summary>What the sources say of a relation on one day.</summary>
/// <param name="Relation">The relation.</param>
/// <param name="Day">The day asked about.</param>
/// <param name="Answer">Whether diplomatic relations were in force that day.</param>
/// <param name="Interval">
/// The status interval that covers the day (a severed interval answers <see cref="HistoryAnswer.NotInForce"/>); for an
/// <see cref="HistoryAnswer.Unknown"/> answer, the interval whose boundary may fall on either side of the day, if any.
/// </param>
/// <param name="References">The sources of the answer: the interval's, or the establishment's for a day before it; empty when unknown.</param>
public sealed partial record RelationOnDay(Relation Relation, DateOnly Day, HistoryAnswer Answer, StatusInterval? Interval, ImmutableArray<Reference> References)
{
    /// <summary>What the sources say of a relation on one day, the day given as a <see cref="DateTime"/> (its date part).</summary>
    /// <param name="Relation">The relation.</param>
    /// <param name="Date">The day asked about; its time of day is ignored.</param>
    /// <param name="Answer">Whether diplomatic relations were in force that day.</param>
    /// <param name="Interval">The status interval that covers the day, or whose boundary may fall on either side of it.</param>
    /// <param name="References">The sources of the answer.</param>
    public RelationOnDay(Relation Relation, DateTime Date, HistoryAnswer Answer, StatusInterval? Interval, ImmutableArray<Reference> References)
        : this(Relation, DateOnly.FromDateTime(Date), Answer, Interval, References)
    {
    }
}

/// <summary>What the sources say of a mission on one day.</summary>
/// <param name="Mission">The mission.</param>
/// <param name="Day">The day asked about.</param>
/// <param name="Answer">Whether it was open that day (<see cref="Mission.OpenOn(DateOnly)"/>).</param>
public sealed partial record MissionOnDay(Mission Mission, DateOnly Day, HistoryAnswer Answer)
{
    /// <summary>What the sources say of a mission on one day, the day given as a <see cref="DateTime"/> (its date part).</summary>
    /// <param name="Mission">The mission.</param>
    /// <param name="Date">The day asked about; its time of day is ignored.</param>
    /// <param name="Answer">Whether it was open that day.</param>
    public MissionOnDay(Mission Mission, DateTime Date, HistoryAnswer Answer)
        : this(Mission, DateOnly.FromDateTime(Date), Answer)
    {
    }
}
#endif

/// <summary>What the sources say of a relation on one day.</summary>
public sealed partial record RelationOnDay
{
#if !NETSTANDARD2_0
    /// <summary>The day asked about as a <see cref="DateTime"/> at midnight, on every target.</summary>
    public DateTime Date
    {
        get => Day.ToDateTime(TimeOnly.MinValue);
        init => Day = DateOnly.FromDateTime(value);
    }
#else
    /// <summary>The day asked about, at midnight.</summary>
    public DateTime Date { get; init; }
#endif

    /// <summary>The status that held, when the sources say.</summary>
    public RelationStatus? Status => Answer == HistoryAnswer.Unknown ? null : Interval?.Status;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Relation} on {Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: {Answer}{(Status is { } status ? $" ({status})" : "")}";
}

/// <summary>What the sources say of a mission on one day.</summary>
public sealed partial record MissionOnDay
{
#if !NETSTANDARD2_0
    /// <summary>The day asked about as a <see cref="DateTime"/> at midnight, on every target.</summary>
    public DateTime Date
    {
        get => Day.ToDateTime(TimeOnly.MinValue);
        init => Day = DateOnly.FromDateTime(value);
    }
#else
    /// <summary>The day asked about, at midnight.</summary>
    public DateTime Date { get; init; }
#endif
}
