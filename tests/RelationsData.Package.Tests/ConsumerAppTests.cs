using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace RelationsData.Package.Tests;

/// <summary>
/// A console app outside the solution restores RelationsData from the feed, uses LINQ over the constants, builds with
/// warnings as errors, runs on both target frameworks, and publishes with Native AOT with the same output.
/// </summary>
[Collection(PackageCollection.Name)]
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class ConsumerAppTests(PackageFixture package)
{
    [Fact]
    public void The_app_builds_with_warnings_as_errors_and_prints_the_facts_on_both_frameworks()
    {
        var app = package.BuildConsumer("LinqApp");
        AssertRestoredFromTheFeed(app);

        var net10 = DotNetCli.DotNet(app, Path.Combine("bin", "Release", "net10.0", "LinqApp.dll")).ShouldSucceed().Output;
        // The net8.0 build is the lib/net8.0 asset; this machine has the .NET 10 runtime only, so let it roll forward.
        var net8 = DotNetCli.Run("dotnet", app, new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" }, Path.Combine("bin", "Release", "net8.0", "LinqApp.dll")).ShouldSucceed().Output;

        Assert.Equal(net10, net8);
        Assert.StartsWith($"data {package.Version}: ", net10, StringComparison.Ordinal);
        Approvals.Verify(net10, WithoutVersion);
    }

    [Fact]
    public void The_app_publishes_with_native_aot_without_trim_or_aot_warnings_and_prints_the_same()
    {
        var app = package.NewConsumer("LinqApp");
        var output = Path.Combine(app, "aot");
        var publish = DotNetCli.DotNet(
            app, "publish", "-c", "Release", "-f", "net10.0", "-r", "linux-x64", "-p:PublishAot=true", package.VersionProperty, "-warnaserror", "-o", output);
        Assert.True(publish.ExitCode == 0, NativeToolchainHint(publish.Output));
        Assert.DoesNotMatch(@"warning (IL\d{4}|IL[CL])", publish.Output);
        Assert.DoesNotMatch(": warning [A-Z]", publish.Output);

        var native = Path.Combine(output, "LinqApp");
        Assert.True(File.Exists(native), publish.Output);
        var run = DotNetCli.Run(native, app, new Dictionary<string, string>()).ShouldSucceed();

        Assert.Equal(File.ReadAllText(ApprovedOutputPath()), WithoutVersion(run.Output));
    }

    /// <summary>The approved output of the JIT-compiled app, which the native app must print byte for byte.</summary>
    private static string ApprovedOutputPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Approved", $"{nameof(ConsumerAppTests)}.{nameof(The_app_builds_with_warnings_as_errors_and_prints_the_facts_on_both_frameworks)}.approved.txt");

    /// <summary>The package version is asserted on its own, so that a version bump does not change the approved output.</summary>
    private string WithoutVersion(string output) => output.Replace($"data {package.Version}: ", "data <version>: ", StringComparison.Ordinal);

    private void AssertRestoredFromTheFeed(string app)
    {
        // The isolated packages folder holds exactly the package just packed: same bytes as the feed's.
        var restored = Path.Combine(package.Packages, "relationsdata", package.Version, $"relationsdata.{package.Version}.nupkg");
        Assert.True(File.Exists(restored), $"RelationsData was not restored into {package.Packages}");
        Assert.Equal(File.ReadAllBytes(package.Nupkg), File.ReadAllBytes(restored));
        Assert.True(File.Exists(Path.Combine(app, "obj", "project.assets.json")));
    }

    private static string NativeToolchainHint(string output) =>
        output.Contains("clang", StringComparison.OrdinalIgnoreCase) || output.Contains("linker", StringComparison.OrdinalIgnoreCase)
            ? "Native AOT needs clang (apt-get install clang; .ci/run installs it):\n" + output
            : output;
}
