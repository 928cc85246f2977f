using System;
using System.IO;

namespace RelationsData.Package.Tests;

/// <summary>
/// The analyzer as a consumer meets it, from the packed nupkg: warnings at the app's own line and column for the package's
/// keys and for the app's own data, errors under -warnaserror, and the generated constants in switch cases and attributes.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AnalyzerConsumerTests(PackageFixture package)
{
    [Fact]
    public void Unknown_keys_warn_at_their_place_for_both_datasets_fail_with_warnaserror_and_the_constants_compile()
    {
        var app = package.NewConsumer("OwnDataApp");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumers", "CheckedApp", "Program.cs"), Path.Combine(app, "Program.cs"), overwrite: true);
        var program = Path.Combine(app, "Program.cs");

        var build = DotNetCli.DotNet(app, "build", "-c", "Release", package.VersionProperty, "-p:TreatWarningsAsErrors=false").ShouldSucceed();
        Assert.Contains($"{program}(4,48): warning RD0027: \"UK\" is not an ISO 3166-1 alpha-2 code of this dataset; GB is United Kingdom", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{program}(5,31): warning RD0027: \"fredonia\" matches no country id; did you mean \"freedonia\" (Freedonia)?", build.Output, StringComparison.Ordinal);
        var run = DotNetCli.DotNet(app, Path.Combine("bin", "Release", "net10.0", "OwnDataApp.dll")).ShouldSucceed();
        Assert.Equal("none none palestine AZ", run.Lines[0]);

        var strict = DotNetCli.DotNet(app, "build", "-c", "Release", package.VersionProperty, "--no-incremental", "-warnaserror");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains($"{program}(4,48): error RD0027", strict.Output, StringComparison.Ordinal);
    }
}
