using System;
using System.Collections.Immutable;
using RelationsData.Platform;

namespace RelationsData;

/// <summary>The day-by-day reading of partial dates and intervals that every point-in-time query shares.</summary>
internal static class DayRule
{
    /// <summary>Whether a period that starts at <paramref name="start"/> (inclusive) had begun by <paramref name="day"/>.</summary>
    public static HistoryAnswer HasBegun(CalendarDay day, PartialDate? start) => Begun(CalendarDays.Of(day), start);

    private static HistoryAnswer Begun(CalendarDay day, PartialDate? start) => start switch
    {
        null => HistoryAnswer.Unknown,
        { } s when day < s.FirstDay => HistoryAnswer.NotInForce,
        { Precision: DatePrecision.Day } => HistoryAnswer.InForce,
        { } s => day > s.LastDay ? HistoryAnswer.InForce : HistoryAnswer.Unknown,
    };

    /// <summary>
    /// Whether a period that ends at <paramref name="end"/> had ended by <paramref name="day"/>. A day-precision end is the
    /// first day no longer in the period (the day a mission closed or was replaced); no end is ongoing, unless marked unknown.
    /// </summary>
    public static HistoryAnswer HasEnded(CalendarDay day, PartialDate? end, bool endUnknown) => Ended(CalendarDays.Of(day), end, endUnknown);

    private static HistoryAnswer Ended(CalendarDay day, PartialDate? end, bool endUnknown) => end switch
    {
        null => endUnknown ? HistoryAnswer.Unknown : HistoryAnswer.NotInForce,
        { } e when day < e.FirstDay => HistoryAnswer.NotInForce,
        { Precision: DatePrecision.Day } => HistoryAnswer.InForce,
        { } e => day > e.LastDay ? HistoryAnswer.InForce : HistoryAnswer.Unknown,
    };

    /// <summary>Whether a day lies in a period, from whether the period had begun and had ended by then.</summary>
    public static HistoryAnswer Within(HistoryAnswer begun, HistoryAnswer ended) =>
        begun == HistoryAnswer.NotInForce || ended == HistoryAnswer.InForce ? HistoryAnswer.NotInForce
        : begun == HistoryAnswer.InForce && ended == HistoryAnswer.NotInForce ? HistoryAnswer.InForce
        : HistoryAnswer.Unknown;

    /// <summary>What the sources say of <paramref name="relation"/> on <paramref name="day"/>.</summary>
    public static RelationOnDay StatusOn(Relation relation, CalendarDay day)
    {
        day = CalendarDays.Of(day);
        var statuses = relation.Statuses.IsDefault ? ImmutableArray<StatusInterval>.Empty : relation.Statuses;
        StatusInterval? covering = null, undecided = null;
        for (var i = 0; i < statuses.Length; i++)
        {
            var interval = statuses[i];

            // "never-established" with no start holds from the beginning; any other missing start is not known.
            var begun = interval is { Status: RelationStatus.NeverEstablished, From: null } ? HistoryAnswer.InForce : HasBegun(day, interval.From);
            var ended = HasEnded(day, interval.To, interval.EndUnknown);

            // An end marked unknown came before the next interval began: once that one has begun, this one is over.
            if (ended == HistoryAnswer.Unknown && i + 1 < statuses.Length && HasBegun(day, statuses[i + 1].From) == HistoryAnswer.InForce)
            {
                ended = HistoryAnswer.InForce;
            }

            switch (Within(begun, ended))
            {
                case HistoryAnswer.InForce:
                    covering = interval;
                    break;
                case HistoryAnswer.Unknown:
                    undecided ??= interval;
                    break;
            }
        }

        if (undecided is not null)
        {
            return new RelationOnDay(relation, day, HistoryAnswer.Unknown, undecided, ImmutableArray<Reference>.Empty);
        }

        if (covering is not null)
        {
            var inForce = covering.Status is RelationStatus.Active or RelationStatus.Restored;
            return new RelationOnDay(relation, day, inForce ? HistoryAnswer.InForce : HistoryAnswer.NotInForce, covering, covering.References);
        }

        // Before relations began: the establishment date, or the start of a first interval that is "active".
        if (relation.Established is { Date: { } established } establishment && day < established.FirstDay)
        {
            return new RelationOnDay(relation, day, HistoryAnswer.NotInForce, null, establishment.References);
        }

        if (statuses.Length > 0 && statuses[0] is { Status: RelationStatus.Active, From: { } from } first && day < from.FirstDay)
        {
            return new RelationOnDay(relation, day, HistoryAnswer.NotInForce, null, first.References);
        }

        // A gap between intervals, a day after the last one ended, or a relation with no dated status.
        return new RelationOnDay(relation, day, HistoryAnswer.Unknown, null, ImmutableArray<Reference>.Empty);
    }
}
