using System.Threading.Tasks;
using static RelationsData.Generator.Tests.Analysis.AnalyzerTest;

namespace RelationsData.Generator.Tests.Analysis;

/// <summary>RD0028's fix: the named member, without the <c>!</c> or <c>?.</c> that guarded a null it can no longer be.</summary>
public class UseNamedMemberCodeFixTests
{
    private const string Usings = "using RelationsData;\n";

    [Fact]
    public Task The_lookup_and_its_null_forgiving_operator_become_the_member() =>
        VerifyFix(
            Usings + """
            class App
            {
                Country M() => {|RD0028:Countries.ByAlpha2("AZ")|}!;
            }
            """,
            Usings + """
            class App
            {
                Country M() => Countries.Azerbaijan;
            }
            """);

    [Fact]
    public Task A_conditional_access_becomes_a_plain_member_access() =>
        VerifyFix(
            Usings + """
            class App
            {
                string? M() => {|RD0028:RelationsData.Countries.ByAlpha3("PSE")|}?.ShortName;
                int? N() => {|RD0028:Relations.ById("azerbaijan-palestine")|}?.Missions.Length;
            }
            """,
            Usings + """
            class App
            {
                string? M() => RelationsData.Countries.Palestine.ShortName;
                int? N() => Relations.AzerbaijanPalestine.Missions.Length;
            }
            """);

    [Fact]
    public Task Fix_all_replaces_every_constant_lookup_in_the_document() =>
        VerifyFix(
            Usings + """
            class App
            {
                Country[] M() => new[] { {|RD0028:Countries.ByAlpha2("AZ")|}!, {|RD0028:Countries.ByNumeric(275)|}!, {|RD0028:Countries.ById("israel")|}! };
            }
            """,
            Usings + """
            class App
            {
                Country[] M() => new[] { Countries.Azerbaijan, Countries.Palestine, Countries.Israel };
            }
            """,
            fixAllIterations: 1);

    [Fact]
    public async Task Fix_all_reaches_every_document_of_the_project_and_solution()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<RelationsData.Generator.Keys.LookupAnalyzer, RelationsData.CodeFixes.UseNamedMemberCodeFix, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            ReferenceAssemblies = new Microsoft.CodeAnalysis.Testing.ReferenceAssemblies("net10.0"),
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2, // one document at a time
            NumberOfFixAllInProjectIterations = 1,
        };
        test.TestState.Sources.Add(Usings + "class A { Country M() => {|RD0028:Countries.ByAlpha2(\"AZ\")|}!; }");
        test.TestState.Sources.Add(Usings + "class B { Relation? M() => {|RD0028:Relations.ById(\"azerbaijan-palestine\")|}; }");
        test.FixedState.Sources.Add(Usings + "class A { Country M() => Countries.Azerbaijan; }");
        test.FixedState.Sources.Add(Usings + "class B { Relation? M() => Relations.AzerbaijanPalestine; }");
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            state.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(Country).Assembly.Location));
        }

        await test.RunAsync();
    }
}
