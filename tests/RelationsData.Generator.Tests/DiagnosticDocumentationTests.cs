using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using RelationsData.Generator.Diagnostics;

namespace RelationsData.Generator.Tests;

/// <summary>Every diagnostic has a help link to its own section of docs/diagnostics.md, and is listed in the analyzer releases.</summary>
public class DiagnosticDocumentationTests
{
    private static DiagnosticDescriptor[] Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToArray();

    [Fact]
    public void Every_descriptor_links_to_its_section_of_the_diagnostics_doc()
    {
        var doc = File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "docs", "diagnostics.md")).Replace("\r", string.Empty, System.StringComparison.Ordinal);
        var releases = File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "src", "RelationsData.Generator", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "src", "RelationsData.Generator", "AnalyzerReleases.Unshipped.md"));

        Assert.NotEmpty(Descriptors());
        foreach (var descriptor in Descriptors())
        {
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.Contains($"\n## {descriptor.Id}\n\n**{descriptor.Title}** ({descriptor.DefaultSeverity.ToString().ToLowerInvariant()}).", doc, System.StringComparison.Ordinal);
            Assert.Contains(descriptor.Id, releases, System.StringComparison.Ordinal);
        }
    }
}
