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
        // The key table on CompiledDataset is data for the analyzer, not API: the dump snapshot reviews the data.
        var api = typeof(RelationsDataset).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["RelationsData.Storage.DatasetKeysAttribute"],
        });
        Approvals.Verify(api);
    }

    /// <summary>
    /// The snapshot above leaves EditorBrowsable out, so this lists what IntelliSense hides: plumbing the generated code
    /// calls, and the obsolete aliases of renamed members (each also <see cref="System.ObsoleteAttribute"/>).
    /// </summary>
    [Fact]
    public void Members_only_generated_code_calls_are_hidden_from_IntelliSense()
    {
        var hidden = typeof(RelationsDataset).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly).Append(t))
            .Where(m => m.GetCustomAttributes(typeof(System.ComponentModel.EditorBrowsableAttribute), false)
                .Cast<System.ComponentModel.EditorBrowsableAttribute>().Any(a => a.State == System.ComponentModel.EditorBrowsableState.Never))
            .ToList();
        var renamed = hidden.Where(m => m.GetCustomAttributes(typeof(System.ObsoleteAttribute), false).Length > 0).ToList();

        // 24 renamed countries (CHANGELOG.md), each a member of Countries and a constant of CountryIds.
        Assert.Equal(48, renamed.Count);
        Assert.All(renamed, m => Assert.Contains(m.DeclaringType!.Name, new[] { "Countries", "CountryIds" }));

        Assert.Equal(
            new[]
            {
                "RelationsData.Storage.DatasetKeysAttribute", "RelationsData.Storage.DatasetStorage", "RelationsData.Storage.ResourceStorage", "RelationsDataset..ctor", "RelationsDataset.CountryAt",
                "RelationsDataset.EventAt", "RelationsDataset.ReferenceAt", "RelationsDataset.RegionAt", "RelationsDataset.RelationAt",
            },
            hidden.Except(renamed).Select(m => m is System.Type type ? type.FullName : $"{m.DeclaringType!.Name}.{m.Name}").Order(System.StringComparer.Ordinal));
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
