using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RelationsData.Benchmarks;

/// <summary>
/// M4: one run of the generator over every data file (parse, link, lay out, emit) against <c>JsonDocument.Parse</c>
/// of the same bytes, the least any reader of the files must do.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private IReadOnlyList<DataFile> files = Array.Empty<DataFile>();
    private byte[][] utf8 = Array.Empty<byte[]>();
    private CSharpCompilation compilation = null!;

    [Params("seed", "world")]
    public string Scale { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        files = BenchScale.Parse(Scale).Files().Select(f => new DataFile("/data/" + f.Path, f.Json)).ToList();
        utf8 = files.Select(f => Encoding.UTF8.GetBytes(f.Text.ToString())).ToArray();
        compilation = CSharpCompilation.Create("Bench", references: Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Country).Assembly.Location)));
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse of every file")]
    public int ParseJson()
    {
        var tokens = 0;
        foreach (var bytes in utf8)
        {
            using var document = JsonDocument.Parse(bytes);
            tokens += document.RootElement.GetPropertyCount();
        }

        return tokens;
    }

    [Benchmark(Description = "RelationsData generator, one full run")]
    public int RunGenerator() => Driver(files).RunGenerators(compilation).GetRunResult().GeneratedTrees.Length;

    internal static GeneratorDriver Driver(IEnumerable<DataFile> files, LanguageVersion version = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new RelationsData.Generator.RelationsGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(version),
            new DataFileOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}

/// <summary>A data file held in memory, as the compiler hands it to the generator.</summary>
internal sealed class DataFile(string path, string text) : AdditionalText
{
    public SourceText Text { get; } = SourceText.From(text, Encoding.UTF8);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => Text;
}

/// <summary>Marks every additional file as a data file and names the namespace, as the package's props do.</summary>
internal sealed class DataFileOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options Data = new(new() { ["build_metadata.AdditionalFiles.RelationsData"] = "true" });
    private static readonly Options Global = new(new() { ["build_property.RelationsDataNamespace"] = "Bench.Data" });

    public override AnalyzerConfigOptions GlobalOptions => Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Data;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
