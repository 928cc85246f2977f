// Compiled into both the library and the generator, so that the data files and the runtime agree on dates.
namespace RelationsData.Shared;

/// <summary>The text form (<c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>) and the packed integer form of a partial date.</summary>
internal static class DateText
{
    /// <summary>The packed value of "no date".</summary>
    public const int None = 0;

    /// <summary>Why a date text was rejected.</summary>
    public enum Problem
    {
        None,
        Malformed,
        Impossible,
    }

    /// <summary>Parses a date written with year, year-month or year-month-day precision; month and day are 0 when not given.</summary>
    public static Problem TryParse(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != 4 && text.Length != 7 && text.Length != 10)
        {
            return Problem.Malformed;
        }

        if (!TryDigits(text, 0, 4, out year))
        {
            return Problem.Malformed;
        }

        if (text.Length >= 7 && (text[4] != '-' || !TryDigits(text, 5, 2, out month)))
        {
            return Problem.Malformed;
        }

        if (text.Length == 10 && (text[7] != '-' || !TryDigits(text, 8, 2, out day)))
        {
            return Problem.Malformed;
        }

        if (year < 1 || (text.Length >= 7 && (month < 1 || month > 12)))
        {
            return Problem.Impossible;
        }

        if (text.Length == 10 && (day < 1 || day > DaysInMonth(year, month)))
        {
            return Problem.Impossible;
        }

        return Problem.None;
    }

    /// <summary>
    /// Packs a valid date as <c>year &lt;&lt; 9 | month &lt;&lt; 5 | day</c> (0 for an absent month or day), which orders like
    /// the date itself and stays below 2^24 (four 6-bit groups in a table column, where year * 10000 took five).
    /// </summary>
    public static int Pack(int year, int month, int day) => (year << 9) | (month << 5) | day;

    /// <summary>The year of a packed date.</summary>
    public static int YearOf(int packed) => packed >> 9;

    /// <summary>The month of a packed date, or 0.</summary>
    public static int MonthOf(int packed) => (packed >> 5) & 0xF;

    /// <summary>The day of a packed date, or 0.</summary>
    public static int DayOf(int packed) => packed & 0x1F;

    /// <summary>Unpacks a value made by <see cref="Pack"/>.</summary>
    public static void Unpack(int packed, out int year, out int month, out int day)
    {
        year = YearOf(packed);
        month = MonthOf(packed);
        day = DayOf(packed);
    }

    /// <summary>The text form of a packed date, in its own precision: "2009", "2018-04" or "2018-11-05".</summary>
    public static string Format(int packed)
    {
        Unpack(packed, out var year, out var month, out var day);
        var text = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (month > 0)
        {
            text += "-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (day > 0)
        {
            text += "-" + day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>Days in a month of the proleptic Gregorian calendar.</summary>
    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
