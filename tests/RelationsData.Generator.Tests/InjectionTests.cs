using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RelationsData.Generator.Linking;

namespace RelationsData.Generator.Tests;

/// <summary>
/// Data never reaches the generated source raw. Every hostile string below is written into every free-text field and
/// into the ids of a full set of records (country, relation with every kind of fact, event, reference); the output must
/// compile without a diagnostic, give back every value exactly at run time, declare nothing the data did not, and hold
/// no raw control, format or bidi character, with XML doc comments that stay well formed.
/// </summary>
public class InjectionTests
{
    public static readonly string[] Hostile =
    {
        "quote \" inside",
        "backslash \\ inside",
        "\\\" escaped quote as text",
        "\\u0022 escape as text",
        "carriage\rreturn",
        "line\nfeed",
        "windows\r\nline end",
        "next line \u0085 here",
        "line separator \u2028 here",
        "paragraph separator \u2029 here",
        "comment close */ here",
        "/* comment open",
        "// line comment",
        "x\n#line 1 \"evil.cs\"",
        "x\n#error boom",
        "x\n#if false\nhidden\n#endif",
        "x\n#pragma warning disable",
        "\"]; class Injected { }",
        "\"u8 + \"\"u8; } class Injected2 {",
        "\"; [System.Runtime.CompilerServices.ModuleInitializer] internal static void Boom() { } //",
        "\"); global::System.Environment.Exit(1); (\"",
        "nul \0 char",
        "tab \t char",
        "controls \u0001 \u001B \u007F \u0080 \u009F",
        "LRE \u202A embedding",
        "RLE \u202B embedding",
        "PDF \u202C pop",
        "LRO \u202D override",
        "RLO \u202E override",
        "LRI \u2066 isolate",
        "RLI \u2067 isolate",
        "FSI \u2068 isolate",
        "PDI \u2069 pop isolate",
        "LRM \u200E RLM \u200F marks",
        "zero width \u200D joiner",
        "zero width \u200B space",
        "byte order \uFEFF mark",
        "</summary><remarks>&amp; <see cref=\"X\"/></remarks><summary>",
        "<![CDATA[ x ]]> <!-- y -->",
        "{0} {{ }} $\"{x}\" format holes",
        "\"\"\"\" raw string quotes \"\"\"\"",
        "surrogate pairs 👍🏽 𝒳",
        "combining e\u0301 stays decomposed",
        "دولة فلسطين ١٩٨٨ right to left",
        "no-break\u00A0space",
        "private use \uE000 and unassigned \u0378",
        "  leading and trailing spaces  ",
        new string('x', 5000) + " long",
    };

    [Fact]
    public void The_corpus_has_at_least_forty_strings()
    {
        Assert.True(Hostile.Length >= 40);
        Assert.Equal(Hostile.Length, Hostile.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hostile_strings_in_every_field_compile_round_trip_and_declare_nothing_new()
    {
        var (result, output) = Run(Hostile.Select(Id).ToArray(), Hostile);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        foreach (var source in result.GeneratedTrees.Select(t => t.ToString()))
        {
            Assert.DoesNotContain(source, c => c is not '\n' && IsInvisible(c));
        }

        var (plainResult, _) = Run(Hostile.Select((_, i) => $"p{i}").ToArray(), Hostile.Select((_, i) => $"plain {i}").ToArray());
        var infrastructure = DeclaredNames(plainResult).Except(Hostile.Select((_, i) => MemberNames.FromId($"p{i}"))).ToHashSet();
        Assert.Equal(
            infrastructure.Concat(Hostile.Select(Id).Select(MemberNames.FromId)).Distinct().Order(StringComparer.Ordinal),
            DeclaredNames(result).Order(StringComparer.Ordinal));

        var assembly = Load(output);
        // <PrivateImplementationDetails> is where the compiler keeps the constant columns.
        var types = assembly.GetTypes().Where(t => !t.IsNested && t.Name != "<PrivateImplementationDetails>").Select(t => t.FullName).Order();
        Assert.Equal(
            new[]
            {
                "Consumer.Marker", "Snapshot.Data.CompiledDataset", "Snapshot.Data.Countries", "Snapshot.Data.CountryCodes", "Snapshot.Data.CountryIds", "Snapshot.Data.EventIds",
                "Snapshot.Data.Events", "Snapshot.Data.ReferenceIds", "Snapshot.Data.References", "Snapshot.Data.Regions", "Snapshot.Data.RelationIds", "Snapshot.Data.Relations",
            },
            types);
        AssertRoundTrip(assembly);
    }

    [Fact]
    public void Doc_comments_encode_the_data_and_stay_well_formed()
    {
        var (result, _) = Run(Hostile.Select(Id).ToArray(), Hostile);

        foreach (var tree in result.GeneratedTrees)
        {
            // Parsing in Diagnose mode reports badly formed doc XML (CS1570 and friends) as parse diagnostics.
            var reparsed = CSharpSyntaxTree.ParseText(tree.GetText(), new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
            Assert.Empty(reparsed.GetDiagnostics());
        }

        var countries = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Countries.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("&lt;/summary&gt;&lt;remarks&gt;&amp;amp;", countries, StringComparison.Ordinal);
        Assert.Contains("RLO U+202E override", countries, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ud800 high alone")]
    [InlineData("low alone \\udc00")]
    [InlineData("reversed \\udc00\\ud800 pair")]
    public void A_lone_surrogate_escape_is_rejected_where_it_is_written(string escapedTitle)
    {
        // A lone surrogate cannot be stored as UTF-8 (in a file or in the string blob), so it is not text the data can hold.
        var file = "{ \"$schema\": \"../schema/reference.schema.json\", \"id\": \"r\", \"type\": \"article\", \"title\": \"" + escapedTitle + "\" }";

        var diagnostic = Assert.Single(TestHelpers.Run(new[] { new InMemoryFile("/data/r.json", file) }).Result.Diagnostics);

        Assert.Equal("RD0001", diagnostic.Id);
        Assert.Equal(file.IndexOf("\"title\": ", StringComparison.Ordinal) + 9, diagnostic.Location.SourceSpan.Start);
        Assert.Contains("surrogate", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Id(string hostile, int index) => $"x{index}q-{hostile}";

    /// <summary>The data files of the hostile dataset: every hostile string in every field and, tagged, in every id.</summary>
    internal static IReadOnlyList<InMemoryFile> HostileDataset()
    {
        var ids = Hostile.Select(Id).ToArray();
        return Enumerable.Range(0, ids.Length).SelectMany(i => Records(i, ids[i], ids[(i + 1) % ids.Length], Hostile[i])).ToList();
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string[] ids, string[] texts)
    {
        var files = new List<InMemoryFile>();
        for (var i = 0; i < ids.Length; i++)
        {
            files.AddRange(Records(i, ids[i], ids[(i + 1) % ids.Length], texts[i]));
        }

        return TestHelpers.Run(files);
    }

    /// <summary>
    /// A country, a reference, a relation with every kind of fact and an event, with <paramref name="text"/> in every
    /// free-text field, each tagged with its field's name ("mission.city: …"): a field wired to another's slot reads back
    /// the other's tag, so every field is asserted by name.
    /// </summary>
    private static IEnumerable<InMemoryFile> Records(int i, string id, string nextId, string text)
    {
        string T(string field) => JsonSerializer.Serialize(Tagged(field, text));
        var self = JsonSerializer.Serialize(id);
        var next = JsonSerializer.Serialize(nextId);
        var cite = $"\"citations\": [{self}]";
        var alpha = $"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}";
        yield return DataFile($"r{i}", $$"""{ "$schema": "../schema/reference.schema.json", "id": {{self}}, "type": {{T("reference.type")}}, "title": {{T("reference.title")}}, "container-title": {{T("reference.container-title")}}, "URL": {{T("reference.URL")}}, "issued": "2011-06-29", "note": {{T("reference.note")}} }""");
        yield return DataFile($"c{i}", $$"""
            { "$schema": "../schema/country.schema.json", "id": {{self}}, "alpha2": "{{alpha}}", "alpha3": "{{alpha}}X", "shortName": {{T("country.shortName")}}, "officialName": {{T("country.officialName")}},
              "otherNames": [{{T("country.otherNames")}}], "memberships": [{ "text": {{T("country.memberships")}}, {{cite}} }], "notes": [{ "text": {{T("country.notes")}}, {{cite}} }], {{cite}} }
            """);
        yield return DataFile($"l{i}", $$"""
            { "$schema": "../schema/relation.schema.json", "id": {{self}}, "countries": [{{self}}, {{next}}], "names": [{{T("relation.names")}}],
              "established": { "date": "1992-04-15", "note": {{T("relation.established.note")}}, {{cite}} },
              "statuses": [{ "status": "active", "from": "1992-04-15", "note": {{T("relation.statuses.note")}}, {{cite}} }],
              "recognitions": [{ "by": {{self}}, "of": {{next}}, "date": "1992", "note": {{T("relation.recognitions.note")}}, {{cite}} }],
              "missions": [{ "from": {{self}}, "to": {{next}}, "kind": "embassy", "city": {{T("relation.missions.city")}}, "opened": "2011", "accreditedFrom": {{T("relation.missions.accreditedFrom")}}, "note": {{T("relation.missions.note")}}, {{cite}} }],
              "protectingPowers": [{ "protector": {{self}}, "protected": {{self}}, "in": {{next}}, "via": "embassy", "city": {{T("relation.protectingPowers.city")}}, {{cite}} }],
              "characterisations": [{ "text": {{T("relation.characterisations")}}, {{cite}} }], "notes": [{ "text": {{T("relation.notes")}}, {{cite}} }], {{cite}} }
            """);
        yield return DataFile($"e{i}", $$"""
            { "$schema": "../schema/event.schema.json", "id": {{self}}, "date": "2011-06-29", "kind": "visit", "title": {{T("event.title")}}, "summary": {{T("event.summary")}}, "place": {{T("event.place")}},
              "countries": [{{self}}], "relations": [{{self}}], "people": [{ "name": {{T("event.people.name")}}, "role": {{T("event.people.role")}}, "country": {{self}} }], "notes": [{ "text": {{T("event.notes")}}, {{cite}} }], {{cite}} }
            """);
    }

    /// <summary>A hostile string tagged with the field it is written in: distinct in every field, hostile all the same.</summary>
    private static string Tagged(string field, string text) => $"{field}: {text}";

    private static InMemoryFile DataFile(string name, string text) => new($"/data/{name}.json", text);

    private static void AssertRoundTrip(Assembly assembly)
    {
        var checkedValues = 0;
        void Same(int index, string field, string? actual)
        {
            Assert.Equal(Tagged(field, Hostile[index]), actual);
            checkedValues++;
        }

        // Ids are "x{index}q-{hostile}": the index names the string, and the whole id must be the one written.
        int IndexOf(string id)
        {
            var index = int.Parse(id[1..id.IndexOf('q', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            Assert.Equal(Id(Hostile[index], index), id);
            return index;
        }

        foreach (var country in All<Country>(assembly, "Countries"))
        {
            var i = IndexOf(country.Id);
            Same(i, "country.shortName", country.ShortName);
            Same(i, "country.officialName", country.OfficialName);
            Same(i, "country.otherNames", Assert.Single(country.OtherNames));
            Same(i, "country.memberships", Assert.Single(country.Memberships).Text);
            Same(i, "country.notes", Assert.Single(country.Notes).Text);
        }

        foreach (var reference in All<Reference>(assembly, "References"))
        {
            var i = IndexOf(reference.Id);
            Same(i, "reference.type", reference.Type);
            Same(i, "reference.title", reference.Title);
            Same(i, "reference.container-title", reference.ContainerTitle);
            Same(i, "reference.URL", reference.Url);
            Same(i, "reference.note", reference.Note);
        }

        foreach (var relation in All<Relation>(assembly, "Relations"))
        {
            var i = IndexOf(relation.Id);
            Same(i, "relation.names", Assert.Single(relation.Names));
            Same(i, "relation.established.note", relation.Established!.Note);
            Same(i, "relation.statuses.note", Assert.Single(relation.Statuses).Note);
            Same(i, "relation.recognitions.note", Assert.Single(relation.Recognitions).Note);
            var mission = Assert.Single(relation.Missions);
            Same(i, "relation.missions.city", mission.City);
            Same(i, "relation.missions.accreditedFrom", mission.AccreditedFrom);
            Same(i, "relation.missions.note", mission.Note);
            Same(i, "relation.protectingPowers.city", Assert.Single(relation.ProtectingPowers).City);
            Same(i, "relation.characterisations", Assert.Single(relation.Characterisations).Text);
            Same(i, "relation.notes", Assert.Single(relation.Notes).Text);
            Assert.Contains(relation.Id, new[] { relation.First.Id, relation.Second.Id });
        }

        foreach (var @event in All<Event>(assembly, "Events"))
        {
            var i = IndexOf(@event.Id);
            Same(i, "event.title", @event.Title);
            Same(i, "event.summary", @event.Summary);
            Same(i, "event.place", @event.Place);
            var person = Assert.Single(@event.People);
            Same(i, "event.people.name", person.Name);
            Same(i, "event.people.role", person.Role);
            Same(i, "event.notes", Assert.Single(@event.Notes).Text);
        }

        // 5 + 5 + 10 + 6 free-text values per string, and every id.
        Assert.Equal(Hostile.Length * 26, checkedValues);
    }

    private static ImmutableArray<T> All<T>(Assembly assembly, string facade) =>
        (ImmutableArray<T>)assembly.GetType("Snapshot.Data." + facade)!.GetProperty("All")!.GetValue(null)!;

    /// <summary>Every type and member name the generated sources declare.</summary>
    private static IEnumerable<string> DeclaredNames(GeneratorDriverRunResult result) =>
        result.GeneratedTrees.SelectMany(t => t.GetRoot().DescendantNodes()).Select(node => node switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            VariableDeclaratorSyntax field when field.Parent?.Parent is FieldDeclarationSyntax => field.Identifier.ValueText,
            DelegateDeclarationSyntax or EventDeclarationSyntax or EventFieldDeclarationSyntax or OperatorDeclarationSyntax => "<unexpected member kind>",
            _ => null,
        }).OfType<string>().Distinct();

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("injection-test", isCollectible: true).LoadFromStream(stream);
    }
}
