using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using RelationsData.TestSupport;

namespace RelationsData.Package.Tests;

/// <summary>Two clean Release builds of the same sources, in two different folders, give byte-identical assemblies.</summary>
[Collection(PackageCollection.Name)]
public sealed class DeterministicBuildTests(PackageFixture package)
{
    /// <summary>What a build of the library reads: sources, data, build settings and the git metadata SourceLink records.</summary>
    private static readonly string[] Inputs = [".git", "src", "data", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    [Fact]
    public void Two_clean_builds_in_different_folders_give_identical_libraries_and_generator()
    {
        var first = CopyOfRepository("first");
        var second = CopyOfRepository(Path.Combine("elsewhere", "second"));
        foreach (var root in new[] { first, second })
        {
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

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                {
                    continue;
                }

                var destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }

        return target;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
