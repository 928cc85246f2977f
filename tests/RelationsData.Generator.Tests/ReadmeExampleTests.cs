using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RelationsData.Generator.Tests;

/// <summary>The README's examples compile against the shipped library, run, and print what their comments say.</summary>
public class ReadmeExampleTests
{
    private static readonly object ConsoleLock = new();

    [Theory]
    [InlineData("### History")]
    [InlineData("### Regions")]
    public void The_example_compiles_runs_and_prints_what_its_comments_say(string heading)
    {
        var code = CodeBlockUnder(heading);

        var output = CompileAndRun(code);

        // Each "Console.WriteLine(...); // expected" line prints its comment; the loop's one line likewise.
        var expected = code.Split('\n')
            .Where(line => line.Contains("Console.WriteLine", StringComparison.Ordinal) && line.Contains("// ", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf("// ", StringComparison.Ordinal) + 3)..].Trim())
            .ToList();
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string CodeBlockUnder(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal)..];
        return Regex.Match(section, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
    }

    private static string CompileAndRun(string code)
    {
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Country).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        stream.Position = 0;
        var entryPoint = new AssemblyLoadContext("readme-example", isCollectible: true).LoadFromStream(stream).EntryPoint!;

        lock (ConsoleLock)
        {
            var original = Console.Out;
            using var captured = new StringWriter { NewLine = "\n" };
            Console.SetOut(captured);
            try
            {
                entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(original);
            }

            return captured.ToString();
        }
    }
}
