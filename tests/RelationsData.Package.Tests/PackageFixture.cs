using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using RelationsData.TestSupport;

namespace RelationsData.Package.Tests;

/// <summary>
/// Packs the already-built library once per test run into a folder feed, and gives each consumer app a copy of itself
/// outside the repository with its own NuGet.config: RelationsData only from that feed, everything else from NuGet, and
/// a packages folder of its own, so that no package cache can stand in for the package just packed.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("relationsdata-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        Version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        Configuration = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

        PackOutput = DotNetCli.DotNet(
            RepositoryPaths.Root,
            "pack", "src/RelationsData/RelationsData.csproj", "-c", Configuration, "--no-build", "-o", Feed).ShouldSucceed().Output;
        Nupkg = Path.Combine(Feed, $"RelationsData.{Version}.nupkg");
        Snupkg = Path.Combine(Feed, $"RelationsData.{Version}.snupkg");
    }

    /// <summary>The temporary folder of this run: feed, packages and apps.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    /// <summary>The package version, from Directory.Build.props.</summary>
    public string Version { get; }

    /// <summary>The configuration the tests (and so the library) were built in.</summary>
    public string Configuration { get; }

    public string PackOutput { get; }

    public string Nupkg { get; }

    public string Snupkg { get; }

    /// <summary>Copies Consumers/<paramref name="app"/> to a fresh folder beside a NuGet.config of its own.</summary>
    public string NewConsumer(string app)
    {
        var parent = Directory.CreateDirectory(Path.Combine(Root, "apps", app + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var target = Path.Combine(parent, app);
        FileTree.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", app), target);
        File.WriteAllText(Path.Combine(parent, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Packages}" />
              </config>
              <packageSources>
                <clear />
                <add key="relationsdata-under-test" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="relationsdata-under-test">
                  <package pattern="RelationsData" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // An empty Directory.Build.props/global.json boundary: nothing of the repository or of /tmp leaks in.
        File.WriteAllText(Path.Combine(parent, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(parent, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(parent, "Directory.Packages.props"), "<Project />\n");
        return target;
    }

    /// <summary>Copies a consumer app out and builds it in Release with warnings as errors; fails with the build log.</summary>
    public string BuildConsumer(string app)
    {
        var folder = NewConsumer(app);
        var build = DotNetCli.DotNet(folder, "build", "-c", "Release", VersionProperty, "-warnaserror").ShouldSucceed();
        Assert.DoesNotMatch(": warning [A-Z]", build.Output);
        return folder;
    }

    /// <summary>The MSBuild argument that names the package version under test.</summary>
    public string VersionProperty => "-p:RelationsDataPackageVersion=" + Version;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failure to delete it must not fail the run.
        }
    }
}

/// <summary>All package tests share one pack and run one at a time: they build whole apps on a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
