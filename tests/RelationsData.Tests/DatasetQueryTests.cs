using System.Linq;

namespace RelationsData.Tests;

/// <summary>The questions the seed article answers, asked through LINQ over the compiled constants.</summary>
public class DatasetQueryTests
{
    [Fact]
    public void Relations_were_established_when_the_seed_says()
    {
        Assert.Equal(PartialDate.Parse("1992-04-15"), Relations.AzerbaijanPalestine.Established?.Date);
        Assert.Equal(new PartialDate(1949, 3), Relations.Between(Countries.Israel, Countries.Turkey)!.Established?.Date);

        var establishedIn1992 = Relations.All.Where(r => r.Established?.Date?.Year == 1992).Select(r => r.Id).ToList();
        Assert.Equal(new[] { "azerbaijan-israel", "azerbaijan-palestine" }, establishedIn1992);
    }

    [Fact]
    public void Relations_with_no_embassy_either_way_include_Azerbaijan_Senegal_but_not_Azerbaijan_Palestine()
    {
        var noEmbassy = Relations.All.Where(r => !r.Missions.Any(m => m.Kind == MissionKind.Embassy)).ToList();

        Assert.Contains(Relations.AzerbaijanSenegal, noEmbassy);
        Assert.DoesNotContain(Relations.AzerbaijanPalestine, noEmbassy);
        Assert.All(Relations.AzerbaijanSenegal.Missions, m => Assert.Equal(MissionKind.None, m.Kind));
    }

    [Fact]
    public void Palestine_has_an_embassy_in_Baku_since_2011_and_Azerbaijan_none_in_Palestine()
    {
        var relation = Relations.AzerbaijanPalestine;
        var embassy = relation.MissionsFrom(Countries.Palestine).Single(m => m.Kind == MissionKind.Embassy);

        Assert.Equal("Baku", embassy.City);
        Assert.Equal("2011-06-29", embassy.Opened.ToString());
        Assert.Contains(relation.MissionsFrom(Countries.Palestine), m => m.Kind == MissionKind.NonResident && m.Closed == embassy.Opened);
        Assert.Equal(MissionKind.None, relation.MissionsFrom(Countries.Azerbaijan).Single().Kind);
    }

    [Fact]
    public void Events_of_2018_are_the_April_visit_and_the_November_meeting_in_date_order()
    {
        var events2018 = Events.All.Where(e => e.Date.Year == 2018).ToList();

        Assert.Equal(new[] { "2018-04", "2018-11-05" }, events2018.Select(e => e.Date.ToString()));
        Assert.Equal(EventKind.Visit, events2018[0].Kind);
        Assert.Equal(EventKind.MeetingHosted, events2018[1].Kind);
        Assert.Contains(events2018[0].People, p => p.Name == "Riyad al-Maliki");
    }

    [Fact]
    public void Israel_is_protected_by_Canada_in_Venezuela()
    {
        var israel = Countries.Israel;
        var powers = Relations.Of(israel).SelectMany(r => r.ProtectingPowers).Where(p => p.Protected == israel).ToList();

        var canada = Assert.Single(powers);
        Assert.Equal(Countries.Canada, canada.Protector);
        Assert.Equal(Countries.Venezuela, canada.Host);
        Assert.Equal("Caracas", canada.City);
    }

    [Fact]
    public void The_embassy_opening_names_Mahmoud_Abbas_as_president()
    {
        var opening = Events.Of(Relations.AzerbaijanPalestine).Single(e => e.Kind == EventKind.EmbassyOpened);

        var abbas = Assert.Single(opening.People);
        Assert.Equal("Mahmoud Abbas", abbas.Name);
        Assert.Equal(Countries.Palestine, abbas.Country);
        Assert.Equal("Baku", opening.Place);
    }

    [Fact]
    public void Resolution_ES_10_19_keeps_its_date_tally_and_drafters()
    {
        var resolution = Events.All.Single(e => e.Kind == EventKind.UnResolution);

        Assert.Equal(new PartialDate(2017, 12, 21), resolution.Date);
        Assert.Equal(new VoteTally(InFavour: 128, Against: 9, Abstentions: 35, Absent: 21), resolution.Vote);
        Assert.Equal(new[] { Countries.Yemen, Countries.Turkey }, resolution.Drafters);
        Assert.Empty(resolution.Relations);
    }

    [Fact]
    public void Honduras_recognised_Palestine_in_2011_as_a_directed_act()
    {
        var recognition = Relations.Between(Countries.Palestine, Countries.Honduras)!.Recognitions.Single();

        Assert.Equal(Countries.Honduras, recognition.By);
        Assert.Equal(Countries.Palestine, recognition.Of);
        Assert.Equal(new PartialDate(2011), recognition.Date);
    }

    [Fact]
    public void Kenya_is_accredited_to_Azerbaijan_from_Tehran()
    {
        var mission = Relations.AzerbaijanKenya.MissionsFrom(Countries.Kenya).Single();

        Assert.Equal(MissionKind.NonResident, mission.Kind);
        Assert.Equal("Tehran", mission.AccreditedFrom);
    }

    [Fact]
    public void Events_of_a_relation_and_of_a_country_are_in_date_order()
    {
        Assert.All(Relations.All, r => Assert.Equal(Events.Of(r).OrderBy(e => e.Date), Events.Of(r)));
        Assert.All(Countries.All, c => Assert.Equal(Events.Of(c).OrderBy(e => e.Date), Events.Of(c)));
        Assert.Equal(5, Events.Of(Relations.AzerbaijanPalestine).Length);
        Assert.Equal(Events.All.OrderBy(e => e.Date).ThenBy(e => e.Id, System.StringComparer.Ordinal), Events.All);
    }
}
