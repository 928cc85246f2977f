// The calendar day the queries compute with: System.DateOnly where the runtime has it (net6.0 and later), and
// System.DateTime (its date part) for netstandard2.0, which has no DateOnly. The public API has DateTime overloads on
// every target (so a netstandard2.0 library that calls them runs against the net8.0 assembly too) and DateOnly ones
// where DateOnly exists.
#if NETSTANDARD2_0
global using CalendarDay = System.DateTime;
#else
global using CalendarDay = System.DateOnly;
#endif

using System;

namespace RelationsData.Platform;

/// <summary>Converts between <c>CalendarDay</c> and <see cref="DateTime"/>, whose time of day and kind are ignored.</summary>
internal static class CalendarDays
{
    /// <summary>The day itself: a <see cref="DateTime"/>'s time of day is dropped (netstandard2.0).</summary>
    public static CalendarDay Of(CalendarDay day) =>
#if NETSTANDARD2_0
        day.Date;
#else
        day;
#endif

    /// <summary>The calendar day of a <see cref="DateTime"/> (its date part).</summary>
    public static CalendarDay FromDateTime(DateTime dateTime) =>
#if NETSTANDARD2_0
        dateTime.Date;
#else
        DateOnly.FromDateTime(dateTime);
#endif

    /// <summary>The day as a <see cref="DateTime"/> at midnight, of unspecified kind.</summary>
    public static DateTime ToDateTime(CalendarDay day) =>
#if NETSTANDARD2_0
        day.Date;
#else
        day.ToDateTime(TimeOnly.MinValue);
#endif
}
