using System;
using System.Linq;

namespace RelationsData.Tests;

/// <summary>Dates keep the precision of their source, order chronologically and print as written.</summary>
public class PartialDateTests
{
    [Theory]
    [InlineData("2009", DatePrecision.Year)]
    [InlineData("2018-04", DatePrecision.Month)]
    [InlineData("2018-11-05", DatePrecision.Day)]
    [InlineData("2020-02-29", DatePrecision.Day)]
    public void Parses_and_prints_as_written(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2018-02-30")]
    [InlineData("2019-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2018-13")]
    [InlineData("2018-00")]
    [InlineData("0000")]
    [InlineData("18")]
    [InlineData("2018-4")]
    [InlineData("2018/04/05")]
    [InlineData("2018-04-05T00:00")]
    [InlineData("")]
    public void Rejects_impossible_or_malformed_dates(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Orders_chronologically_with_coarser_dates_first()
    {
        var texts = new[] { "2018-11-05", "2018", "2009", "2018-04", "2018-04-07", "1992-04-15" };

        var sorted = texts.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(new[] { "1992-04-15", "2009", "2018", "2018-04", "2018-04-07", "2018-11-05" }, sorted);
        Assert.True(PartialDate.Parse("2018-04") < PartialDate.Parse("2018-04-07"));
        Assert.NotEqual(PartialDate.Parse("2018"), PartialDate.Parse("2018-01"));
    }

    [Fact]
    public void Covers_the_calendar_days_of_its_precision()
    {
        var april = new PartialDate(2018, 4);

        Assert.Equal(new DateOnly(2018, 4, 1), april.Start);
        Assert.Equal(new DateOnly(2018, 4, 30), april.End);
        Assert.True(april.Contains(new DateOnly(2018, 4, 7)));
        Assert.False(april.Contains(new DateOnly(2018, 5, 1)));
        Assert.Equal(new DateOnly(2020, 12, 31), new PartialDate(2020).End);
    }

    [Fact]
    public void Constructors_reject_days_that_do_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2019, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2019, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(0));
    }
}
