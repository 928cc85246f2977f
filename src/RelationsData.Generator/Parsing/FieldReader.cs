using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// Reads the fields of one JSON object, reporting wrong types, missing and unknown fields and bad values
/// at the place they were written. Every getter records the field as known.
/// </summary>
internal sealed class FieldReader
{
    private readonly JsonNode node;

    private string schema;
    private readonly ParseContext context;
    /// <summary>Objects with more members look names up in a dictionary; smaller ones (every record's) scan, which is cheaper.</summary>
    private const int ScanLimit = 16;

    private readonly List<JsonMember> written;

    /// <summary>For each written member, the index of the first member of its name: itself, unless it is a duplicate.</summary>
    private readonly int[] firstOfName;

    /// <summary>By the index of a name's first member: whether a getter asked for that name.</summary>
    private readonly bool[] asked;

    private readonly Dictionary<string, int>? indexOfName;

    [MethodImpl(HotPath.Optimized)]
    private FieldReader(JsonNode node, string what, string schema, ParseContext context)
    {
        this.node = node;
        What = what;
        this.schema = schema;
        this.context = context;
        written = node.Members!;
        firstOfName = new int[written.Count];
        asked = new bool[written.Count];
        indexOfName = written.Count > ScanLimit ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        for (var i = 0; i < written.Count; i++)
        {
            var member = written[i];
            var first = IndexOf(member.Name, before: i);
            if (first >= 0)
            {
                context.Report(DiagnosticDescriptors.DuplicateProperty, context.Locate(member.NameStart, member.NameEnd), member.Name);
                firstOfName[i] = first;
                continue;
            }

            firstOfName[i] = i;
            indexOfName?.Add(member.Name, i);
        }
    }

    /// <summary>The field name of a whole data file, for messages about its root value.</summary>
    public const string RootField = "The data file";

    /// <summary>The field name that stands for a line of a packed file, which is one record.</summary>
    public const string PackedRootField = "The record";

    /// <summary>The schema that unknown-field messages point to; the root learns it once '$schema' is read.</summary>
    public string Schema
    {
        get => schema;
        set => schema = value;
    }

    /// <summary>What the object is, in words, for messages ("the relation 'azerbaijan-palestine'").</summary>
    public string What { get; set; }

    public LocationInfo Location => context.Locate(node);

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        context.Report(descriptor, location, args);

    /// <summary>A reader over <paramref name="value"/> if it is an object; otherwise reports RD0002 and returns null.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static FieldReader? ForObject(JsonNode value, string field, string what, string schema, ParseContext context)
    {
        if (value.Kind != JsonTokenType.StartObject)
        {
            context.Report(DiagnosticDescriptors.WrongType, context.Locate(value), field is RootField or PackedRootField ? field : $"'{field}'", "a JSON object", value.Describe());
            return null;
        }

        return new FieldReader(value, what, schema, context);
    }

    [MethodImpl(HotPath.Optimized)]
    public string? String(string name, bool required)
    {
        var value = Value(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonTokenType.String)
        {
            WrongType(name, value, "a string");
            return null;
        }

        if (value.Text!.Trim().Length == 0)
        {
            context.Report(DiagnosticDescriptors.EmptyValue, context.Locate(value), name);
            return null;
        }

        return value.Text;
    }

    [MethodImpl(HotPath.Optimized)]
    public LocatedString? LocatedString(string name, bool required = true)
    {
        var value = Member(name)?.Value;
        var text = String(name, required);
        return text is null ? null : new LocatedString(text, context.Locate(value!));
    }

    /// <summary>A packed date (see DateText), or <see cref="DateText.None"/> when absent or invalid.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int Date(string name, bool required)
    {
        var text = String(name, required);
        if (text is null)
        {
            return DateText.None;
        }

        var problem = DateText.TryParse(text, out var year, out var month, out var day);
        if (problem != DateText.Problem.None)
        {
            var reason = problem == DateText.Problem.Impossible ? "that day or month does not exist" : "the form is not yyyy, yyyy-MM or yyyy-MM-dd";
            context.Report(DiagnosticDescriptors.InvalidDate, context.Locate(Member(name)!.Value), text, reason);
            return DateText.None;
        }

        return DateText.Pack(year, month, day);
    }

    public LocationInfo? LocationOf(string name) => Member(name) is { } member ? context.Locate(member.Value) : null;

    /// <summary>A whole non-negative number, or <see cref="BlobFormat.Absent"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int Count(string name, bool required)
    {
        var value = Value(name, required);
        if (value is null)
        {
            return BlobFormat.Absent;
        }

        if (value.Kind != JsonTokenType.Number || !int.TryParse(value.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            WrongType(name, value, "a whole number from 0 upwards");
            return BlobFormat.Absent;
        }

        return number;
    }

    /// <summary>The index of the value in <paramref name="vocabulary"/>, or -1.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int Choice(string name, string[] vocabulary, bool required)
    {
        var text = String(name, required);
        if (text is null)
        {
            return -1;
        }

        var index = System.Array.IndexOf(vocabulary, text);
        if (index < 0)
        {
            context.Report(DiagnosticDescriptors.InvalidValue, context.Locate(Member(name)!.Value), text, name, string.Join(", ", vocabulary));
        }

        return index;
    }

    [MethodImpl(HotPath.Optimized)]
    public IReadOnlyList<JsonNode> Array(string name, bool required)
    {
        var value = Value(name, required);
        if (value is null)
        {
            return System.Array.Empty<JsonNode>();
        }

        if (value.Kind != JsonTokenType.StartArray)
        {
            WrongType(name, value, "an array");
            return System.Array.Empty<JsonNode>();
        }

        return value.Items!;
    }

    public EquatableArray<string> Strings(string name) => LocatedStrings(name, required: false).Select(s => s.Value).ToEquatableArray();

    [MethodImpl(HotPath.Optimized)]
    public EquatableArray<LocatedString> LocatedStrings(string name, bool required)
    {
        var items = Array(name, required);
        if (items.Count == 0)
        {
            return default;
        }

        var result = ImmutableArray.CreateBuilder<LocatedString>(items.Count);
        foreach (var item in items)
        {
            if (item.Kind != JsonTokenType.String)
            {
                WrongType(name, item, "an array of strings");
            }
            else if (item.Text!.Trim().Length == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyValue, context.Locate(item), name);
            }
            else
            {
                result.Add(new LocatedString(item.Text, context.Locate(item)));
            }
        }

        return Built(result);
    }

    /// <summary>The reference ids a fact cites. A fact with none is an error (RD0011) at the fact.</summary>
    [MethodImpl(HotPath.Optimized)]
    public EquatableArray<LocatedString> Citations()
    {
        var citations = LocatedStrings("citations", required: false);

        // A 'citations' of the wrong type has already been reported as such; saying it also cites nothing adds noise.
        if (citations.Count == 0 && (Member("citations") is not { } cited || cited.Value.Kind == JsonTokenType.StartArray))
        {
            context.Report(DiagnosticDescriptors.MissingCitation, Location, What);
        }

        return citations;
    }

    public FieldReader? Object(string name, string childWhat, bool required)
    {
        var value = Value(name, required);
        return value is null ? null : ForObject(value, name, childWhat, schema, context);
    }

    /// <summary>Each object of an array field, read by <paramref name="read"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public EquatableArray<T> Objects<T>(string name, string childWhat, Func<FieldReader, T?> read)
        where T : class, IEquatable<T>
    {
        var items = Array(name, required: false);
        if (items.Count == 0)
        {
            return default;
        }

        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        foreach (var item in items)
        {
            var reader = ForObject(item, name, childWhat, schema, context);
            if (reader is not null && read(reader) is { } parsed)
            {
                result.Add(parsed);
            }
        }

        return Built(result);
    }

    /// <summary>The array, without a copy when every item was taken (the builder was made to the items' count).</summary>
    private static EquatableArray<T> Built<T>(ImmutableArray<T>.Builder builder)
        where T : IEquatable<T> =>
        new(builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable());

    /// <summary>
    /// An object whose values are strings, as (key, value) sorted by key; a key <paramref name="isKey"/> rejects is
    /// RD0016 at the key, with <paramref name="keyDescription"/> as the allowed values.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public IReadOnlyList<(string Key, string Value)> StringMap(string name, Func<string, bool> isKey, string keyDescription)
    {
        var value = Value(name, required: false);
        if (value is null)
        {
            return System.Array.Empty<(string, string)>();
        }

        if (value.Kind != JsonTokenType.StartObject)
        {
            WrongType(name, value, "a JSON object of strings");
            return System.Array.Empty<(string, string)>();
        }

        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in value.Members!)
        {
            if (!isKey(member.Name))
            {
                context.Report(DiagnosticDescriptors.InvalidValue, context.Locate(member.NameStart, member.NameEnd), member.Name, $"a key of '{name}'", keyDescription);
            }
            else if (map.ContainsKey(member.Name))
            {
                context.Report(DiagnosticDescriptors.DuplicateProperty, context.Locate(member.NameStart, member.NameEnd), member.Name);
            }
            else if (member.Value.Kind != JsonTokenType.String)
            {
                WrongType($"{name}.{member.Name}", member.Value, "a string");
            }
            else if (member.Value.Text!.Trim().Length == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyValue, context.Locate(member.Value), $"{name}.{member.Name}");
            }
            else
            {
                map.Add(member.Name, member.Value.Text);
            }
        }

        return map.Select(pair => (pair.Key, pair.Value)).ToList();
    }

    /// <summary>Reports every field no getter asked for. Call last.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void RejectUnknownFields()
    {
        for (var i = 0; i < written.Count; i++)
        {
            var member = written[i];
            if (!asked[firstOfName[i]])
            {
                context.Report(DiagnosticDescriptors.UnknownField, context.Locate(member.NameStart, member.NameEnd), member.Name, What, schema);
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private JsonNode? Value(string name, bool required)
    {
        var index = IndexOf(name, before: written.Count);
        if (index >= 0)
        {
            asked[index] = true;
            if (written[index].Value.Kind != JsonTokenType.Null)
            {
                return written[index].Value;
            }
        }

        if (required)
        {
            context.Report(DiagnosticDescriptors.MissingField, Location, What, name);
        }

        return null;
    }

    /// <summary>The first member named <paramref name="name"/>, if any.</summary>
    private JsonMember? Member(string name) => IndexOf(name, before: written.Count) is var index and >= 0 ? written[index] : null;

    /// <summary>The index of the first member named <paramref name="name"/> among the first <paramref name="before"/>, or -1.</summary>
    [MethodImpl(HotPath.Optimized)]
    private int IndexOf(string name, int before)
    {
        if (indexOfName is not null)
        {
            // Filled in order, so a name found here is at an index below any 'before' asked for.
            return indexOfName.TryGetValue(name, out var found) ? found : -1;
        }

        for (var i = 0; i < before; i++)
        {
            if (firstOfName[i] == i && string.Equals(written[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void WrongType(string name, JsonNode value, string expected) =>
        context.Report(DiagnosticDescriptors.WrongType, context.Locate(value), $"'{name}'", expected, value.Describe());
}
