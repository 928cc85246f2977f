using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using RelationsData.Generator.Model;

namespace RelationsData.Build;

/// <summary>
/// The parsed data files of each project's last build step, kept in the MSBuild process that ran it, so that the next
/// build there after a one-file edit parses that file and takes the others as they were. That pays where the process
/// outlives the build: a reused worker node, the MSBuild server (not the dotnet build process itself, which builds a
/// lone project on its own node 1 and ends with the build). A file is taken again only when its length and last write time are those it was parsed at, the test
/// MSBuild itself makes for up-to-date inputs. Each project keeps the files of its last build only; two projects (or
/// two target frameworks of one) that read the same unchanged file share one parse. MSBuild may drop the cache when
/// memory runs short (allowEarlyCollection), and the next build then parses every file again.
/// </summary>
internal sealed class ParsedFileCache
{
    /// <summary>One build of the task assembly, one cache: a rebuilt parser never reads an older one's results.</summary>
    private static readonly string Key = "RelationsData.ParsedFileCache:" + typeof(ParsedFileCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly object RegistrationGate = new();

    private readonly object gate = new();
    private readonly Dictionary<string, Dictionary<string, Entry>> byProject = new(StringComparer.Ordinal);

    /// <summary>The node's cache, registered on first use; null where the engine keeps no objects between builds.</summary>
    public static ParsedFileCache? Of(IBuildEngine? engine)
    {
        if (engine is not IBuildEngine4 node)
        {
            return null;
        }

        // Tasks of one node run one at a time, but a yielding task may let another in: register once, under a lock.
        lock (RegistrationGate)
        {
            if (node.GetRegisteredTaskObject(Key, RegisteredTaskObjectLifetime.AppDomain) is ParsedFileCache cache)
            {
                return cache;
            }

            cache = new ParsedFileCache();
            node.RegisterTaskObject(Key, cache, RegisteredTaskObjectLifetime.AppDomain, allowEarlyCollection: true);
            return cache;
        }
    }

    /// <summary>The length and last write time of <paramref name="path"/> now, taken before it is read.</summary>
    public static FileStamp StampOf(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : FileStamp.Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileStamp.Missing;
        }
    }

    /// <summary>The parse of <paramref name="path"/> kept from an earlier build, when the file still has that stamp.</summary>
    public ParsedDataFile? Find(string project, string path, FileStamp stamp)
    {
        if (stamp == FileStamp.Missing)
        {
            return null; // An unreadable file is reported anew each build, never taken from the cache.
        }

        lock (gate)
        {
            if (byProject.TryGetValue(project, out var own) && own.TryGetValue(path, out var entry) && entry.Stamp == stamp)
            {
                return entry.Parsed;
            }

            foreach (var files in byProject.Values)
            {
                if (files.TryGetValue(path, out entry) && entry.Stamp == stamp)
                {
                    return entry.Parsed;
                }
            }

            return null;
        }
    }

    /// <summary>Keeps this build's files as <paramref name="project"/>'s, in place of its earlier build's.</summary>
    public void Keep(string project, IReadOnlyList<string> paths, IReadOnlyList<FileStamp> stamps, IReadOnlyList<ParsedDataFile> parsed)
    {
        var files = new Dictionary<string, Entry>(paths.Count, StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (stamps[i] != FileStamp.Missing)
            {
                files[paths[i]] = new Entry(stamps[i], parsed[i]);
            }
        }

        lock (gate)
        {
            byProject[project] = files;
        }
    }

    private sealed record Entry(FileStamp Stamp, ParsedDataFile Parsed);
}

/// <summary>A file's length and last write time (UTC ticks); <see cref="Missing"/> when it could not be read.</summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static readonly FileStamp Missing = new(-1, 0);
}
