using System.Collections.Immutable;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Tests;

/// <summary>The linker's shortcut for no files (a project without data, a build reading the prebuilt dataset) gives what linking gives.</summary>
public class LinkingTests
{
    [Fact]
    public void Linking_no_files_gives_what_linking_files_without_records_gives()
    {
        var withoutRecords = ImmutableArray.Create(
            new ParsedDataFile("/data/events/none.jsonl", default, default),
            new ParsedDataFile("/data/countries/none.jsonl", default, default));

        var linked = DatasetLinker.Link(withoutRecords, NamedMemberLimitOption.Default, default);

        Assert.True(linked.Dataset.IsEmpty);
        Assert.Empty(linked.Diagnostics);
        Assert.Equal(linked, DatasetLinker.Link(ImmutableArray<ParsedDataFile>.Empty, NamedMemberLimitOption.Default, default));
        Assert.Equal(linked.GetHashCode(), LinkResult.Empty.GetHashCode());
    }
}
