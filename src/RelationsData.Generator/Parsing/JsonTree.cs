using System.Collections.Generic;
using System.Text.Json;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// A JSON value with its character span in the file. Lives only inside the parse step; what leaves it are
/// plain specs and <see cref="Model.LocationInfo"/>s.
/// </summary>
internal sealed class JsonNode
{
    public JsonNode(JsonTokenType kind, int start) => (Kind, Start) = (kind, start);

    public JsonTokenType Kind { get; }

    /// <summary>Character offset of the first character of the value.</summary>
    public int Start { get; }

    /// <summary>Character offset just past the value.</summary>
    public int End { get; set; }

    /// <summary>The unescaped string, or the raw text of a number.</summary>
    public string? Text { get; set; }

    public List<JsonMember>? Members { get; set; }

    public List<JsonNode>? Items { get; set; }

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
    public JsonMember(string name, int nameStart, int nameEnd, JsonNode value) => (Name, NameStart, NameEnd, Value) = (name, nameStart, nameEnd, value);

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}
