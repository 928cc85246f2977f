using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RelationsData.Tests;

/// <summary>
/// The shipped data files are clean text and tell one consistent story: what the generator accepts is checked here
/// again from the other side, over the files and over the compiled dataset.
/// </summary>
public class DataIntegrityTests
{
    /// <summary>The pattern of every date field in data/schema (yyyy, yyyy-MM or yyyy-MM-dd).</summary>
    private const string DatePattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    /// <summary>
    /// Every date in a data file, found through its schema rather than a list of names: each string whose schema has the
    /// date pattern, directly or as a choice beside a constant ("to": "unknown"), with that constant when there is one.
    /// </summary>
    private static IEnumerable<(string Where, string Value, string? Constant)> Dates(JsonElement value, JsonElement schema, string where = "")
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when DateSchema(schema) is (true, var constant):
                yield return (where, value.GetString()!, constant);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    foreach (var date in Dates(item, items, $"{where}[{i++}]"))
                    {
                        yield return date;
                    }
                }

                break;
            case JsonValueKind.Object when schema.TryGetProperty("properties", out var properties):
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.TryGetProperty(property.Name, out var propertySchema))
                    {
                        foreach (var date in Dates(property.Value, propertySchema, where.Length == 0 ? property.Name : $"{where}.{property.Name}"))
                        {
                            yield return date;
                        }
                    }
                }

                break;
        }
    }

    private static (bool IsDate, string? Constant) DateSchema(JsonElement schema)
    {
        if (schema.TryGetProperty("pattern", out var pattern))
        {
            return (pattern.GetString() == DatePattern, null);
        }

        if (schema.TryGetProperty("anyOf", out var choices))
        {
            var options = choices.EnumerateArray().ToList();
            var isDate = options.Any(o => o.TryGetProperty("pattern", out var p) && p.GetString() == DatePattern);
            var constant = options.Select(o => o.TryGetProperty("const", out var c) ? c.GetString() : null).FirstOrDefault(c => c is not null);
            return (isDate, constant);
        }

        return (false, null);
    }

    private static JsonElement SchemaOf(string path, JsonElement file) =>
        Read(Path.GetRelativePath(TestSupport.RepositoryPaths.Data, Path.GetFullPath(Path.Combine(TestSupport.RepositoryPaths.Data, Path.GetDirectoryName(path)!, file.GetProperty("$schema").GetString()!))));

    [Fact]
    public void The_schemas_declare_every_date_field_the_data_uses()
    {
        var names = DataFiles().Select(f => (string)f[0]).Where(p => !p.StartsWith("schema/", StringComparison.Ordinal))
            .SelectMany(p => Dates(Read(p), SchemaOf(p, Read(p))).Select(d => d.Where.Split('.', '[')[^1]))
            .ToHashSet();

        // Every kind of date the data holds is found through the schema: the check below cannot pass by finding none.
        Assert.Superset(new HashSet<string> { "date", "from", "to", "opened", "closed", "issued", "withdrawn" }, names);
    }

    public static IEnumerable<object[]> DataFiles() =>
        Directory.EnumerateFiles(TestSupport.RepositoryPaths.Data, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(TestSupport.RepositoryPaths.Data, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { path });

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Each_file_is_utf8_without_bom_with_lf_line_ends(string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestSupport.RepositoryPaths.Data, path));
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_string_is_NFC_without_control_format_or_bidi_characters(string path)
    {
        foreach (var (where, value) in Strings(Read(path)))
        {
            Assert.True(value.IsNormalized(NormalizationForm.FormC), $"{path}: {where} is not NFC");
            var bad = FirstForbidden(value);
            Assert.True(bad is null, $"{path}: {where} holds U+{bad ?? 0:X4}");
            Assert.Equal(value.Trim(), value);
        }
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_date_field_is_a_real_date(string path)
    {
        if (path.StartsWith("schema/", StringComparison.Ordinal))
        {
            return;
        }

        var file = Read(path);
        foreach (var (where, value, constant) in Dates(file, SchemaOf(path, file)))
        {
            if (value == constant)
            {
                continue;
            }

            Assert.True(PartialDate.TryParse(value, out var date), $"{path}: {where} '{value}' is not a date");
            Assert.Equal(value, date.ToString());
        }
    }

    [Fact]
    public void Facts_of_a_relation_concern_its_own_two_countries()
    {
        foreach (var relation in Relations.All)
        {
            bool InPair(Country c) => relation.Involves(c);
            Assert.NotEqual(relation.First, relation.Second);
            Assert.All(relation.Recognitions, r => Assert.True(InPair(r.By) && InPair(r.Of) && r.By != r.Of, $"{relation.Id}: recognition {r.By.Id} → {r.Of.Id}"));
            Assert.All(relation.Missions, m => Assert.True(InPair(m.From) && InPair(m.To) && m.From != m.To, $"{relation.Id}: mission {m.From.Id} → {m.To.Id}"));
            Assert.All(relation.ProtectingPowers, p => Assert.True(
                InPair(p.Protected) && InPair(p.Host) && p.Protected != p.Host && !InPair(p.Protector),
                $"{relation.Id}: {p.Protector.Id} protects {p.Protected.Id} in {p.Host.Id}"));
        }
    }

    [Fact]
    public void Intervals_run_forward_and_statuses_follow_one_another()
    {
        foreach (var relation in Relations.All)
        {
            Assert.All(relation.Missions, m => Assert.False(m.Opened > m.Closed, $"{relation.Id}: mission closes before it opens"));
            PartialDate? previousEnd = relation.Established?.Date;
            foreach (var status in relation.Statuses)
            {
                Assert.False(status.From > status.To, $"{relation.Id}: {status.Status} ends before it starts");
                Assert.False(previousEnd is { } end && status.From is { } from && from < end, $"{relation.Id}: {status.Status} from {status.From} overlaps what precedes it");
                previousEnd = status.To ?? status.From ?? previousEnd;
            }
        }
    }

    [Theory]
    [InlineData("plain text, Türkiye, 中国, 𠀀 (U+20000), 😀", null)]
    [InlineData("no\\u00A0break", 0x00A0)]
    [InlineData("thin\\u2009space", 0x2009)]
    [InlineData("ideographic\\u3000space", 0x3000)]
    [InlineData("bidi\\u202Eoverride", 0x202E)]
    [InlineData("tab\\tinside", 0x0009)]
    [InlineData("lone \\uD800 high", 0xD800)]
    [InlineData("lone \\uDC00 low", 0xDC00)]
    [InlineData("private \\uE000 use", 0xE000)]
    [InlineData("\u0dc1\u0dca\u200d\u0dbb\u0dd3", null)] // Sinhala "Sri": a joiner inside a word
    [InlineData("\u1780\u17c4\u17c7\u200b\u1782", null)] // Khmer: a zero-width space between words
    [InlineData("\u200dleading", 0x200D)]
    [InlineData("\u0b28\u0b4d\u200c", null)] // Odia: a non-joiner after a virama, at the end
    [InlineData("end\u200b", 0x200B)]
    [InlineData("space \u200b next", 0x200B)]
    public void The_forbidden_characters_are_every_separator_but_the_space_controls_format_private_use_and_lone_surrogates(string escaped, int? expected) =>
        Assert.Equal(expected, FirstForbidden(System.Text.RegularExpressions.Regex.Unescape(escaped)));

    [Fact]
    public void A_status_interval_followed_by_another_has_an_end_given_or_marked_unknown()
    {
        foreach (var relation in Relations.All)
        {
            for (var i = 0; i + 1 < relation.Statuses.Length; i++)
            {
                var status = relation.Statuses[i];
                Assert.True(status.To is not null || status.EndUnknown, $"{relation.Id}: the {status.Status} interval from {status.From} is open, but a later one follows");
            }

            // Read day by day, an interval never answers for a day before its own start.
            foreach (var status in relation.Statuses.Where(s => s.From is not null))
            {
                var before = status.From!.Value.Start.AddDays(-1);
                Assert.NotSame(status, relation.StatusOn(before).Interval);
            }
        }
    }

    [Fact]
    public void Events_and_relations_point_at_each_other()
    {
        foreach (var relation in Relations.All)
        {
            var listing = Events.All.Where(e => e.Relations.Contains(relation)).ToList();
            Assert.Equal(listing, Events.Of(relation));
            Assert.All(listing, e => Assert.True(e.Countries.Any(relation.Involves), $"{e.Id} is about {relation.Id} but names neither country"));
        }

        foreach (var country in Countries.All)
        {
            var involving = Events.All.Where(e => e.Countries.Contains(country) || e.Relations.Any(r => r.Involves(country)) || e.Drafters.Contains(country)).ToList();
            Assert.Equal(involving.Select(e => e.Id).Order(), Events.Of(country).Select(e => e.Id).Order());
        }
    }

    private static JsonElement Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestSupport.RepositoryPaths.Data, path)));
        return document.RootElement.Clone();
    }

    /// <summary>Every property name and string value, with its path ("missions[1].note").</summary>
    private static IEnumerable<(string Where, string Value)> Strings(JsonElement element, string where = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return (where, element.GetString()!);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var s in Strings(item, $"{where}[{i++}]"))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var path = where.Length == 0 ? property.Name : $"{where}.{property.Name}";
                    yield return (path + " (name)", property.Name);
                    foreach (var s in Strings(property.Value, path))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// The first character a data string must not hold, or none: controls, format (bidi) characters, line and paragraph
    /// separators, every space separator but U+0020 (no-break, thin, ideographic, …), private-use and unassigned code
    /// points, and a surrogate that is not half of a pair. Whole code points are classified, so a letter outside the
    /// Basic Multilingual Plane is allowed.
    /// </summary>
    /// <summary>
    /// Zero-width space, non-joiner and joiner are part of how CLDR spells names in scripts that do not separate words by
    /// spaces or that shape by them (Khmer, Thai, Sinhala, Kannada, Persian): a zero-width space between two letters or
    /// marks, a (non-)joiner after a letter or mark, which it shapes (Odia writes a visible virama so, before a space).
    /// </summary>
    private static bool IsJoinerInsideWord(string value, int i) =>
        value[i] is '\u200B' or '\u200C' or '\u200D' && i > 0 && IsLetterOrMark(value[i - 1])
        && (value[i] != '\u200B' || (i + 1 < value.Length && IsLetterOrMark(value[i + 1])));

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    internal static int? FirstForbidden(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value, i))
            {
                if (!char.IsSurrogatePair(value, i))
                {
                    return value[i];
                }

                var codePoint = char.ConvertToUtf32(value, i++);
                if (IsForbidden(CharUnicodeInfo.GetUnicodeCategory(codePoint), codePoint))
                {
                    return codePoint;
                }

                continue;
            }

            if (IsForbidden(CharUnicodeInfo.GetUnicodeCategory(value[i]), value[i]) && !IsJoinerInsideWord(value, i))
            {
                return value[i];
            }
        }

        return null;
    }

    private static bool IsForbidden(UnicodeCategory category, int codePoint) =>
        category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || (category == UnicodeCategory.SpaceSeparator && codePoint != ' ');
}
