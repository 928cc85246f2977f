using System;
using System.Linq;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace RelationsData.Tests;

/// <summary>Point-in-time questions and successions over the shipped data: the seed's own cases, answered as the sources allow.</summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public class HistoryQueryTests
{
    private static Relation AzerbaijanPalestine => Relations.Between(Countries.Azerbaijan, Countries.Palestine)!;

    [Fact]
    public void Palestine_had_a_non_resident_mission_in_Azerbaijan_until_its_embassy_opened_on_2011_06_29()
    {
        var fromPalestine = AzerbaijanPalestine.MissionsFrom(Countries.Palestine);
        var nonResident = fromPalestine.Single(m => m.Kind == MissionKind.NonResident);
        var embassy = fromPalestine.Single(m => m.Kind == MissionKind.Embassy);

        Assert.Equal((HistoryAnswer.InForce, HistoryAnswer.NotInForce), (nonResident.OpenOn(new DateOnly(2011, 6, 28)), embassy.OpenOn(new DateOnly(2011, 6, 28))));
        Assert.Equal((HistoryAnswer.NotInForce, HistoryAnswer.InForce), (nonResident.OpenOn(new DateOnly(2011, 6, 29)), embassy.OpenOn(new DateOnly(2011, 6, 29))));
        Assert.Equal([nonResident], AzerbaijanPalestine.MissionsOn(new DateOnly(2011, 6, 28)).Where(m => m.Mission.From == Countries.Palestine).Select(m => m.Mission));
        Assert.Equal([embassy], AzerbaijanPalestine.MissionsOn(new DateOnly(2011, 6, 29)).Where(m => m.Mission.From == Countries.Palestine).Select(m => m.Mission));

        // "Azerbaijan does not have an embassy in Palestine": a stated absence is never an open mission.
        Assert.All(AzerbaijanPalestine.MissionsFrom(Countries.Azerbaijan), m => Assert.Equal(HistoryAnswer.NotInForce, m.OpenOn(new DateOnly(2020, 1, 1))));
    }

    [Fact]
    public void Azerbaijan_and_Palestine_were_in_relations_from_1992_04_15_and_not_the_day_before()
    {
        var before = AzerbaijanPalestine.StatusOn(new DateOnly(1992, 4, 14));
        var on = AzerbaijanPalestine.StatusOn(new DateOnly(1992, 4, 15));

        Assert.Equal((HistoryAnswer.NotInForce, null), (before.Answer, before.Status));
        Assert.NotEmpty(before.References);
        Assert.Equal((HistoryAnswer.InForce, RelationStatus.Active), (on.Answer, on.Status));
        Assert.Same(AzerbaijanPalestine.Statuses[0], on.Interval);
        Assert.Equal(on.Interval!.References, on.References);
    }

    [Theory]
    [InlineData(2008, 12, 31, HistoryAnswer.Unknown)] // the sources say nothing of the years before
    [InlineData(2009, 6, 1, HistoryAnswer.Unknown)] // "since 2009": the break may fall on either side of the day
    [InlineData(2010, 1, 1, HistoryAnswer.NotInForce)]
    [InlineData(2025, 1, 1, HistoryAnswer.NotInForce)]
    public void Israel_and_Venezuela_have_had_no_relations_since_2009(int year, int month, int day, HistoryAnswer expected)
    {
        var answer = Relations.Between(Countries.Israel, Countries.Venezuela)!.StatusOn(new DateOnly(year, month, day));

        Assert.Equal(expected, answer.Answer);
        Assert.Equal(expected == HistoryAnswer.NotInForce ? RelationStatus.Severed : null, answer.Status);
    }

    [Theory]
    [InlineData(1949, 2, 28, HistoryAnswer.NotInForce)] // before the establishment in March 1949
    [InlineData(1949, 3, 15, HistoryAnswer.Unknown)] // within "1949-03"
    [InlineData(1960, 1, 1, HistoryAnswer.Unknown)] // ties were cut at a time the sources do not give
    [InlineData(2015, 1, 1, HistoryAnswer.Unknown)]
    [InlineData(2022, 7, 1, HistoryAnswer.Unknown)] // "mid-2022", stored as 2022
    [InlineData(2023, 1, 1, HistoryAnswer.InForce)]
    public void Israel_and_Turkey_answer_unknown_between_1949_and_the_2022_restoration(int year, int month, int day, HistoryAnswer expected)
    {
        var answer = Relations.Between(Countries.Israel, Countries.Turkey)!.StatusOn(new DateOnly(year, month, day));

        Assert.Equal(expected, answer.Answer);
        Assert.Equal(expected == HistoryAnswer.InForce ? RelationStatus.Restored : null, answer.Status);
    }

    [Fact]
    public void The_relations_in_force_on_a_day_leave_out_the_unknown_and_the_severed()
    {
        var inForce = Relations.InForceOn(new DateOnly(2015, 1, 1));

        Assert.Contains(AzerbaijanPalestine, inForce);
        Assert.DoesNotContain(Relations.Between(Countries.Israel, Countries.Turkey), inForce);
        Assert.DoesNotContain(Relations.Between(Countries.Israel, Countries.Venezuela), inForce);
        Assert.Equal(inForce, Relations.On(new DateOnly(2015, 1, 1)).Where(a => a.Answer == HistoryAnswer.InForce).Select(a => a.Relation));
        Assert.Equal(Relations.All.Length, Relations.On(new DateOnly(2015, 1, 1)).Length);
    }

    [Fact]
    public void The_Soviet_Union_was_dissolved_into_fifteen_successors_and_Azerbaijan_names_it_as_its_predecessor()
    {
        var ussr = Countries.ByAlpha2("SU") ?? Countries.All.Single(c => c.Alpha4 == "SUHH");
        var successors = ussr.Successors;

        Assert.Equal(["RU", "AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "TJ", "TM", "UA", "UZ"], successors.Select(s => s.Successor.Alpha2));
        Assert.All(successors, s => Assert.Equal((new PartialDate(1992, 8, 30), SuccessionKind.Dissolved), (s.Date!.Value, s.Kind!.Value)));
        Assert.Contains(successors[0].References, r => r.Id == "cldr-core");
        Assert.Contains(successors[0].References, r => r.Id == "seed-article");

        var predecessor = Assert.Single(Countries.Azerbaijan.Predecessors);
        Assert.Same(ussr, predecessor.Predecessor);
        Assert.Same(successors.Single(s => s.Successor == Countries.Azerbaijan), predecessor);
        Assert.Equal(HistoryAnswer.NotInForce, ussr.ExistedOn(new DateOnly(1992, 8, 30)));
        Assert.Equal(HistoryAnswer.Unknown, ussr.ExistedOn(new DateOnly(1980, 1, 1))); // the data gives no start
    }

    [Theory]
    [InlineData("ZRCD", "CD")]
    [InlineData("DDDE", "DE")]
    [InlineData("YUCS", "RS ME")]
    [InlineData("ANHH", "CW SX BQ")]
    [InlineData("CSHH", "CZ SK")] // CS was also Serbia and Montenegro: its numeric code 200 decides
    [InlineData("CSXX", "RS ME")]
    public void Former_entries_name_their_successors_from_CLDR(string alpha4, string successors)
    {
        var former = Countries.All.Single(c => c.Alpha4 == alpha4);

        Assert.Equal(successors.Split(' '), former.Successors.Select(s => s.Successor.Alpha2));
        Assert.All(former.Successors, s => Assert.Contains(former, s.Successor.Predecessors.Select(p => p.Predecessor)));
    }

    [Fact]
    public void Every_succession_is_the_same_record_seen_from_both_sides()
    {
        var forward = Countries.All.SelectMany(c => c.Successors).ToList();
        var backward = Countries.All.SelectMany(c => c.Predecessors).ToList();

        Assert.True(forward.Count > 40, $"{forward.Count} successions");
        Assert.Equal(forward.Count, backward.Count);
        Assert.All(backward, b => Assert.Contains(forward, f => ReferenceEquals(f, b)));
        Assert.All(forward, s => Assert.True(s.Predecessor.IsFormer && !s.Successor.IsFormer, s.ToString()));
    }

    [Fact]
    public void The_relation_card_for_AZ_PS_matches_the_approved_text() => Approvals.Verify(ExplorerTests.Run("relation", "AZ", "PS").Output);

    [Fact]
    public void What_was_in_force_for_Israel_on_2015_01_01_matches_the_approved_text() => Approvals.Verify(ExplorerTests.Run("on", "2015-01-01", "IL").Output);

    [Fact]
    public void What_was_in_force_for_Azerbaijan_on_2011_06_28_matches_the_approved_text() => Approvals.Verify(ExplorerTests.Run("on", "2011-06-28", "AZ").Output);

    [Fact]
    public void The_country_cards_list_successors_and_predecessors()
    {
        Assert.Contains("Succeeded by (dissolved): Russian Federation (RU), Armenia (AM), Azerbaijan (AZ)", ExplorerTests.Run("country", "SU").Output, StringComparison.Ordinal);
        Assert.Contains("Succeeded: Soviet Union (SUHH), withdrawn 1992-08-30", ExplorerTests.Run("country", "AZ").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2015-13-01")]
    [InlineData("2015")]
    [InlineData("yesterday")]
    public void A_day_that_is_not_yyyy_MM_dd_is_a_usage_error(string day)
    {
        var (code, output, error) = ExplorerTests.Run("on", day);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }
}
