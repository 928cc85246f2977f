using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator;
using RelationsData.Generator.Emit;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;
using RelationsData.Generator.Prebuilt;
using RelationsData.Generator.Tables;

namespace RelationsData.Build;

/// <summary>
/// Writes the tables of a project's data files as the resource blob (RelationsDataStorage=resource), and what the
/// generator needs of them (Prebuilt/: the diagnostics, named members, keys and content hash), so that a build parses
/// the data once. It runs the generator's own stages on the files SelectRelationsDataFiles chose. It reports nothing:
/// the generator reports every diagnostic from the prebuilt file, located in the JSON, as it would from the JSON.
/// </summary>
public sealed class WriteRelationsDataTables : Microsoft.Build.Utilities.Task, ICancelableTask
{
    /// <summary>What SourceText.From(stream) decodes with when no byte order mark says otherwise.</summary>
    private static readonly Encoding Utf8WithoutByteOrderMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// From this many records the link and the tables hand part of their work to a second thread (the world's 170,250
    /// records: 0.2-0.8 s less each in the build node, docs/benchmarks.md); below it, as at seed scale (363 records), that
    /// part takes milliseconds and stays on this thread.
    /// </summary>
    private const int SecondThreadFrom = 10_000;

    private readonly CancellationTokenSource cancellation = new();

    /// <summary>The data files, as SelectRelationsDataFiles chose them.</summary>
    [Required]
    public ITaskItem[] DataFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The RelationsDataNamedMemberLimit property.</summary>
    public string? NamedMemberLimit { get; set; }

    /// <summary>Where to write the blob; left untouched when its bytes would not change, so that the compile stays up to date.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>Where to write the prebuilt dataset the generator reads (Prebuilt/PrebuiltDataset.cs); left untouched when unchanged.</summary>
    [Required]
    public string PrebuiltFile { get; set; } = string.Empty;

    /// <summary>
    /// Where each data file's parse is kept between builds (ParsedFileStore), so that a build after a one-file edit
    /// parses that file only, whichever process runs it; none kept when empty.
    /// </summary>
    public string? ParsedFilesDirectory { get; set; }

    /// <inheritdoc/>
    public void Cancel() => cancellation.Cancel();

    /// <inheritdoc/>
    public override bool Execute()
    {
        Task<(int Written, long Milliseconds, string? Error)>? keeping = null;
        try
        {
            // The path as the compiler would have had it, so that diagnostics name the file as they did from the JSON.
            var files = DataFiles.Select(item => item.GetMetadata("FullPath")).ToArray();

            // Each stage's time goes to the log (dotnet build -v:d), so that a slow build says where it spent it.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var stages = new List<string>();
            void Stage(string name, string detail = "")
            {
                stages.Add($"{name} {clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)} ms{detail}");
                clock.Restart();
            }

            // Each file parses on its own, as in the generator, one at a time a core. Unbounded, the build node's thread
            // pool ran some twenty files at once on two cores (each holding its text and tree), and the stage took longer.
            // A file this node parsed in an earlier build, unchanged since, is taken as it was (ParsedFileCache).
            var cache = ParsedFileCache.Of(BuildEngine);
            var store = string.IsNullOrEmpty(ParsedFilesDirectory) ? null : new ParsedFileStore(Path.GetFullPath(ParsedFilesDirectory));
            var project = Path.GetFullPath(OutputFile);
            var parsed = new ParsedDataFile[files.Length];
            var stamps = new FileStamp[files.Length];
            var kept = 0;
            var readBack = 0;
            var parsedNow = new bool[files.Length];
            var parallel = new ParallelOptions { CancellationToken = cancellation.Token, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, files.Length, parallel, i =>
            {
                stamps[i] = ParsedFileCache.StampOf(files[i]);
                if (cache?.Find(project, files[i], stamps[i]) is { } earlier)
                {
                    parsed[i] = earlier;
                    Interlocked.Increment(ref kept);
                }
                else if (store?.Find(files[i], stamps[i]) is { } stored)
                {
                    parsed[i] = stored;
                    Interlocked.Increment(ref readBack);
                }
                else
                {
                    parsed[i] = Parse(files[i], cancellation.Token, out var read);
                    parsedNow[i] = true;
                    if (!read)
                    {
                        stamps[i] = FileStamp.Missing; // Kept for no build: a file that could not be read is read again.
                    }
                }
            });
            cache?.Keep(project, files, stamps, parsed);
            Stage("parse", Counts(files.Length, kept, readBack));

            // The new parses are kept on disk while the link and the tables run, on the core the parse leaves them.
            keeping = store is null ? null : Task.Run(() => Keep(store, files, stamps, parsed, parsedNow));
            var secondThread = parsed.Sum(file => file.Records.Count) >= SecondThreadFrom;
            var limit = int.TryParse(NamedMemberLimit?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : NamedMemberLimitOption.Default;
            var linked = DatasetLinker.Link(parsed.ToImmutableArray(), limit, cancellation.Token, eventsOnSecondThread: secondThread);
            Stage("link");
            // No records, no tables: the generator then emits nothing that reads the resource.
            var tables = linked.Dataset.IsEmpty ? null : TableBuilder.Build(linked.Dataset, limit, cancellation.Token, indexesOnSecondThread: secondThread);
            Stage("tables");
            // Hashed once for both files, on another thread while the blob is laid out: the blob's header takes the hash
            // last, and the prebuilt dataset gets it as the tables' own (ContentHash.Compute returns a hash they carry).
            var hashing = tables is null ? null : Task.Run(() => ContentHash.Compute(tables));
            var blob = tables is null ? Array.Empty<byte>() : TableBlobWriter.Write(tables, () => hashing!.GetAwaiter().GetResult());
            tables = tables is null ? null : tables with { PrebuiltContentHash = hashing!.GetAwaiter().GetResult() };
            Stage("hash and blob");
            WriteIfChanged(OutputFile, blob, $"the tables of {files.Length} data files");
            WriteIfChanged(PrebuiltFile, PrebuiltDatasetWriter.Write(tables, linked.Diagnostics), "the prebuilt dataset");
            Stage("write");
            if (keeping is not null)
            {
                var (written, milliseconds, error) = keeping.GetAwaiter().GetResult();
                Stage("keep", FormattableString.Invariant($" ({written} parsed files kept in obj/ in {milliseconds} ms, beside the link and the tables{(error is null ? string.Empty : "; " + error)})"));
            }

            Log.LogMessage(MessageImportance.Low, $"RelationsData: {string.Join(", ", stages)}.");
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
        finally
        {
            // A failed or cancelled step still lets the keeping finish, so that nothing writes to obj/ after the task.
            keeping?.Wait();
        }
    }

    private static string Counts(int files, int kept, int readBack)
    {
        if (kept == 0 && readBack == 0)
        {
            return string.Empty;
        }

        var parts = new List<string> { FormattableString.Invariant($"{files - kept - readBack} of {files} files") };
        if (kept > 0)
        {
            parts.Add(FormattableString.Invariant($"{kept} unchanged since this build node parsed them"));
        }

        if (readBack > 0)
        {
            parts.Add(FormattableString.Invariant($"{readBack} read back from obj/"));
        }

        return " (" + string.Join("; ", parts) + ")";
    }

    /// <summary>Keeps each file parsed in this build, and drops what is kept for files no longer in it; never throws.</summary>
    private static (int Written, long Milliseconds, string? Error) Keep(ParsedFileStore store, string[] files, FileStamp[] stamps, ParsedDataFile[] parsed, bool[] parsedNow)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var written = 0;
        try
        {
            store.RemoveAllBut(files.Where((_, i) => ParsedFileStore.Keeps(files[i], stamps[i])));
            for (var i = 0; i < files.Length; i++)
            {
                if (parsedNow[i] && store.Keep(files[i], stamps[i], parsed[i]))
                {
                    written++;
                }
            }

            return (written, clock.ElapsedMilliseconds, null);
        }
        catch (Exception e)
        {
            // A parse that cannot be kept costs the next build a parse, never this build its tables.
            return (written, clock.ElapsedMilliseconds, $"not kept: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Leaves the file alone when it holds these bytes already, so that the compile stays up to date.</summary>
    private void WriteIfChanged(string path, byte[] bytes, string what)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            Log.LogMessage(MessageImportance.Low, $"RelationsData: {what} unchanged in {path}.");
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);
        Log.LogMessage(MessageImportance.Low, $"RelationsData: wrote {what} ({bytes.Length} bytes) to {path}.");
    }

    /// <summary>
    /// Reads a file as the compiler reads an additional file: a byte order mark decides the encoding, else UTF-8. (The
    /// compiler falls back to code page 1252 for bytes that are not UTF-8; data files are UTF-8.) It decodes as
    /// <c>SourceText.From(stream)</c> does, into one string the parser reads in place: a stream's SourceText of a packed
    /// file is chunked, and the parser would copy it whole into a string again.
    /// </summary>
    internal static ParsedDataFile Parse(string path, CancellationToken cancellationToken, out bool read)
    {
        if (path.EndsWith(DataFileParser.PackedExtension, StringComparison.OrdinalIgnoreCase) && ParsePackedBytes(path, cancellationToken) is { } packed)
        {
            read = true;
            return packed;
        }

        SourceText? text;
        try
        {
            using var reader = new StreamReader(path, Utf8WithoutByteOrderMark, detectEncodingFromByteOrderMarks: true);
            var whole = reader.ReadToEnd();
            text = SourceText.From(whole, reader.CurrentEncoding);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            text = null;
        }

        read = text is not null;
        return DataFileParser.Parse(path, text, cancellationToken);
    }

    /// <summary>
    /// A packed file parsed from its bytes, read into a pooled buffer: the same result as from its text, without the
    /// text's string, which for a big file is a large object whose every allocation can start a full collection of the
    /// records parsed so far. Null where the file needs its text (DataFileParser.ParsePackedUtf8) or cannot be read;
    /// the text path then reads it, or says it could not.
    /// </summary>
    private static ParsedDataFile? ParsePackedBytes(string path, CancellationToken cancellationToken)
    {
        byte[]? buffer = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var expected = stream.Length;
            if (expected > DataFileParser.MaxPackedFileChars + 3)
            {
                return null;
            }

            // One byte more than the file's length, to see that it did not grow while it was read.
            buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)expected + 1);
            var length = 0;
            for (int count; length < buffer.Length && (count = stream.Read(buffer, length, buffer.Length - length)) > 0;)
            {
                length += count;
            }

            return length == expected ? DataFileParser.ParsePackedUtf8(path, buffer, length, cancellationToken) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
