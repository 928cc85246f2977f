using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationsData.Explorer.Formatting;

/// <summary>
/// The canonical text form of a dataset, made from its JSON export: one line per fact, sorted by record, each line
/// <c>path {fields as JSON} cites id, id</c>. A fact is an object with citations; its scalar fields (and uncited
/// sub-objects such as people) stay on its line, cited sub-objects get lines of their own. Diffs of two dumps are
/// what changed in the data, fact by fact.
/// </summary>
internal static class CanonicalDump
{
    /// <summary>The kinds of record of an export, and the path prefix of each.</summary>
    private static readonly (string Array, string Prefix)[] Kinds = [("countries", "country"), ("relations", "relation"), ("events", "event"), ("references", "reference"), ("regions", "region")];

    // Relaxed: non-ASCII letters stay readable; control, format (bidi) and separator characters are still escaped.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    /// <summary>The dump of an export document; throws <see cref="UsageException"/> for a document that is not an export.</summary>
    public static IReadOnlyList<DumpLine> FromExport(string exportJson, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(exportJson)?.AsObject() ?? throw new UsageException($"{source} is empty");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new UsageException($"{source} is not an export (explorer export --format json): {e.Message}");
        }

        var lines = new List<DumpLine>();
        foreach (var (array, prefix) in Kinds)
        {
            // Regions came later: an export of an earlier release has none, and still diffs against a newer one.
            var records = root[array] as JsonArray
                ?? (array == "regions" && root.ContainsKey("countries") ? new JsonArray() : throw new UsageException($"{source} has no \"{array}\" array; is it an export?"));
            foreach (var record in records.OfType<JsonObject>().OrderBy(r => (string?)r["id"], StringComparer.Ordinal))
            {
                AddFact(lines, $"{prefix}/{(string?)record["id"]}", record, isRecord: true);
            }
        }

        return lines;
    }

    /// <summary>Reads a dump written by <c>dump</c>; throws <see cref="UsageException"/> at the first line that is not one.</summary>
    public static IReadOnlyList<DumpLine> Parse(string text, string source)
    {
        var lines = new List<DumpLine>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || line[space + 1] != '{' || !Kinds.Any(k => line.StartsWith(k.Prefix + "/", StringComparison.Ordinal)))
            {
                throw new UsageException($"{source}:{number}: not a dump line (expected 'country|relation|event|reference/id {{fields}} cites ...', as the dump command writes)");
            }

            lines.Add(new DumpLine(line[..space], line[(space + 1)..]));
        }

        return lines;
    }

    /// <summary>Adds the line of <paramref name="fact"/> and then those of its cited parts; a record's id is in its path.</summary>
    private static void AddFact(List<DumpLine> lines, string path, JsonObject fact, bool isRecord)
    {
        var fields = new JsonObject();
        var children = new List<(string Path, JsonObject Fact)>();
        foreach (var (name, value) in fact)
        {
            if (name is "citations" || (isRecord && name is "id"))
            {
                continue;
            }

            switch (value)
            {
                case JsonObject child when child.ContainsKey("citations"):
                    children.Add(($"{path}/{name}", child));
                    break;
                case JsonArray items when items.Count > 0 && items.All(i => i is JsonObject o && o.ContainsKey("citations")):
                    children.AddRange(items.Select((item, i) => ($"{path}/{name}[{i}]", (JsonObject)item!)));
                    break;
                case JsonArray { Count: 0 }:
                    break;
                default:
                    fields[name] = value?.DeepClone();
                    break;
            }
        }

        var citations = fact["citations"] is JsonArray cites && cites.Count > 0
            ? " cites " + string.Join(", ", cites.Select(c => (string?)c))
            : "";
        lines.Add(new DumpLine(path, fields.ToJsonString(Compact) + citations));
        foreach (var (childPath, child) in children)
        {
            AddFact(lines, childPath, child, isRecord: false);
        }
    }
}

/// <summary>One fact of a dump: where it is (unique in a dump) and what it says.</summary>
internal sealed record DumpLine(string Path, string Content)
{
    public override string ToString() => $"{Path} {Content}";
}
