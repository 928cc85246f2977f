using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace RelationsData.Package.Tests;

/// <summary>
/// RelationsDataStorage=resource through the packed package: its build step (tasks/) writes the tables as a manifest
/// resource, the app reads them, and the reference assembly carries no data, so a data edit that changes no id leaves
/// it byte-identical and projects that reference the app do not rebuild.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ResourceStorageAppTests(PackageFixture package)
{
    private const string Resource = "-p:RelationsDataStorage=resource";

    [Fact]
    public void An_app_with_resource_storage_answers_as_with_literals_from_an_embedded_resource()
    {
        var app = package.NewConsumer("OwnDataApp");
        var build = DotNetCli.DotNet(app, "build", "-c", "Release", package.VersionProperty, "-warnaserror", Resource, "-v:n").ShouldSucceed();
        Assert.DoesNotMatch(": warning [A-Z]", build.Output);
        // Parsed once: the compiler got the build step's prebuilt dataset in place of the data files.
        var additionalFiles = Regex.Matches(build.Output, @"/additionalfile:(""[^""]+""|\S+)").Select(m => m.Groups[1].Value.Trim('"')).ToList();
        Assert.Contains(additionalFiles, f => f.EndsWith("RelationsData.prebuilt", StringComparison.Ordinal));
        Assert.DoesNotContain(additionalFiles, f => f.EndsWith(".json", StringComparison.Ordinal));

        var run = DotNetCli.DotNet(app, Path.Combine("bin", "Release", "net10.0", "OwnDataApp.dll")).ShouldSucceed();
        Assert.Equal(OwnDataTests.ExpectedOutput, run.Lines);
        Assert.Contains("RelationsData.CompiledDataset.tables", ManifestResources(Path.Combine(app, "bin", "Release", "net10.0", "OwnDataApp.dll")));
        Assert.Empty(ManifestResources(RefAssembly(app)));
    }

    [Fact]
    public void An_app_with_resource_storage_publishes_with_native_aot_without_warnings_and_prints_the_same()
    {
        var app = package.NewConsumer("OwnDataApp");
        var output = Path.Combine(app, "aot");
        var publish = DotNetCli.DotNet(app, "publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", package.VersionProperty, "-warnaserror", Resource, "-o", output);
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.DoesNotMatch(@"warning (IL\d{4}|IL[CL])", publish.Output);
        Assert.DoesNotMatch(": warning [A-Z]", publish.Output);

        var run = DotNetCli.Run(Path.Combine(output, "OwnDataApp"), app, new Dictionary<string, string>()).ShouldSucceed();

        Assert.Equal(OwnDataTests.ExpectedOutput, run.Lines);
    }

    [Fact]
    public void A_data_edit_that_changes_no_id_leaves_the_reference_assembly_byte_identical_with_resource_storage_only()
    {
        var app = package.NewConsumer("OwnDataApp");
        var (refBefore, refAfter, output) = BuildEditBuild(app, Resource);
        Assert.Equal(refBefore, refAfter);
        Assert.Contains("cites Duck Soup (1933)", output, StringComparison.Ordinal);

        // The same edit with the tables as literals changes the reference assembly: they travel into it.
        var literal = package.NewConsumer("OwnDataApp");
        var (literalBefore, literalAfter, _) = BuildEditBuild(literal, "-p:RelationsDataStorage=literals");
        Assert.NotEqual(literalBefore, literalAfter);
    }

    [Fact]
    public void A_broken_data_file_fails_the_build_at_its_line_and_column_with_resource_storage_too()
    {
        var app = package.NewConsumer("BrokenDataApp");
        var build = DotNetCli.DotNet(app, "build", "-c", "Release", package.VersionProperty, Resource);

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{Path.Combine(app, "data", "countries", "atlantis.json")}(4,13): error RD0013", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_data_file_leaves_the_tables_after_an_incremental_build()
    {
        var app = package.NewConsumer("OwnDataApp");
        DotNetCli.DotNet(app, "build", "-c", "Release", "-warnaserror", Resource, package.VersionProperty).ShouldSucceed();

        // Deleting a file makes no input newer than the last build: the step must see that the list changed.
        File.Delete(Path.Combine(app, "data", "relations", "old-freedonia-sylvania.json"));
        DotNetCli.DotNet(app, "build", "-c", "Release", "-warnaserror", Resource, package.VersionProperty).ShouldSucceed();
        var run = DotNetCli.DotNet(app, Path.Combine("bin", "Release", "net10.0", "OwnDataApp.dll")).ShouldSucceed();

        Assert.Equal("own data 2.3.4: 3 countries, 1 relations, 1 references", run.Lines[0]);
        Assert.Contains("QFHH: , 0 relation, succeeded by Freedonia (Renamed)", run.Lines);
    }

    /// <summary>Builds, edits a reference's title (no id, no member), builds again; returns the reference assembly before and after, and the run's output.</summary>
    private (byte[] Before, byte[] After, string Output) BuildEditBuild(string app, string storage)
    {
        DotNetCli.DotNet(app, "build", "-c", "Release", "-warnaserror", storage, package.VersionProperty).ShouldSucceed();
        var before = File.ReadAllBytes(RefAssembly(app));

        var reference = Path.Combine(app, "data", "references", "duck-soup.json");
        File.WriteAllText(reference, File.ReadAllText(reference).Replace("\"Duck Soup\"", "\"Duck Soup (1933)\"", StringComparison.Ordinal));
        DotNetCli.DotNet(app, "build", "-c", "Release", "-warnaserror", storage, package.VersionProperty).ShouldSucceed();
        var after = File.ReadAllBytes(RefAssembly(app));

        var run = DotNetCli.DotNet(app, Path.Combine("bin", "Release", "net10.0", "OwnDataApp.dll")).ShouldSucceed();
        return (before, after, run.Output);
    }

    private static string RefAssembly(string app) => Path.Combine(app, "obj", "Release", "net10.0", "ref", "OwnDataApp.dll");

    private static string[] ManifestResources(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var reader = pe.GetMetadataReader();
        return reader.ManifestResources.Select(handle => reader.GetString(reader.GetManifestResource(handle).Name)).ToArray();
    }
}
