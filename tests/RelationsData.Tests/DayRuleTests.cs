using System;
using System.Globalization;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>The one reading of partial dates that every point-in-time query uses, at each precision.</summary>
public class DayRuleTests
{
    [Theory]
    [InlineData("2018", "2017-12-31", HistoryAnswer.NotInForce)]
    [InlineData("2018", "2018-01-01", HistoryAnswer.Unknown)]
    [InlineData("2018", "2018-12-31", HistoryAnswer.Unknown)]
    [InlineData("2018", "2019-01-01", HistoryAnswer.InForce)]
    [InlineData("2018-04", "2018-03-31", HistoryAnswer.NotInForce)]
    [InlineData("2018-04", "2018-04-30", HistoryAnswer.Unknown)]
    [InlineData("2018-04", "2018-05-01", HistoryAnswer.InForce)]
    [InlineData("2018-04-07", "2018-04-06", HistoryAnswer.NotInForce)]
    [InlineData("2018-04-07", "2018-04-07", HistoryAnswer.InForce)]
    [InlineData(null, "2018-04-07", HistoryAnswer.Unknown)]
    public void A_start_has_begun_from_its_first_day_and_is_unknown_inside_its_period(string? start, string day, HistoryAnswer expected) =>
        Assert.Equal(expected, DayRule.HasBegun(DateOnly.Parse(day, CultureInfo.InvariantCulture), start is null ? null : PartialDate.Parse(start)));

    [Theory]
    [InlineData("2018", false, "2017-12-31", HistoryAnswer.NotInForce)]
    [InlineData("2018", false, "2018-06-01", HistoryAnswer.Unknown)]
    [InlineData("2018", false, "2019-01-01", HistoryAnswer.InForce)]
    [InlineData("2018-04", false, "2018-04-15", HistoryAnswer.Unknown)]
    [InlineData("2018-04", false, "2018-05-01", HistoryAnswer.InForce)]
    [InlineData("2018-04-07", false, "2018-04-06", HistoryAnswer.NotInForce)]
    [InlineData("2018-04-07", false, "2018-04-07", HistoryAnswer.InForce)] // a day-precision end is the first day no longer covered
    [InlineData(null, false, "2099-01-01", HistoryAnswer.NotInForce)] // no end: ongoing
    [InlineData(null, true, "2099-01-01", HistoryAnswer.Unknown)] // ended at a time the sources do not give
    public void An_end_has_passed_from_its_day_and_is_unknown_inside_its_period_or_when_marked_unknown(string? end, bool endUnknown, string day, HistoryAnswer expected) =>
        Assert.Equal(expected, DayRule.HasEnded(DateOnly.Parse(day, CultureInfo.InvariantCulture), end is null ? null : PartialDate.Parse(end), endUnknown));

    [Theory]
    [InlineData(HistoryAnswer.InForce, HistoryAnswer.NotInForce, HistoryAnswer.InForce)]
    [InlineData(HistoryAnswer.NotInForce, HistoryAnswer.Unknown, HistoryAnswer.NotInForce)]
    [InlineData(HistoryAnswer.Unknown, HistoryAnswer.InForce, HistoryAnswer.NotInForce)]
    [InlineData(HistoryAnswer.Unknown, HistoryAnswer.NotInForce, HistoryAnswer.Unknown)]
    [InlineData(HistoryAnswer.InForce, HistoryAnswer.Unknown, HistoryAnswer.Unknown)]
    public void A_day_is_within_a_period_when_it_has_begun_and_not_ended(HistoryAnswer begun, HistoryAnswer ended, HistoryAnswer expected) =>
        Assert.Equal(expected, DayRule.Within(begun, ended));

    [Theory]
    [InlineData("1977", "1976-12-31", HistoryAnswer.Unknown)] // no start known
    [InlineData("1977", "1977-05-01", HistoryAnswer.Unknown)] // withdrawn "1977"
    [InlineData("1977", "1978-01-01", HistoryAnswer.NotInForce)]
    [InlineData("1990-10", "1990-10-30", HistoryAnswer.Unknown)]
    public void A_former_entry_did_not_exist_after_its_withdrawal(string withdrawn, string day, HistoryAnswer expected)
    {
        var dahomey = Countries.All.Single(c => c.Alpha4 == "DYBJ") with { Withdrawn = PartialDate.Parse(withdrawn) };

        Assert.Equal(expected, dahomey.ExistedOn(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }
}
