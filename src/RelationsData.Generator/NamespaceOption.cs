using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;

namespace RelationsData.Generator;

/// <summary>The namespace to generate into: the RelationsDataNamespace property, else the project's RootNamespace.</summary>
internal sealed record NamespaceOption(string Namespace, DiagnosticInfo? Diagnostic)
{
    public const string Default = "RelationsData.Generated";

    public static NamespaceOption Read(AnalyzerConfigOptions options)
    {
        var value = Get(options, "build_property.RelationsDataNamespace") ?? Get(options, "build_property.RootNamespace") ?? Default;
        var valid = value.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
        return valid
            ? new NamespaceOption(value, null)
            : new NamespaceOption(Default, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, null, value));
    }

    private static string? Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
