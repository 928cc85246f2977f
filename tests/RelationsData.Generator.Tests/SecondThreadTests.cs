using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;
using RelationsData.Generator.Tables;
using RelationsData.WorldData;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The build step names the events and builds the table indexes on a second thread (DatasetLinker's
/// eventsOnSecondThread, TableBuilder's indexesOnSecondThread); the generator keeps to one. Both must give the same
/// dataset, the same diagnostics in the same order, and the same tables, or a resource build would differ from a
/// literal one.
/// </summary>
public class SecondThreadTests
{
    [Fact]
    public void A_tenth_of_the_world_links_and_lays_out_the_same_on_one_thread_or_two()
    {
        var parsed = WorldDataset.Files(WorldScale.Tenth, indented: false)
            .Select(f => DataFileParser.Parse("/world/" + f.Path, SourceText.From(f.Json), default))
            .ToImmutableArray();

        var oneThread = DatasetLinker.Link(parsed, NamedMemberLimitOption.Default, default);
        var twoThreads = DatasetLinker.Link(parsed, NamedMemberLimitOption.Default, default, eventsOnSecondThread: true);

        Assert.Equal(10_000, twoThreads.Dataset.Events.Count);
        Assert.Equal(oneThread, twoThreads);
        Assert.Equal(
            TableBuilder.Build(oneThread.Dataset, NamedMemberLimitOption.Default, default),
            TableBuilder.Build(twoThreads.Dataset, NamedMemberLimitOption.Default, default, indexesOnSecondThread: true));
    }

    [Fact]
    public void Name_collisions_of_every_kind_and_uncited_references_come_in_the_same_order_on_one_thread_or_two()
    {
        var parsed = FilesWithACollisionOfEachKind().Select(f => DataFileParser.Parse(f.Path, f.GetText(), default)).ToImmutableArray();

        var oneThread = DatasetLinker.Link(parsed, NamedMemberLimitOption.Default, default);
        var twoThreads = DatasetLinker.Link(parsed, NamedMemberLimitOption.Default, default, eventsOnSecondThread: true);

        Assert.Equal(oneThread, twoThreads);
        var uncited = DiagnosticDescriptors.UncitedReference.Id;
        Assert.Equal(
            new[]
            {
                (uncited, "source!"), (uncited, "unused-a"), (uncited, "unused-b"),
                ("RD0017", "country"), ("RD0017", "relation"), ("RD0017", "event"), ("RD0017", "reference"), ("RD0017", "region"),
            },
            twoThreads.Diagnostics.Select(d => (d.Descriptor.Id, d.MessageArgs[0])));
    }

    /// <summary>Two ids of each kind that make the same C# member, and references that nothing cites.</summary>
    private static IEnumerable<InMemoryFile> FilesWithACollisionOfEachKind()
    {
        static InMemoryFile File(string name, string json) => new("/data/" + name + ".json", json);
        static InMemoryFile Country(string id, string alpha2, string alpha3, int numeric) => File(
            id,
            "{ \"$schema\": \"../schema/country.schema.json\", \"id\": \"" + id + "\", \"alpha2\": \"" + alpha2 + "\", \"alpha3\": \"" + alpha3 + "\", \"numeric\": " + numeric + ", \"shortName\": \"" + id + "\", \"citations\": [\"source\"] }");
        static InMemoryFile Reference(string id) => File(id, "{ \"$schema\": \"../schema/reference.schema.json\", \"id\": \"" + id + "\", \"type\": \"article\", \"title\": \"T\" }");

        return new[]
        {
            Reference("source"), Reference("source!"), Reference("unused-b"), Reference("unused-a"),
            Country("azerbaijan", "AZ", "AZE", 31), Country("azerbaijan!", "AA", "AAA", 998), Country("armenia", "AM", "ARM", 51), Country("palestine", "PS", "PSE", 275),
            File("west", "{ \"$schema\": \"../schema/region.schema.json\", \"id\": \"west\", \"code\": \"901\", \"name\": \"West\", \"citations\": [\"source\"] }"),
            File("west!", "{ \"$schema\": \"../schema/region.schema.json\", \"id\": \"west!\", \"code\": \"902\", \"name\": \"West\", \"citations\": [\"source\"] }"),
            File("az-ps", "{ \"$schema\": \"../schema/relation.schema.json\", \"id\": \"az-ps\", \"countries\": [\"azerbaijan\", \"palestine\"], \"citations\": [\"source\"] }"),
            File("az-ps!", "{ \"$schema\": \"../schema/relation.schema.json\", \"id\": \"az-ps!\", \"countries\": [\"azerbaijan\", \"armenia\"], \"citations\": [\"source\"] }"),
            File("meeting", "{ \"$schema\": \"../schema/event.schema.json\", \"id\": \"meeting\", \"date\": \"2000\", \"kind\": \"visit\", \"title\": \"M\", \"summary\": \"S.\", \"countries\": [\"azerbaijan\"], \"citations\": [\"source\"] }"),
            File("meeting!", "{ \"$schema\": \"../schema/event.schema.json\", \"id\": \"meeting!\", \"date\": \"2000\", \"kind\": \"visit\", \"title\": \"M\", \"summary\": \"S.\", \"countries\": [\"azerbaijan\"], \"citations\": [\"source\"] }"),
        };
    }
}
