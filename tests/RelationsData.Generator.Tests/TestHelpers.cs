using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.Generator.Tests;

/// <summary>Runs the generator in memory over data files, the way the compiler does in a build.</summary>
internal static class TestHelpers
{
    public const string TestNamespace = "Snapshot.Data";

    /// <summary>The repository's data folder, found by walking up from the test binaries.</summary>
    public static string DataDirectory => TestSupport.RepositoryPaths.Data;

    /// <summary>Every data file of the shipped dataset, as (path, text).</summary>
    public static IReadOnlyList<InMemoryFile> ShippedDataFiles() =>
        Directory.EnumerateFiles(DataDirectory, "*.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "schema" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new InMemoryFile("/data/" + Path.GetRelativePath(DataDirectory, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();

    /// <summary>The snapshot corpus: a small fixed dataset with every field of every kind, each value tagged with its field's name.</summary>
    public static IReadOnlyList<InMemoryFile> SnapshotCorpus() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "Snapshot"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new InMemoryFile("/data/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    /// <summary>
    /// What the resource build step (WriteRelationsDataTables) computes from these files: the linked dataset with its
    /// diagnostics, and the tables at the default named-member limit (null when there are no records).
    /// </summary>
    public static (Model.LinkResult Linked, Model.DatasetTables? Tables) BuildStep(IEnumerable<InMemoryFile> files)
    {
        var parsed = files.Select(f => Parsing.DataFileParser.Parse(f.Path, f.GetText(), default)).ToImmutableArray();
        var linked = Linking.DatasetLinker.Link(parsed, NamedMemberLimitOption.Default, default, eventsOnSecondThread: true);
        return (linked, linked.Dataset.IsEmpty ? null : Tables.TableBuilder.Build(linked.Dataset, NamedMemberLimitOption.Default, default, indexesOnSecondThread: true));
    }

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Country).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<InMemoryFile> files, string? ns = TestNamespace, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new RelationsGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)f),
            parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest),
            new TestOptionsProvider(files.Select(f => f.Path), ns, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the run result and the compilation with its output.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<InMemoryFile> files, string? ns = TestNamespace, CSharpCompilation? compilation = null, IReadOnlyDictionary<string, string>? properties = null)
    {
        compilation ??= CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = CreateDriver(files, ns, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Diagnostics the generator reported, ordered by file and position.</summary>
    public static ImmutableArray<Diagnostic> GeneratorDiagnostics(IEnumerable<InMemoryFile> files) =>
        Run(files).Result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();

    /// <summary>
    /// Runs the driver twice over the same input (with a new, equal compilation) and asserts that every tracked
    /// step's output of the second run is Cached or Unchanged, and that no step output holds Roslyn objects that would
    /// keep compilations alive or defeat caching.
    /// </summary>
    public static void AssertRunsAreCached(IReadOnlyList<InMemoryFile> files, IReadOnlyDictionary<string, string>? properties = null)
    {
        var compilation = CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = CreateDriver(files, properties: properties).RunGenerators(compilation);
        var first = driver.GetRunResult();
        driver = driver.RunGenerators(compilation.Clone());
        var second = driver.GetRunResult();

        var firstSteps = TrackedSteps(first);
        var secondSteps = TrackedSteps(second);
        Assert.NotEmpty(firstSteps);
        Assert.Equal(firstSteps.Keys.OrderBy(k => k), secondSteps.Keys.OrderBy(k => k));
        foreach (var (name, steps) in firstSteps)
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(name, output.Value);
            }
        }

        foreach (var (name, steps) in secondSteps)
        {
            foreach (var (value, reason) in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} re-ran ({reason}) on unchanged input");
            }
        }
    }

    /// <summary>
    /// Runs the driver, replaces <paramref name="before"/> with <paramref name="after"/> in the file whose path ends with
    /// <paramref name="pathEnd"/>, runs it again, and asserts that only that file was parsed again and the tables rebuilt.
    /// </summary>
    public static void AssertAnEditReparsesOnlyThatFile(IReadOnlyList<InMemoryFile> files, string pathEnd, string before, string after)
    {
        var compilation = CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = CreateDriver(files).RunGenerators(compilation);
        var edited = files.Single(f => f.Path.EndsWith(pathEnd, StringComparison.Ordinal));
        Assert.Contains(before, edited.Content, StringComparison.Ordinal);

        driver = driver.ReplaceAdditionalText(edited, edited.WithContent(edited.Content.Replace(before, after, StringComparison.Ordinal)));
        var steps = TrackedSteps(driver.RunGenerators(compilation).GetRunResult());

        var parsed = steps[TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(files.Count, parsed.Count);
        Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(files.Count - 1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Modified, steps[TrackingNames.Tables].Single().Outputs.Single().Reason);
    }

    public static Dictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedSteps(GeneratorDriverRunResult result) =>
        result.Results[0].TrackedSteps
            .Where(step => typeof(TrackingNames).GetFields().Any(f => (string?)f.GetRawConstantValue() == step.Key))
            .ToDictionary(step => step.Key, step => step.Value);

    private static void AssertNoRoslynObjects(string step, object? value, int depth = 0)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SemanticModel or SourceText or Location || type.Namespace == "System.Text.Json"
                || (value is AdditionalText && step != TrackingNames.DataFiles),
            $"Step {step} outputs a {type.FullName}, which defeats incremental caching.");
        if (value is DiagnosticDescriptor or AdditionalText)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(step, item, depth + 1);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(step, field.GetValue(value), depth + 1);
        }
    }
}

/// <summary>A data file held in memory.</summary>
internal sealed class InMemoryFile : AdditionalText
{
    private readonly SourceText text;

    public InMemoryFile(string path, string content)
    {
        Path = path;
        Content = content;
        text = SourceText.From(content);
    }

    public override string Path { get; }

    public string Content { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;

    public InMemoryFile WithContent(string content) => new(Path, content);
}

/// <summary>Marks every given file as a data file and sets the namespace option, like the package's props do.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly HashSet<string> dataFiles;
    private readonly TestOptions global;

    public TestOptionsProvider(IEnumerable<string> dataFiles, string? ns, IReadOnlyDictionary<string, string>? properties = null)
    {
        this.dataFiles = new HashSet<string>(dataFiles, StringComparer.Ordinal);
        var values = (properties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value);
        if (ns is not null)
        {
            values["build_property.RelationsDataNamespace"] = ns;
        }

        global = new TestOptions(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        dataFiles.Contains(textFile.Path) ? new TestOptions(new() { ["build_metadata.AdditionalFiles.RelationsData"] = "true" }) : TestOptions.Empty;

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
