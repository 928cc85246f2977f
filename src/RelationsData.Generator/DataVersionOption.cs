using Microsoft.CodeAnalysis.Diagnostics;

namespace RelationsData.Generator;

/// <summary>
/// The version of the data, shown at run time by <c>DatasetInfo.DataVersion</c>: the RelationsDataVersion property,
/// which the package's targets default to the project's Version.
/// </summary>
internal sealed record DataVersionOption(string Version)
{
    public const string Unversioned = "unversioned";

    public static DataVersionOption Read(AnalyzerConfigOptions options) =>
        new(options.TryGetValue("build_property.RelationsDataVersion", out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : Unversioned);
}
