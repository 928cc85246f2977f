using System;
using System.Globalization;
using RelationsData.Platform;
using RelationsData.Shared;

namespace RelationsData;

/// <summary>How much of a <see cref="PartialDate"/> the source states.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known, as in "2009".</summary>
    Year,

    /// <summary>The year and month are known, as in "2018-04".</summary>
    Month,

    /// <summary>The full calendar date is known, as in "2018-11-05".</summary>
    Day,
}

/// <summary>
/// A date known to the precision its source gives: a year, a month or a day. No day or month is ever invented.
/// Dates order chronologically; a less precise date sorts before the more precise dates it contains
/// ("2018" &lt; "2018-04" &lt; "2018-04-07").
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    private readonly int packed;

    // The packed form (see DateText.Pack) is already validated by every caller.
    private PartialDate(int packed, DatePrecision _) => this.packed = packed;

    /// <summary>Creates a date with year precision.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    public PartialDate(int year)
        : this(Validate(year, 0, 0), default(DatePrecision))
    {
    }

    /// <summary>Creates a date with month precision.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    public PartialDate(int year, int month)
        : this(Validate(year, month, 0), default(DatePrecision))
    {
    }

    /// <summary>Creates a date with day precision.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    public PartialDate(int year, int month, int day)
        : this(Validate(year, month, day), default(DatePrecision))
    {
    }

    /// <summary>The year.</summary>
    public int Year => DateText.YearOf(packed);

    /// <summary>The month, or <see langword="null"/> when the source gives only the year.</summary>
    public int? Month => DateText.MonthOf(packed) is var m and > 0 ? m : null;

    /// <summary>The day of the month, or <see langword="null"/> when the source does not give it.</summary>
    public int? Day => DateText.DayOf(packed) is var d and > 0 ? d : null;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first calendar day the date covers.</summary>
    internal CalendarDay FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last calendar day the date covers.</summary>
    internal CalendarDay LastDay => Precision switch
    {
        DatePrecision.Year => new CalendarDay(Year, 12, 31),
        DatePrecision.Month => new CalendarDay(Year, Month!.Value, DateText.DaysInMonth(Year, Month.Value)),
        _ => FirstDay,
    };

    /// <summary>The first day the date covers as a <see cref="DateTime"/> at midnight ("2018-04": 1 April 2018); every target has it.</summary>
    public DateTime StartDateTime => CalendarDays.ToDateTime(FirstDay);

    /// <summary>The last day the date covers as a <see cref="DateTime"/> at midnight ("2018-04": 30 April 2018); every target has it.</summary>
    public DateTime EndDateTime => CalendarDays.ToDateTime(LastDay);

    /// <summary>Whether the date part of <paramref name="date"/> falls within the period this date covers.</summary>
    /// <param name="date">A day; its time of day is ignored.</param>
    public bool Contains(DateTime date) => CalendarDays.FromDateTime(date) is var day && day >= FirstDay && day <= LastDay;

#if !NETSTANDARD2_0
    /// <summary>The first calendar day the date covers ("2018-04" starts on 1 April 2018).</summary>
    public DateOnly Start => FirstDay;

    /// <summary>The last calendar day the date covers ("2018-04" ends on 30 April 2018).</summary>
    public DateOnly End => LastDay;

    /// <summary>Whether <paramref name="date"/> falls within the period this date covers.</summary>
    /// <param name="date">A calendar day.</param>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;
#endif

    /// <summary>Parses "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
    /// <param name="text">The date as written in the data.</param>
    /// <exception cref="FormatException">The text is not a valid date of one of those forms.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");

    /// <summary>Parses "yyyy", "yyyy-MM" or "yyyy-MM-dd"; impossible dates such as 2019-02-29 are rejected.</summary>
    /// <param name="text">The date as written in the data.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || DateText.TryParse(text, out var y, out var m, out var d) != DateText.Problem.None)
        {
            return false;
        }

        date = new PartialDate(DateText.Pack(y, m, d), default(DatePrecision));
        return true;
    }

    /// <summary>Rebuilds a date from its packed form in generated tables.</summary>
    internal static PartialDate? FromPacked(int packed) => packed == DateText.None ? null : new PartialDate(packed, default(DatePrecision));

    /// <summary>The date as written: "2009", "2018-04" or "2018-11-05".</summary>
    /// <returns>The date in its own precision.</returns>
    public override string ToString() => DateText.Format(packed);

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => packed == other.packed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => packed;

    /// <inheritdoc/>
    public int CompareTo(PartialDate other) => packed.CompareTo(other.packed);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PartialDate.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Chronological order.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.packed < right.packed;

    /// <summary>Chronological order.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.packed > right.packed;

    /// <summary>Chronological order.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.packed <= right.packed;

    /// <summary>Chronological order.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.packed >= right.packed;

    private static int Validate(int year, int month, int day)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be from 1 to 9999.");
        }

        if (month < 0 || month > 12 || (month == 0 && day != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be from 1 to 12.");
        }

        if (day < 0 || (day > 0 && day > DateText.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
        }

        return DateText.Pack(year, month, day);
    }
}
