using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace RelationsData.Generator.Tests;

/// <summary>
/// Every diagnostic of the malformed corpus in full (id, severity, span in lines and characters, related place and
/// message) against one approved list, so a message that loses its words, or a span that loses its end, fails a
/// review and not only when its id or start changes.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Snapshots")]
public class DiagnosticMessageTests
{
    [Fact]
    public void Every_malformed_case_says_what_is_wrong_and_where_in_words_a_reviewer_approved()
    {
        var text = new StringBuilder();
        foreach (var name in MalformedCorpusTests.Cases().Select(c => (string)c[0]))
        {
            var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Malformed", name)).Replace("⌖", string.Empty, StringComparison.Ordinal);
            var result = TestHelpers.Run(MalformedCorpusTests.BaseFiles().Append(new InMemoryFile("/data/z-case/case.json", source))).Result;
            foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                text.Append(name).Append(": ").Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(' ').Append(Place(diagnostic.Location));
                foreach (var related in diagnostic.AdditionalLocations)
                {
                    text.Append(" also ").Append(Path.GetFileName(related.GetLineSpan().Path)).Append(' ').Append(Place(related));
                }

                text.Append('\n').Append("    ").Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        Approvals.Verify(text.ToString());
    }

    private static string Place(Microsoft.CodeAnalysis.Location location)
    {
        var span = location.GetLineSpan();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) [{location.SourceSpan.Start}+{location.SourceSpan.Length}]");
    }
}
