using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using RelationsData.Generator.Parsing;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The names of a packed file's lines are one string each, however often they are written: the world's 170,250
/// lines would otherwise make a string per name per line.
/// </summary>
public class PropertyNamesTests
{
    [Fact]
    public void A_name_written_again_is_the_same_string_and_an_escaped_name_reads_as_itself()
    {
        var names = new PropertyNames();

        var first = Read(names, "title");
        var again = Read(names, "title");
        var escaped = Read(names, "ti\\u0074le");

        Assert.Equal("title", first);
        Assert.Same(first, again);
        Assert.Equal("title", escaped);
        Assert.Same(first, Read(names, "title"));
    }

    [Fact]
    public void Names_past_the_first_hundreds_still_read_as_written()
    {
        var names = new PropertyNames();
        var written = Enumerable.Range(0, 300).Select(i => "name" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var read = written.Concat(written).Select(name => Read(names, name)).ToList();

        Assert.Equal(written.Concat(written), read);
        Assert.Same(read[0], read[300]);
    }

    /// <summary>The name of <c>{"name": 0}</c>, read as the tree reader reads it.</summary>
    private static string Read(PropertyNames names, string writtenName)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"" + writtenName + "\": 0}"));
        Assert.True(reader.Read() && reader.Read());
        Assert.Equal(JsonTokenType.PropertyName, reader.TokenType);
        return names.Read(ref reader);
    }
}
