using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RelationsData.Generator.Keys;

namespace RelationsData.Generator.Tests.Analysis;

/// <summary>
/// The analyzer over an app's own data, generated in the same compilation by the real generator; and over every
/// malformed and hostile input of the generator tests, where it must neither throw nor report an analyzer failure.
/// </summary>
public class AnalyzerOnGeneratedDataTests
{
    private const string Lookups = """
        namespace Consumer
        {
            using Snapshot.Data;

            internal static class App
            {
                internal static object?[] M() => new object?[]
                {
                    Countries.ById("fredonia"),
                    Countries.ByAlpha2("XR"),
                    Countries.ByAlpha2("XF"),
                    Relations.Between(Countries.Ruritania, Countries.Sylvania),
                    Relations.Between(Countries.Freedonia, Countries.Sylvania),
                    RelationsData.Countries.ByAlpha2("UK"),
                };
            }
        }
        """;

    [Fact]
    public async Task An_app_s_own_data_gets_the_same_checks_over_its_own_keys()
    {
        var diagnostics = await Analyze(TestHelpers.SnapshotCorpus(), Lookups);

        Assert.Equal(
            new[]
            {
                "RD0027 (9,28): \"fredonia\" matches no country id; did you mean \"freedonia\" (country.shortName: Freedonia)?",
                "RD0028 (10,13): Countries.ByAlpha2(\"XR\") is always Countries.Ruritania; write Countries.Ruritania",
                "RD0027 (11,32): \"XF\" is not an ISO 3166-1 alpha-2 code of this dataset; it is the former entry country.shortName: Old Freedonia (XFHH), found by ById(\"old-freedonia\") or TryFind",
                "RD0029 (12,13): The dataset has no relation between country.shortName: Ruritania and country.shortName: Sylvania: Between always returns null here",
                "RD0027 (14,46): \"UK\" is not an ISO 3166-1 alpha-2 code of this dataset; GB is United Kingdom",
            },
            diagnostics.Select(Describe));
    }

    [Fact]
    public async Task A_member_missing_because_its_kind_is_over_the_named_member_limit_is_RD0023_where_the_code_names_it()
    {
        // At a limit of 3 the 4 countries get no named members; the 2 events keep theirs.
        const string source = """
            namespace Consumer
            {
                using Snapshot.Data;

                internal static class App
                {
                    internal static object?[] M() => new object?[]
                    {
                        Countries.Freedonia,
                        Snapshot.Data.Countries.Ruritania(),
                        Countries.Freedonia.Alpha2,
                        Events.NoSuchEvent,
                        Countries.ById("freedonia"),
                        RelationsData.Countries.Azerbaijan,
                    };
                }
            }
            """;

        var diagnostics = await Analyze(TestHelpers.SnapshotCorpus(), source, allowCompileErrors: true, properties: new Dictionary<string, string> { ["RelationsDataNamedMemberLimit"] = "3" });

        // Once a naming, at the name, beside the compiler's CS0117; nothing for a kind that has named members (Events), or for lookups.
        var why = "has no member '{0}': its 4 records are more than RelationsDataNamedMemberLimit (3), so none gets a named member; find the record with Countries.ById or Countries.All, or raise the limit";
        Assert.Equal(
            new[]
            {
                "RD0023 (9,23): Countries " + string.Format(CultureInfo.InvariantCulture, why, "Freedonia"),
                "RD0023 (10,37): Countries " + string.Format(CultureInfo.InvariantCulture, why, "Ruritania"),
                "RD0023 (11,23): Countries " + string.Format(CultureInfo.InvariantCulture, why, "Freedonia"),
            },
            diagnostics.Select(Describe));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public async Task RD0023_takes_the_count_and_limit_of_a_dataset_in_a_referenced_assembly_from_its_key_table()
    {
        // A library compiled with the data at a limit of 3, so its 4 countries have no named members; an app that references it.
        var (_, library) = TestHelpers.Run(TestHelpers.SnapshotCorpus(), properties: new Dictionary<string, string> { ["RelationsDataNamedMemberLimit"] = "3" });
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("DataLibrary").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var app = TestHelpers.CreateCompilation("""
            namespace App
            {
                internal static class Use
                {
                    internal static object M() => Snapshot.Data.Countries.Freedonia;
                }
            }
            """).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var diagnostics = await RunAnalyzer(app);

        Assert.Equal(
            "RD0023 (5,63): Countries has no member 'Freedonia': its 4 records are more than RelationsDataNamedMemberLimit (3), so none gets a named member; find the record with Countries.ById or Countries.All, or raise the limit",
            Describe(Assert.Single(diagnostics)));
    }

    public static IEnumerable<object[]> MalformedCases() => MalformedCorpusTests.Cases();

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public async Task A_malformed_input_never_makes_the_analyzer_throw(string fileName)
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var files = Directory.EnumerateFiles(Path.Combine(corpus, "Base"), "*.json")
            .Select(path => new InMemoryFile("/data/" + Path.GetFileName(path), File.ReadAllText(path)))
            .Append(new InMemoryFile("/data/z-case/case.json", File.ReadAllText(Path.Combine(corpus, "Malformed", fileName)).Replace("⌖", "", StringComparison.Ordinal)))
            .ToList();

        // The base corpus has no Ruritania–Sylvania relation in every case, so RD0029 may or may not be there; none may be AD0001.
        var diagnostics = await Analyze(files, Lookups.Replace("Countries.Ruritania", "Countries.ById(\"ruritania\")!", StringComparison.Ordinal).Replace("Countries.Sylvania", "Countries.ById(\"sylvania\")!", StringComparison.Ordinal).Replace("Countries.Freedonia", "Countries.ById(\"freedonia\")!", StringComparison.Ordinal), allowCompileErrors: true);

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Hostile_keys_in_the_data_and_in_the_code_never_make_the_analyzer_throw()
    {
        var hostile = InjectionTests.HostileDataset();
        var calls = string.Join(",\n", InjectionTests.Hostile.Select(s => Literal(s)).SelectMany(s => new[]
        {
            $"Countries.ByAlpha2({s})", $"Countries.ByAlpha3({s})", $"Countries.ById({s})", $"Relations.ById({s})", $"Events.ById({s})", $"References.ById({s})",
        }));
        var source = "namespace Consumer { using Snapshot.Data; internal static class App { internal static object?[] M() => new object?[] { " + calls + " }; } }";

        var diagnostics = await Analyze(hostile, source);

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == "RD0027");
    }

    private static string Literal(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

    private static async Task<ImmutableArray<Diagnostic>> Analyze(IEnumerable<InMemoryFile> files, string source, bool allowCompileErrors = false, IReadOnlyDictionary<string, string>? properties = null)
    {
        var (_, output) = TestHelpers.Run(files, compilation: TestHelpers.CreateCompilation(source), properties: properties);
        if (!allowCompileErrors)
        {
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        return await RunAnalyzer(output);
    }

    /// <summary>
    /// The analyzer over a compilation, failing on anything it threw or swallowed (its guard reports what it swallows;
    /// another test's run may be heard too, which fails as rightly).
    /// </summary>
    internal static async Task<ImmutableArray<Diagnostic>> RunAnalyzer(Compilation compilation)
    {
        var swallowed = new ConcurrentBag<Exception>();
        var thrown = new ConcurrentBag<Exception>();
        Action<Exception> listen = swallowed.Add;
        LookupAnalyzer.Swallowed += listen;
        try
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => thrown.Add(e), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LookupAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
            Assert.Empty(thrown);
            Assert.Empty(swallowed);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }
        finally
        {
            LookupAnalyzer.Swallowed -= listen;
        }
    }

    private static string Describe(Diagnostic d)
    {
        var position = d.Location.GetLineSpan().StartLinePosition;
        return $"{d.Id} ({position.Line + 1},{position.Character + 1}): {d.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
