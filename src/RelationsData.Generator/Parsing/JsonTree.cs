using System.Collections.Generic;
using System.Text.Json;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// A JSON value with its character span in the file. Lives only inside the parse step; what leaves it are
/// plain specs and <see cref="Model.LocationInfo"/>s.
/// </summary>
internal sealed class JsonNode
{
    // The lists a reused node (JsonNodePool) keeps from its earlier records, empty, for its next object or array.
    private List<JsonMember>? spareMembers;
    private List<JsonNode>? spareItems;

    public JsonNode(JsonTokenType kind, int start) => Reset(kind, start);

    public JsonTokenType Kind { get; private set; }

    /// <summary>Character offset of the first character of the value.</summary>
    public int Start { get; private set; }

    /// <summary>Character offset just past the value.</summary>
    public int End { get; set; }

    /// <summary>The unescaped string, or the raw text of a number.</summary>
    public string? Text { get; set; }

    public List<JsonMember>? Members { get; set; }

    public List<JsonNode>? Items { get; set; }

    /// <summary>Makes this node a new value: an object or array gets an empty list of its own, anything else none.</summary>
    public void Reset(JsonTokenType kind, int start)
    {
        (Kind, Start, End, Text) = (kind, start, 0, null);
        Members = kind == JsonTokenType.StartObject ? Empty(ref spareMembers) : null;
        Items = kind == JsonTokenType.StartArray ? Empty(ref spareItems) : null;
    }

    private static List<T> Empty<T>(ref List<T>? spare)
    {
        spare ??= new List<T>();
        spare.Clear();
        return spare;
    }

    /// <summary>The JSON type in words, for messages.</summary>
    public string Describe() => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };
}

/// <summary>An object member: its name, where the name was written, and its value.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, int nameStart, int nameEnd, JsonNode value) => Reset(name, nameStart, nameEnd, value);

    public string Name { get; private set; } = string.Empty;

    public int NameStart { get; private set; }

    public int NameEnd { get; private set; }

    public JsonNode Value { get; private set; } = null!;

    /// <summary>Makes this member a new one (JsonNodePool reuses members from record to record).</summary>
    public void Reset(string name, int nameStart, int nameEnd, JsonNode value) => (Name, NameStart, NameEnd, Value) = (name, nameStart, nameEnd, value);
}
