using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;

namespace RelationsData.Build;

/// <summary>
/// Each data file's parse, kept on disk in obj/ (one file each, in ParsedFileFormat), so that a build in a new MSBuild
/// process after a one-file edit parses that file and reads the others back: ParsedFileCache serves a process that
/// lives on, this serves the rest (plain dotnet build of a lone project, -nodeReuse:false, CI with a kept obj/). A kept
/// parse is read only when its header names the same data file, the same length and last write time (the test MSBuild
/// makes for up-to-date inputs) and the same build of this assembly; anything else, or a kept file that cannot be read
/// whole, and the data file is parsed again. Keeping is best effort: a file that cannot be written is left out.
/// </summary>
internal sealed class ParsedFileStore(string directory)
{
    /// <summary>One build of the task assembly, one format: a rebuilt parser never reads an older one's results.</summary>
    private static readonly Guid Parser = typeof(ParsedFileStore).Assembly.ManifestModule.ModuleVersionId;

    public const string Extension = ".parsed";

    /// <summary>
    /// Whether a data file's parse is kept: a readable packed (.jsonl) file's, however short. A file of one record is
    /// parsed each build: a kept parse pays for a file of thousands of records, and at seed scale writing the 363 copies
    /// cost the step's link and tables some 150 ms a clean build, where the whole seed parses in 0.27–0.48 s
    /// (docs/benchmarks.md).
    /// </summary>
    public static bool Keeps(string path, FileStamp stamp) =>
        stamp != FileStamp.Missing && path.EndsWith(DataFileParser.PackedExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The kept parse of <paramref name="path"/>, or null when there is none for this stamp.</summary>
    public ParsedDataFile? Find(string path, FileStamp stamp)
    {
        if (!Keeps(path, stamp))
        {
            return null;
        }

        try
        {
            // Into a pooled array: a world-scale copy is megabytes, and an array of its own per file, on the large object
            // heap, sets off full collections while the other files are read.
            using var stream = new FileStream(FileOf(path), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var length = checked((int)stream.Length);
            var bytes = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                for (var read = 0; read < length;)
                {
                    var got = stream.Read(bytes, read, length - read);
                    read += got > 0 ? got : throw new EndOfStreamException();
                }

                return ParsedFileFormat.Read(bytes, length, path, stamp, Parser);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or OverflowException)
        {
            // Missing, truncated by a build that was stopped, or written by something else: parse the data file.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="parsed"/>, written whole under another name first so that no reader sees half of it.</summary>
    public bool Keep(string path, FileStamp stamp, ParsedDataFile parsed)
    {
        if (!Keeps(path, stamp))
        {
            return false; // A file that could not be read is read again next build; a file of one record is parsed again.
        }

        var target = FileOf(path);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                ParsedFileFormat.Write(stream, parsed, stamp, Parser);
            }

            File.Delete(target);
            File.Move(temporary, target);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return false;
        }
    }

    /// <summary>Deletes what is kept for data files no longer in the build (deleted, renamed, no longer selected) or no longer kept.</summary>
    public void RemoveAllBut(IEnumerable<string> paths)
    {
        var current = new HashSet<string>(paths.Select(FileOf), StringComparer.Ordinal);
        try
        {
            if (!Directory.Exists(directory))
            {
                return;
            }

            foreach (var kept in Directory.EnumerateFiles(directory, "*" + Extension))
            {
                if (!current.Contains(kept))
                {
                    TryDelete(kept);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build: a stale file is never read for another data file (its header names its own).
        }
    }

    /// <summary>The data file's name, for whoever looks in obj/, and a hash of its whole path, so that two files of one name do not meet.</summary>
    private string FileOf(string path) => Path.Combine(directory, Path.GetFileName(path) + "." + Fnv1a(path).ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + Extension);

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort.
        }
    }
}
