using System;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RelationsData.TestSupport;

namespace RelationsData.Package.Tests;

/// <summary>
/// The generator as the package ships it, with the System.Text.Json it ships (8.0.5, netstandard2.0) rather than the
/// newer one of the .NET host: loaded in a context of its own, as a compiler loads an analyzer folder, it compiles the
/// shipped data. Roslyn comes from the test's own Microsoft.CodeAnalysis 4.14, the oldest host the package supports.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ShippedGeneratorTests(PackageFixture package)
{
    [Fact]
    public void The_packaged_generator_runs_on_the_System_Text_Json_shipped_beside_it()
    {
        var folder = Path.Combine(package.Root, "analyzers-" + Guid.NewGuid().ToString("N")[..8]);
        using (var zip = ZipFile.OpenRead(package.Nupkg))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)))
            {
                Directory.CreateDirectory(folder);
                entry.ExtractToFile(Path.Combine(folder, entry.Name));
            }

            Directory.CreateDirectory(Path.Combine(folder, "lib"));
            zip.GetEntry("lib/net10.0/RelationsData.dll")!.ExtractToFile(Path.Combine(folder, "lib", "RelationsData.dll"));
        }

        var context = new AnalyzerFolderContext(folder);
        try
        {
            var generatorAssembly = context.LoadFromAssemblyPath(Path.Combine(folder, "RelationsData.Generator.dll"));
            var generator = (IIncrementalGenerator)Activator.CreateInstance(generatorAssembly.GetType("RelationsData.Generator.RelationsGenerator", throwOnError: true)!)!;

            var files = Directory.EnumerateFiles(RepositoryPaths.Data, "*.json", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "schema" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(p => (AdditionalText)new DataFile(p))
                .ToImmutableArray();
            var driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], files, optionsProvider: new DataFileOptions(files));
            // The consumer compiles against the runtime and the package's own library, as an app does.
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => !Path.GetFileName(p).StartsWith("RelationsData", StringComparison.Ordinal))
                .Select(p => MetadataReference.CreateFromFile(p))
                .Append(MetadataReference.CreateFromFile(Path.Combine(folder, "lib", "RelationsData.dll")));
            var consumer = CSharpCompilation.Create("Consumer", [], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var result = driver.RunGeneratorsAndUpdateCompilation(consumer, out var output, out _).GetRunResult();

            Assert.Empty(result.Diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Null(result.Results[0].Exception);
            Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Countries.g.cs", StringComparison.Ordinal) && t.ToString().Contains(" Azerbaijan => ", StringComparison.Ordinal));

            var json = context.Assemblies.Single(a => a.GetName().Name == "System.Text.Json");
            Assert.Equal(new Version(8, 0, 0, 0), json.GetName().Version);
            Assert.Equal(Path.Combine(folder, "System.Text.Json.dll"), json.Location);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads what the analyzer folder holds from that folder; Roslyn and the framework from the host.</summary>
    private sealed class AnalyzerFolderContext(string folder) : AssemblyLoadContext("packaged-generator", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private sealed class DataFile(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }

    /// <summary>Marks every file as a data file (build_metadata.AdditionalFiles.RelationsData = true), as the package's props do.</summary>
    private sealed class DataFileOptions(ImmutableArray<AdditionalText> files) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new() { ["build_property.RelationsDataNamespace"] = "Consumer.Data" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(files.Contains(textFile) ? new() { ["build_metadata.AdditionalFiles.RelationsData"] = "true" } : []);

        private sealed class Options(System.Collections.Generic.Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
