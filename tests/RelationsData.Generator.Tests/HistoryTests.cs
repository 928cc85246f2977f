using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace RelationsData.Generator.Tests;

/// <summary>
/// History over an app's own data, compiled and loaded: former entries are first-class in every lookup, successions link
/// both ways, and point-in-time answers follow the precision of each boundary.
/// </summary>
public sealed class HistoryTests
{
    // Old Freedonia is a former entry that shares its alpha-2 code XF with the current Freedonia: the code index holds
    // only Freedonia, which is how a lookup through it lost the former entry's relations.
    private static readonly InMemoryFile[] Files =
    [
        CountryFile("freedonia", "XF", "XFR", null, null, null),
        CountryFile("old-freedonia", "XF", "XFR", "FRHH", "1933-11-17", "\"since\": \"1900\", \"succession\": { \"successors\": [\"freedonia\", \"ruritania\"], \"kind\": \"split\", \"citations\": [\"source\"] },"),
        CountryFile("ruritania", "XR", "XRU", null, null, null),
        CountryFile("sylvania", "XS", "XSY", null, null, null),
        DataFile("reference-source.json", """{ "$schema": "../schema/reference.schema.json", "id": "source", "type": "article", "title": "A fictional source" }"""),
        DataFile("relation-old-freedonia-sylvania.json", """
            { "$schema": "../schema/relation.schema.json", "id": "old-freedonia-sylvania", "countries": ["sylvania", "old-freedonia"],
              "statuses": [{ "status": "active", "from": "1920-02-01", "to": "1933-11-17", "citations": ["source"] }], "citations": ["source"] }
            """),
        DataFile("relation-ruritania-sylvania.json", """
            { "$schema": "../schema/relation.schema.json", "id": "ruritania-sylvania", "countries": ["ruritania", "sylvania"],
              "statuses": [
                { "status": "active", "from": "1990", "to": "1995-06", "citations": ["source"] },
                { "status": "severed", "from": "1995-06", "to": "unknown", "citations": ["source"] },
                { "status": "restored", "from": "2001-03-15", "citations": ["source"] }
              ],
              "missions": [{ "from": "sylvania", "to": "ruritania", "kind": "embassy", "opened": "2001", "closed": "2005-02-03", "citations": ["source"] }],
              "citations": ["source"] }
            """),
        DataFile("relation-freedonia-ruritania.json", """
            { "$schema": "../schema/relation.schema.json", "id": "freedonia-ruritania", "countries": ["freedonia", "ruritania"],
              "statuses": [{ "status": "severed", "from": "2009", "citations": ["source"] }], "citations": ["source"] }
            """),
        DataFile("event-treaty.json", """
            { "$schema": "../schema/event.schema.json", "id": "treaty-1921", "date": "1921", "kind": "treaty", "title": "A treaty",
              "summary": "Old Freedonia and Sylvania sign a treaty.", "countries": ["old-freedonia", "sylvania"], "relations": ["old-freedonia-sylvania"], "citations": ["source"] }
            """),
    ];

    private static readonly Lazy<RelationsDataset> Dataset = new(Load);

    private static RelationsDataset Data => Dataset.Value;

    private static Country C(string id) => Data.CountryById(id)!;

    [Fact]
    public void Relations_and_events_of_a_former_entry_are_found_like_any_other()
    {
        var former = C("old-freedonia");
        var relation = Data.RelationById("old-freedonia-sylvania")!;

        Assert.Same(relation, Data.Between(C("sylvania"), former));
        Assert.Same(relation, Data.Between(former, C("sylvania")));
        Assert.Same(relation, Assert.Single(Data.RelationsOf(former)));
        Assert.Equal(["treaty-1921"], Data.EventsOf(former).Select(e => e.Id));
        Assert.Equal(["treaty-1921"], Data.EventsOf(relation).Select(e => e.Id));

        // The current entry with the same code keeps only its own.
        Assert.Equal(["freedonia-ruritania"], Data.RelationsOf(C("freedonia")).Select(r => r.Id));
        Assert.Null(Data.Between(C("freedonia"), C("sylvania")));

        // A copy is not a record of the dataset, as before.
        Assert.Empty(Data.RelationsOf(former with { ShortName = "Copy" }));
    }

    [Fact]
    public void Successions_link_both_ways_with_one_record_each()
    {
        var successors = C("old-freedonia").Successors;

        Assert.Equal(["freedonia", "ruritania"], successors.Select(s => s.Successor.Id));
        Assert.All(successors, s => Assert.Equal((new PartialDate(1933, 11, 17), SuccessionKind.Split, "source"), (s.Date!.Value, s.Kind!.Value, s.References.Single().Id)));
        Assert.Same(successors[1], Assert.Single(C("ruritania").Predecessors));
        Assert.Same(C("old-freedonia"), C("freedonia").Predecessors.Single().Predecessor);
        Assert.Empty(C("sylvania").Predecessors);
        Assert.Empty(C("sylvania").Successors);
    }

    [Theory]
    [InlineData("1989-12-31", HistoryAnswer.NotInForce, null)] // before a first "active" interval: relations had not begun
    [InlineData("1990-01-01", HistoryAnswer.Unknown, "Active")] // "1990" may begin on any day of 1990
    [InlineData("1990-12-31", HistoryAnswer.Unknown, "Active")]
    [InlineData("1991-01-01", HistoryAnswer.InForce, "Active")]
    [InlineData("1995-05-31", HistoryAnswer.InForce, "Active")]
    [InlineData("1995-06-15", HistoryAnswer.Unknown, "Active")] // "1995-06" ends one and starts the next
    [InlineData("1995-07-01", HistoryAnswer.Unknown, "Severed")] // severed, ended at an unknown time before the restoration
    [InlineData("2001-03-14", HistoryAnswer.Unknown, "Severed")]
    [InlineData("2001-03-15", HistoryAnswer.InForce, "Restored")] // a day-precision start holds from that day
    [InlineData("2030-01-01", HistoryAnswer.InForce, "Restored")] // an open end is ongoing
    public void Status_on_a_day_follows_the_precision_of_each_boundary(string day, HistoryAnswer expected, string? interval)
    {
        var answer = Data.RelationById("ruritania-sylvania")!.StatusOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, answer.Answer);
        Assert.Equal(interval, answer.Interval?.Status.ToString());
        Assert.Equal(expected == HistoryAnswer.Unknown ? 0 : 1, answer.References.Length);
        Assert.Equal(expected == HistoryAnswer.Unknown ? null : answer.Interval?.Status, answer.Status);
    }

    [Theory]
    [InlineData("2008-12-31", HistoryAnswer.Unknown)] // before a first interval that is not "active": not known
    [InlineData("2009-06-01", HistoryAnswer.Unknown)]
    [InlineData("2010-01-01", HistoryAnswer.NotInForce)]
    public void A_severed_relation_is_known_not_in_force_once_its_start_has_passed(string day, HistoryAnswer expected) =>
        Assert.Equal(expected, Data.RelationById("freedonia-ruritania")!.StatusOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Answer);

    [Theory]
    [InlineData("2000-12-31", HistoryAnswer.NotInForce)]
    [InlineData("2001-06-01", HistoryAnswer.Unknown)]
    [InlineData("2002-01-01", HistoryAnswer.InForce)]
    [InlineData("2005-02-02", HistoryAnswer.InForce)]
    [InlineData("2005-02-03", HistoryAnswer.NotInForce)] // the closing day is the first day it is no longer open
    public void A_mission_is_open_from_its_opening_until_its_closing_day(string day, HistoryAnswer expected)
    {
        var relation = Data.RelationById("ruritania-sylvania")!;
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, relation.Missions.Single().OpenOn(date));
        Assert.Equal(expected == HistoryAnswer.NotInForce ? 0 : 1, relation.MissionsOn(date).Length);
    }

    [Theory]
    [InlineData("old-freedonia", "1899-12-31", HistoryAnswer.NotInForce)]
    [InlineData("old-freedonia", "1900-07-01", HistoryAnswer.Unknown)]
    [InlineData("old-freedonia", "1933-11-16", HistoryAnswer.InForce)]
    [InlineData("old-freedonia", "1933-11-17", HistoryAnswer.NotInForce)] // withdrawn that day
    [InlineData("freedonia", "2020-01-01", HistoryAnswer.Unknown)] // a current entry whose start the data does not know
    public void A_country_existed_between_its_start_and_its_withdrawal(string id, string day, HistoryAnswer expected) =>
        Assert.Equal(expected, C(id).ExistedOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_relations_in_force_on_a_day_include_former_entries_and_leave_out_the_unknown()
    {
        var day = new DateOnly(1925, 1, 1);

        Assert.Equal(["old-freedonia-sylvania"], Data.RelationsInForceOn(day).Select(r => r.Id));
        Assert.Equal(
            [("freedonia-ruritania", HistoryAnswer.Unknown), ("old-freedonia-sylvania", HistoryAnswer.InForce), ("ruritania-sylvania", HistoryAnswer.NotInForce)],
            Data.RelationsOn(day).Select(a => (a.Relation.Id, a.Answer)));
        Assert.Empty(Data.RelationsInForceOn(new DateOnly(1995, 6, 15)));
    }

    private static RelationsDataset Load()
    {
        var (result, output) = TestHelpers.Run(Files);
        Assert.Empty(result.Diagnostics);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext("history-test", isCollectible: true).LoadFromStream(stream);
        var instance = assembly.GetType(TestHelpers.TestNamespace + ".CompiledDataset")!.GetProperty("Instance", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        return (RelationsDataset)instance.GetValue(null)!;
    }

    private static InMemoryFile CountryFile(string id, string alpha2, string alpha3, string? alpha4, string? withdrawn, string? more) =>
        DataFile($"country-{id}.json", $$"""
            { "$schema": "../schema/country.schema.json", "id": "{{id}}", "alpha2": "{{alpha2}}", "alpha3": "{{alpha3}}",
              {{(alpha4 is null ? "" : $"\"alpha4\": \"{alpha4}\", \"withdrawn\": \"{withdrawn}\",")}} {{more}}
              "shortName": "{{id}}", "citations": ["source"] }
            """);

    private static InMemoryFile DataFile(string name, string text) => new("/data/" + name, text);
}
