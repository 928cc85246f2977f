using System;
using System.IO;

namespace RelationsData.Package.Tests;

/// <summary>Bring your own data: an app's own data files become typed tables in its namespace, and bad data fails its build at the JSON.</summary>
[Collection(PackageCollection.Name)]
public sealed class OwnDataTests(PackageFixture package)
{
    [Fact]
    public void An_app_with_its_own_data_gets_typed_tables_in_its_namespace_beside_the_shipped_dataset()
    {
        var app = package.BuildConsumer("OwnDataApp");

        var run = DotNetCli.DotNet(app, Path.Combine("bin", "Release", "net10.0", "OwnDataApp.dll")).ShouldSucceed();
        Assert.Equal(ExpectedOutput, run.Lines);
    }

    /// <summary>What OwnDataApp prints, whichever way its tables are stored and compiled.</summary>
    internal static readonly string[] ExpectedOutput =
    {
        "own data 2.3.4: 3 countries, 2 relations, 1 references",
        "freedonia-sylvania: Active since 1933, cites Duck Soup",
        "by alpha-2 QF -> Freedonia",
        "shipped dataset: Azerbaijan (281 countries)",
        "QFHH: old-freedonia-sylvania, 1 relation, succeeded by Freedonia (Renamed)",
        "on 1925-01-01: old-freedonia-sylvania",
        "",
    };

    [Fact]
    public void An_app_with_a_broken_data_file_fails_to_build_with_the_RD_error_at_its_line_and_column()
    {
        var app = package.NewConsumer("BrokenDataApp");
        var build = DotNetCli.DotNet(app, "build", "-c", "Release", package.VersionProperty);

        Assert.NotEqual(0, build.ExitCode);
        var file = Path.Combine(app, "data", "countries", "atlantis.json");
        Assert.Contains($"{file}(4,13): error RD0013: 'A1' is not a valid ISO 3166-1 alpha-2 code", build.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(app, "bin", "Release", "net10.0", "BrokenDataApp.dll")));
    }

    [Fact]
    public void Own_data_compiled_into_the_package_namespace_fails_with_RD0025_instead_of_shadowing_its_types()
    {
        var app = package.NewConsumer("OwnDataApp");
        var build = DotNetCli.DotNet(app, "build", "-c", "Release", package.VersionProperty, "-p:RelationsDataNamespace=RelationsData");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(
            "error RD0025: The namespace 'RelationsData' already has a compiled dataset in the referenced assembly 'RelationsData'; set RelationsDataNamespace to a namespace of your own",
            build.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("CS0436", build.Output, StringComparison.Ordinal);
    }
}
