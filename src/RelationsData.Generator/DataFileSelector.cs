using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RelationsData.Generator;

/// <summary>
/// Which additional files are data files (.json, a record a file, or packed .jsonl): those under the RelationsDataDirectory property (except its schema folder),
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
        new(options, options.GlobalOptions.TryGetValue("build_property.RelationsDataDirectory", out var value) ? NormalizeDirectory(value) : null);

    public bool IsDataFile(AdditionalText file) =>
        IsDataFile(file.Path, directory, () => options.GetOptions(file).TryGetValue(DataFileMetadata, out var flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The rule, shared with the build step that writes the resource tables, so that both read the same files: a .json
    /// or .jsonl file under <paramref name="directory"/> (a <see cref="NormalizeDirectory"/> result) but not its schema
    /// folder, or one marked as data (asked last: reading an item's metadata is the costly part).
    /// </summary>
    public static bool IsDataFile(string path, string? directory, Func<bool> isMarked)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(Parsing.DataFileParser.PackedExtension, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (directory is not null)
        {
            var normalized = Normalize(path);
            if (normalized.StartsWith(directory, StringComparison.Ordinal) && !normalized.StartsWith(directory + "schema/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return isMarked();
    }

    /// <summary>The RelationsDataDirectory property as a prefix ending in '/', or null when it is not set.</summary>
    public static string? NormalizeDirectory(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Normalize(value!.Trim()).TrimEnd('/') + "/";

    private static string Normalize(string path) => path.Replace('\\', '/');
}
