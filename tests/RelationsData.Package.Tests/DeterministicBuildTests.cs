using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using RelationsData.TestSupport;

namespace RelationsData.Package.Tests;

/// <summary>
/// Two clean Release builds of the same sources, in two different folders, give byte-identical assemblies, and their
/// PDBs map the sources to the commit on GitHub (SourceLink, built into the SDK, from the git remote).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DeterministicBuildTests(PackageFixture package)
{
    /// <summary>What a build of the library reads: sources, data, build settings and the git metadata SourceLink records.</summary>
    private static readonly string[] Inputs = [".git", "src", "data", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    private const string Remote = "https://github.com/relationsdata-test/relationsdata.git";

    [Fact]
    public void Two_clean_builds_in_different_folders_give_identical_libraries_and_generator_with_sourcelink()
    {
        var first = CopyOfRepository("first");
        var second = CopyOfRepository(Path.Combine("elsewhere", "second"));
        foreach (var root in new[] { first, second })
        {
            // The repository may have no remote, or a local one: give both copies the same GitHub remote.
            Git(root, "remote", "remove", "origin");
            Git(root, "remote", "add", "origin", Remote).ShouldSucceed();
            DotNetCli.DotNet(root, "build", "src/RelationsData/RelationsData.csproj", "-c", "Release").ShouldSucceed();
        }

        var outputs = new[]
        {
            "src/RelationsData/bin/Release/net8.0/RelationsData.dll",
            "src/RelationsData/bin/Release/net10.0/RelationsData.dll",
            "src/RelationsData.Generator/bin/Release/netstandard2.0/RelationsData.Generator.dll",
        };
        foreach (var output in outputs)
        {
            Assert.Equal(Hash(Path.Combine(first, output)), Hash(Path.Combine(second, output)));
        }

        var commit = Git(first, "rev-parse", "HEAD").ShouldSucceed().Output.Trim();
        Assert.Equal(
            "{\"documents\":{\"/_/*\":\"https://raw.githubusercontent.com/relationsdata-test/relationsdata/" + commit + "/*\"}}",
            SourceLinkOf(Path.Combine(first, "src/RelationsData/bin/Release/net10.0/RelationsData.pdb")));
    }

    private static CommandResult Git(string folder, params string[] arguments) =>
        DotNetCli.Run("git", folder, new System.Collections.Generic.Dictionary<string, string>(), arguments);

    /// <summary>The SourceLink JSON a portable PDB carries, or null.</summary>
    private static string? SourceLinkOf(string pdb)
    {
        var sourceLink = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        using var provider = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb));
        var reader = provider.GetMetadataReader();
        return reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == sourceLink)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .SingleOrDefault();
    }

    private string CopyOfRepository(string name)
    {
        var target = Path.Combine(package.Root, "builds", name);
        foreach (var input in Inputs)
        {
            var source = Path.Combine(RepositoryPaths.Root, input);
            if (File.Exists(source))
            {
                Directory.CreateDirectory(target);
                File.Copy(source, Path.Combine(target, input));
                continue;
            }

            FileTree.Copy(source, Path.Combine(target, input));
        }

        return target;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
