using System.IO;
using System.Linq;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using PublicApiGenerator;
using RelationsData.TestSupport;

namespace RelationsData.Package.Tests;

/// <summary>
/// The public API, generated members included, is an approved snapshot (as C#, to read in a review), and the
/// analyzer's PublicAPI.Shipped.txt lists exactly it: removing or renaming anything in either is a major version.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var api = typeof(RelationsDataset).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        Approvals.Verify(api);
    }

    [Fact]
    public void The_public_api_files_are_tracked_and_nothing_is_left_unshipped_in_a_release()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "RelationsData");
        var shipped = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt"));
        var unshipped = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Unshipped.txt"));

        Assert.Equal("#nullable enable", shipped[0]);
        Assert.Contains("static RelationsData.Countries.Azerbaijan.get -> RelationsData.Country!", shipped);
        Assert.Contains("static RelationsData.CompiledDataset.Info.get -> RelationsData.DatasetInfo!", shipped);
        Assert.Equal(shipped.Skip(1).Order(System.StringComparer.Ordinal), shipped.Skip(1));
        Assert.Equal(new[] { "#nullable enable" }, unshipped.Where(l => l.Length > 0));
    }
}
