using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RelationsData.Generator;

/// <summary>
/// Which additional files are data files: those under the RelationsDataDirectory property (except its schema folder),
/// and those with the item metadata RelationsData="true". The directory exists for big datasets: item metadata makes
/// the SDK write one editorconfig section per file, and the compiler matches every file against every section, which
/// for 170,000 files does not finish in minutes; a directory is one property.
/// </summary>
internal sealed class DataFileSelector
{
    internal const string DataFileMetadata = "build_metadata.AdditionalFiles.RelationsData";

    private readonly AnalyzerConfigOptionsProvider options;
    private readonly string? directory;

    private DataFileSelector(AnalyzerConfigOptionsProvider options, string? directory) => (this.options, this.directory) = (options, directory);

    public static DataFileSelector Read(AnalyzerConfigOptionsProvider options) =>
        new(options, options.GlobalOptions.TryGetValue("build_property.RelationsDataDirectory", out var value) && !string.IsNullOrWhiteSpace(value)
            ? Normalize(value.Trim()).TrimEnd('/') + "/"
            : null);

    public bool IsDataFile(AdditionalText file)
    {
        if (!file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (directory is not null)
        {
            var path = Normalize(file.Path);
            if (path.StartsWith(directory, StringComparison.Ordinal) && !path.StartsWith(directory + "schema/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return options.GetOptions(file).TryGetValue(DataFileMetadata, out var flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
