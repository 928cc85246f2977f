using RelationsData.Generator.Model;

namespace RelationsData.Generator.Prebuilt;

/// <summary>
/// What the build step (RelationsDataStorage=resource) hands the generator, so that a build parses the data files
/// once: the diagnostics of every stage, located in the JSON, and the tables without their strings and columns (those
/// travel in the resource), with the content hash the generated code states. Null tables: no records, or no data.
/// </summary>
internal sealed record PrebuiltDataset(DatasetTables? Tables, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The file's name; the build adds it to the compilation's additional files in place of the data files.</summary>
    public const string FileName = "RelationsData.prebuilt";

    /// <summary>Raised when the file's shape changes, so that a generator never reads a file of another shape.</summary>
    public const int FormatVersion = 1;

    public static bool IsPrebuiltFile(string path) =>
        path.EndsWith(FileName, System.StringComparison.OrdinalIgnoreCase)
        && (path.Length == FileName.Length || path[path.Length - FileName.Length - 1] is '/' or '\\');
}
