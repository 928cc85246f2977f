using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;

namespace RelationsData.Generator;

/// <summary>
/// The RelationsDataNamedMemberLimit property: a kind of record with more records than this gets no named members.
/// A named member with its documentation is a few hundred bytes of source to compile; 100,000 events as members cost
/// the compiler minutes, and nobody picks one event out of 100,000 from an IntelliSense list.
/// </summary>
internal sealed record NamedMemberLimitOption(int Limit, DiagnosticInfo? Diagnostic)
{
    public const int Default = 1_000;

    public static NamedMemberLimitOption Read(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue("build_property.RelationsDataNamedMemberLimit", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return new NamedMemberLimitOption(Default, null);
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            ? new NamedMemberLimitOption(limit, null)
            : new NamedMemberLimitOption(Default, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamedMemberLimit, null, text));
    }
}
