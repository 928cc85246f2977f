using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Xml.Linq;

namespace RelationsData.Package.Tests;

/// <summary>What is inside RelationsData.nupkg and its symbols package.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests(PackageFixture package)
{
    /// <summary>
    /// The assemblies a compiler host with Microsoft.CodeAnalysis 4.14 loads for any analyzer: Roslyn's own netstandard2.0
    /// dependencies (its nuspec) and the framework facades. Anything else the generator needs must be in the package.
    /// </summary>
    private static readonly HashSet<string> ProvidedByCompilerHost = new(StringComparer.Ordinal)
    {
        "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
        "System.Memory", "System.Reflection.Metadata", "System.Runtime.CompilerServices.Unsafe", "System.Text.Encoding.CodePages",
        "System.Threading.Tasks.Extensions", "System.Buffers", "System.Numerics.Vectors",
    };

    /// <summary>What an IDE host (Visual Studio, Rider, the C# extension) also loads for code fixes; the compiler never does.</summary>
    private static readonly HashSet<string> ProvidedByIdeHost = new(StringComparer.Ordinal)
    {
        "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel",
    };

    /// <summary>
    /// The cost budget of the names in every language (docs/benchmarks.md): each library stays at or below 1 MB
    /// (1,048,576 bytes); 424,960 bytes before the CLDR names (net10.0), docs/benchmarks.md has the figure after.
    /// </summary>
    [Theory]
    [InlineData("lib/net10.0/RelationsData.dll")]
    [InlineData("lib/net8.0/RelationsData.dll")]
    [InlineData("lib/netstandard2.0/RelationsData.dll")]
    public void Each_library_stays_within_its_size_budget(string path)
    {
        using var zip = ZipFile.OpenRead(package.Nupkg);
        var entry = zip.GetEntry(path);
        Assert.NotNull(entry);
        Assert.InRange(entry.Length, 1, 1 << 20);
    }

    [Fact]
    public void Pack_writes_the_package_and_its_symbols_package_named_by_the_version()
    {
        Assert.True(File.Exists(package.Nupkg), package.PackOutput);
        Assert.True(File.Exists(package.Snupkg), package.PackOutput);
        Assert.DoesNotContain("warning", package.PackOutput, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_package_holds_the_libraries_the_generator_with_its_dependencies_the_build_step_the_build_files_and_the_readme()
    {
        var expected = new[]
        {
            "README.md",
            "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll",
            "analyzers/dotnet/cs/RelationsData.CodeFixes.dll",
            "analyzers/dotnet/cs/RelationsData.Generator.dll",
            "analyzers/dotnet/cs/System.Text.Encodings.Web.dll",
            "analyzers/dotnet/cs/System.Text.Json.dll",
            "build/RelationsData.props",
            "build/RelationsData.targets",
            "buildTransitive/RelationsData.props",
            "buildTransitive/RelationsData.targets",
            "lib/net10.0/RelationsData.dll",
            "lib/net10.0/RelationsData.xml",
            "lib/net8.0/RelationsData.dll",
            "lib/net8.0/RelationsData.xml",
            "lib/netstandard2.0/RelationsData.dll",
            "lib/netstandard2.0/RelationsData.xml",
            "tasks/netstandard2.0/RelationsData.Build.dll",
        };
        Assert.Equal(expected, PackageFiles(package.Nupkg));
    }

    [Fact]
    public void The_nuspec_names_the_id_version_licence_readme_description_and_repository_commit()
    {
        var metadata = Nuspec().Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("RelationsData", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT AND LGPL-2.1-or-later AND Unicode-3.0", license.Value);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        // net8.0 and net10.0 need nothing; netstandard2.0 takes what those frameworks have built in.
        var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements()
            .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}").ToArray());
        Assert.Equal(["net10.0", "net8.0", ".NETStandard2.0"], groups.Keys);
        Assert.Empty(groups["net10.0"]);
        Assert.Empty(groups["net8.0"]);
        Assert.Equal(["System.Collections.Immutable 8.0.0", "System.Memory 4.5.5"], groups[".NETStandard2.0"]);
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_library_is_marked_trimmable_and_carries_its_generated_dataset(string framework)
    {
        var context = new AssemblyLoadContext("package-" + framework, isCollectible: true);
        try
        {
            using var stream = new MemoryStream(Entry(package.Nupkg, $"lib/{framework}/RelationsData.dll"));
            var assembly = context.LoadFromStream(stream);
            var metadata = assembly.GetCustomAttributesData()
                .Where(a => a.AttributeType.FullName == typeof(AssemblyMetadataAttribute).FullName)
                .ToDictionary(a => (string)a.ConstructorArguments[0].Value!, a => (string?)a.ConstructorArguments[1].Value);
            Assert.Equal("True", metadata["IsTrimmable"]);
            Assert.NotNull(assembly.GetType("RelationsData.Countries"));
            Assert.NotNull(assembly.GetType("RelationsData.CompiledDataset"));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Every_assembly_the_generator_references_is_in_the_package_or_loaded_by_any_compiler_host()
    {
        var analyzers = PackageFiles(package.Nupkg).Where(f => f.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).ToArray();
        var shipped = analyzers.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in analyzers)
        {
            using var pe = new PEReader(new MemoryStream(Entry(package.Nupkg, file)));
            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.AssemblyReferences)
            {
                var name = reader.GetString(reader.GetAssemblyReference(handle).Name);
                // The code fixes run in an IDE only; everything else the command-line compiler loads.
                var isCodeFix = Path.GetFileName(file) == "RelationsData.CodeFixes.dll";
                if (!shipped.Contains(name) && !ProvidedByCompilerHost.Contains(name) && !(isCodeFix && ProvidedByIdeHost.Contains(name)))
                {
                    missing.Add($"{Path.GetFileName(file)} -> {name}");
                }

                Assert.False(!isCodeFix && name.EndsWith(".Workspaces", StringComparison.Ordinal), $"{file} references {name}: only the code fixes may");
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_symbols_are_portable_pdbs_with_repository_relative_paths(string framework)
    {
        var pdbBytes = Entry(package.Snupkg, $"lib/{framework}/RelationsData.pdb");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdbBytes));
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToArray();

        Assert.Contains(documents, d => d.EndsWith("RelationsDataset.cs", StringComparison.Ordinal));
        // Deterministic source paths: the same sources give the same pdb wherever they were built.
        Assert.All(documents, d => Assert.StartsWith("/_/", d));
    }

    private XElement Nuspec()
    {
        using var zip = ZipFile.OpenRead(package.Nupkg);
        using var stream = zip.GetEntry("RelationsData.nuspec")!.Open();
        return XDocument.Load(stream).Root!;
    }

    private static string[] PackageFiles(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) &&
                        n is not "[Content_Types].xml" && !n.EndsWith(".nuspec", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static byte[] Entry(string zipPath, string entry)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"{entry} is not in {Path.GetFileName(zipPath)}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
