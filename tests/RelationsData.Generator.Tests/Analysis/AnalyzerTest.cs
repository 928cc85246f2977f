using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RelationsData.CodeFixes;
using RelationsData.Generator.Keys;

namespace RelationsData.Generator.Tests.Analysis;

/// <summary>
/// The Roslyn testing conventions for the lookup analyzer and its fix: the code under test references .NET 10 and the
/// RelationsData library with its shipped dataset (no package download); diagnostics are marked in the source.
/// </summary>
internal static class AnalyzerTest
{
    // No reference-assembly package: .NET 10's come from Basic.Reference.Assemblies, offline.
    private static readonly ReferenceAssemblies Net10 = new("net10.0");

    public static Task Verify(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<LookupAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = Net10 };
        Configure(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task VerifyFix(string source, string fixedSource, int? fixAllIterations = null, params DiagnosticResult[] expected)
    {
        var test = new CSharpCodeFixTest<LookupAnalyzer, UseNamedMemberCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = Net10,
        };
        Configure(test.TestState);
        Configure(test.FixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        if (fixAllIterations is { } iterations)
        {
            test.NumberOfFixAllIterations = iterations;
        }

        return test.RunAsync(CancellationToken.None);
    }

    public static DiagnosticResult Diagnostic(string id) => new(id, id is "RD0028" ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning);

    private static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Country).Assembly.Location));
    }
}
