using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator;
using RelationsData.Generator.Emit;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;
using RelationsData.Generator.Tables;

namespace RelationsData.Build;

/// <summary>
/// Writes the tables of a project's data files as the resource blob (RelationsDataStorage=resource). It runs the
/// generator's own stages on the same files the generator selects, so the blob holds exactly the tables whose content
/// hash the generated code states. It reports nothing: the generator reports every diagnostic, located in the JSON, and
/// a record with an error is left out of both.
/// </summary>
public sealed class WriteRelationsDataTables : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource cancellation = new();

    /// <summary>The project's additional files; the data files among them are chosen as the generator chooses them.</summary>
    [Required]
    public ITaskItem[] AdditionalFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The RelationsDataDirectory property.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The RelationsDataNamedMemberLimit property.</summary>
    public string? NamedMemberLimit { get; set; }

    /// <summary>Where to write the blob; left untouched when its bytes would not change, so that the compile stays up to date.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>How many data files were read.</summary>
    [Output]
    public int DataFileCount { get; private set; }

    /// <inheritdoc/>
    public void Cancel() => cancellation.Cancel();

    /// <inheritdoc/>
    public override bool Execute()
    {
        try
        {
            var directory = DataFileSelector.NormalizeDirectory(DataDirectory);
            var files = AdditionalFiles
                .Where(item => DataFileSelector.IsDataFile(item.GetMetadata("FullPath"), directory, () => string.Equals(item.GetMetadata("RelationsData"), "true", StringComparison.OrdinalIgnoreCase)))
                .Select(item => item.GetMetadata("FullPath"))
                .ToArray();
            DataFileCount = files.Length;

            // Each file parses on its own, as in the generator; both cores share the work.
            var parsed = new ParsedDataFile[files.Length];
            Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellation.Token }, i => parsed[i] = Parse(files[i], cancellation.Token));
            var linked = DatasetLinker.Link(parsed.ToImmutableArray(), cancellation.Token);
            var limit = int.TryParse(NamedMemberLimit?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : NamedMemberLimitOption.Default;
            // No records, no tables: the generator then emits nothing that reads the resource.
            var blob = linked.Dataset.IsEmpty ? Array.Empty<byte>() : TableBlobWriter.Write(TableBuilder.Build(linked.Dataset, limit, cancellation.Token));

            if (!File.Exists(OutputFile) || !File.ReadAllBytes(OutputFile).AsSpan().SequenceEqual(blob))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
                File.WriteAllBytes(OutputFile, blob);
                Log.LogMessage(MessageImportance.Low, $"RelationsData: wrote the tables of {files.Length} data files ({blob.Length} bytes) to {OutputFile}.");
            }
            else
            {
                Log.LogMessage(MessageImportance.Low, $"RelationsData: the tables of {files.Length} data files are unchanged in {OutputFile}.");
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError($"RelationsData: the tables could not be written to '{OutputFile}': {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Reads a file as the compiler reads an additional file: a byte order mark decides the encoding, else UTF-8. (The
    /// compiler falls back to code page 1252 for bytes that are not UTF-8; data files are UTF-8.)
    /// </summary>
    private static ParsedDataFile Parse(string path, CancellationToken cancellationToken)
    {
        SourceText? text;
        try
        {
            using var stream = File.OpenRead(path);
            text = SourceText.From(stream, throwIfBinaryDetected: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            text = null;
        }

        return DataFileParser.Parse(path, text, cancellationToken);
    }
}
