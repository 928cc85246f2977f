extern alias BuildStep;

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using BuildStep::RelationsData.Build;
using Xunit;

namespace RelationsData.Generator.Tests;

/// <summary>
/// The build step (RelationsDataStorage=resource) across builds: in a build node that lives on, a file unchanged since
/// the node parsed it is taken as it was (ParsedFileCache); in a new node, a packed file unchanged since an earlier
/// build is read back from obj/ (ParsedFileStore). Either way, what the step writes is byte for byte what a fresh parse
/// writes.
/// </summary>
public sealed class BuildStepCacheTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("relationsdata-step-").FullName;
    private readonly string[] files;

    /// <summary>A tenth of the world in packed files (JSON Lines), written when a test asks for them.</summary>
    private readonly Lazy<string[]> packed;

    public BuildStepCacheTests()
    {
        var data = TestHelpers.DataDirectory;
        files = Directory.EnumerateFiles(data, "*.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "schema" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var copy = Path.Combine(root, "data", Path.GetRelativePath(data, path));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(path, copy);
                return copy;
            })
            .ToArray();
        packed = new(() => WorldData.WorldDataset.DataFiles(WorldData.WorldScale.Tenth, WorldData.DataLayout.Packed)
            .Select(file =>
            {
                var path = Path.Combine(root, "packed", file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
                return path;
            })
            .Order(StringComparer.Ordinal)
            .ToArray());
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_second_build_in_the_same_node_parses_no_unchanged_file_and_writes_the_same_bytes()
    {
        var node = new BuildNode();
        var first = Run(node, "app");
        Assert.Equal(files.Length, first.Parsed);

        var second = Run(node, "app");
        Assert.Equal(0, second.Parsed);
        Assert.Equal(first.Tables, second.Tables);
        Assert.Equal(first.Prebuilt, second.Prebuilt);
    }

    [Fact]
    public void After_a_one_file_edit_only_that_file_is_parsed_and_the_output_is_what_a_fresh_node_writes()
    {
        var node = new BuildNode();
        var before = Run(node, "app");
        var edited = AnEventFile;
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("\"title\": \"", "\"title\": \"Edited ", StringComparison.Ordinal));

        var after = Run(node, "app");
        var fresh = Run(new BuildNode(), "fresh");

        Assert.Equal(1, after.Parsed);
        Assert.Equal(files.Length, fresh.Parsed);
        Assert.NotEqual(before.Tables, after.Tables);
        Assert.Equal(fresh.Tables, after.Tables);
        Assert.Equal(fresh.Prebuilt, after.Prebuilt);
    }

    [Fact]
    public void A_file_rewritten_to_the_same_length_is_parsed_again()
    {
        var node = new BuildNode();
        Run(node, "app");
        var edited = AnEventFile;
        var text = File.ReadAllText(edited);
        var first = text.IndexOf("\"title\": \"", StringComparison.Ordinal) + "\"title\": \"".Length;
        var swapped = string.Concat(text.AsSpan(0, first), text[first] == 'X' ? "Y" : "X", text.AsSpan(first + 1));
        Assert.Equal(new FileInfo(edited).Length, System.Text.Encoding.UTF8.GetByteCount(swapped));
        File.WriteAllText(edited, swapped);
        File.SetLastWriteTimeUtc(edited, File.GetLastWriteTimeUtc(edited).AddSeconds(1));

        var after = Run(node, "app");

        Assert.Equal(1, after.Parsed);
        Assert.Equal(Run(new BuildNode(), "fresh").Tables, after.Tables);
    }

    [Fact]
    public void A_broken_edit_is_reported_and_mending_it_gives_the_first_output_again()
    {
        var node = new BuildNode();
        var before = Run(node, "app");
        var edited = AnEventFile;
        var text = File.ReadAllText(edited);
        File.WriteAllText(edited, text.Replace("\"date\": \"", "\"date\": \"not a date ", StringComparison.Ordinal));

        var broken = Run(node, "app");
        Assert.Contains("\"id\":\"RD", Text(broken.Prebuilt), StringComparison.Ordinal);

        File.WriteAllText(edited, text);
        var mended = Run(node, "app");
        Assert.Equal(1, mended.Parsed);
        Assert.Equal(before.Tables, mended.Tables);
        Assert.Equal(before.Prebuilt, mended.Prebuilt);
    }

    [Fact]
    public void Two_projects_reading_the_same_files_share_one_parse()
    {
        var node = new BuildNode();
        Run(node, "net8.0");

        var other = Run(node, "net10.0");

        Assert.Equal(0, other.Parsed);
    }

    [Fact]
    public void An_engine_that_keeps_no_objects_between_builds_parses_every_file_each_time()
    {
        var node = new BuildNode(keepsObjects: false);
        Run(node, "app");

        Assert.Equal(files.Length, Run(node, "app").Parsed);
    }

    [Fact]
    public void A_build_in_a_new_node_reads_every_unchanged_packed_file_back_from_obj_and_writes_the_same_bytes()
    {
        var first = RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);
        Assert.Equal((packed.Value.Length, 0), (first.Parsed, first.ReadBack));
        Assert.Equal(packed.Value.Length, Directory.GetFiles(ParsedIn("app")).Length);

        var second = RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);

        Assert.Equal((0, packed.Value.Length), (second.Parsed, second.ReadBack));
        Assert.Equal(first.Tables, second.Tables);
        Assert.Equal(first.Prebuilt, second.Prebuilt);
    }

    [Fact]
    public void Files_of_one_record_are_not_kept()
    {
        RunCounting(new BuildNode(), "app", files, keepInObj: true);

        Assert.Equal(files.Length, RunCounting(new BuildNode(), "app", files, keepInObj: true).Parsed);
        Assert.False(Directory.Exists(ParsedIn("app")));
    }

    [Fact]
    public void After_a_one_file_edit_a_new_node_parses_that_file_and_writes_what_a_fresh_parse_writes()
    {
        RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);
        File.WriteAllText(PackedEvents, File.ReadAllText(PackedEvents).Replace("\"title\":\"", "\"title\":\"Edited ", StringComparison.Ordinal));

        var after = RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);
        var fresh = Run(new BuildNode(), "fresh", packed.Value);

        Assert.Equal((1, packed.Value.Length - 1), (after.Parsed, after.ReadBack));
        Assert.Equal(fresh.Tables, after.Tables);
        Assert.Equal(fresh.Prebuilt, after.Prebuilt);
    }

    [Fact]
    public void A_broken_edit_read_back_from_obj_reports_what_the_parse_reported()
    {
        File.WriteAllText(PackedEvents, File.ReadAllText(PackedEvents).Replace("\"date\":\"", "\"date\":\"not a date ", StringComparison.Ordinal));
        var parsed = RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);

        var readBack = RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);

        Assert.Equal(packed.Value.Length, readBack.ReadBack);
        Assert.Contains("\"id\":\"RD", Text(readBack.Prebuilt), StringComparison.Ordinal);
        Assert.Equal(parsed.Prebuilt, readBack.Prebuilt);
    }

    [Fact]
    public void Kept_parses_cut_short_or_garbled_are_parsed_again_and_change_nothing()
    {
        var first = RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);
        var kept = Directory.GetFiles(ParsedIn("app")).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < kept.Length; i++)
        {
            var bytes = File.ReadAllBytes(kept[i]);
            // Cut short (to nothing for the first), or one byte of the header flipped.
            File.WriteAllBytes(kept[i], i % 2 == 0 ? bytes[..(bytes.Length * i / kept.Length)] : bytes.Select((b, at) => at == i % 40 ? (byte)~b : b).ToArray());
        }

        var second = RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);

        Assert.Equal((packed.Value.Length, 0), (second.Parsed, second.ReadBack));
        Assert.Equal(first.Tables, second.Tables);
        Assert.Equal(first.Prebuilt, second.Prebuilt);
        Assert.Equal(packed.Value.Length, RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true).ReadBack);
    }

    [Fact]
    public void A_file_no_longer_in_the_build_loses_its_kept_parse()
    {
        RunCounting(new BuildNode(), "app", packed.Value, keepInObj: true);

        RunCounting(new BuildNode(), "app", packed.Value.Where(f => f != PackedEvents), keepInObj: true);

        Assert.Equal(packed.Value.Length - 1, Directory.GetFiles(ParsedIn("app")).Length);
        Assert.DoesNotContain(Directory.GetFiles(ParsedIn("app")), kept => Path.GetFileName(kept).StartsWith(Path.GetFileName(PackedEvents) + ".", StringComparison.Ordinal));
    }

    /// <summary>The first packed file of events: thousands of records.</summary>
    private string PackedEvents => packed.Value.First(f => Path.GetFileName(f).StartsWith("events-", StringComparison.Ordinal));

    /// <summary>The first event's file: one record, with a title and a date.</summary>
    private string AnEventFile => files.First(f => f.Contains(Path.DirectorySeparatorChar + "events" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    private (int Parsed, byte[] Tables, byte[] Prebuilt) Run(BuildNode node, string project) => Run(node, project, files);

    private (int Parsed, byte[] Tables, byte[] Prebuilt) Run(BuildNode node, string project, IEnumerable<string> dataFiles)
    {
        var result = RunCounting(node, project, dataFiles, keepInObj: false);
        return (result.Parsed, result.Tables, result.Prebuilt);
    }

    /// <summary>Runs the step as MSBuild would for <paramref name="project"/>, with its kept parses in obj/ when asked.</summary>
    private (int Parsed, int ReadBack, byte[] Tables, byte[] Prebuilt) RunCounting(BuildNode node, string project, IEnumerable<string> dataFiles, bool keepInObj)
    {
        var obj = Path.Combine(root, project, "obj");
        var items = dataFiles.Select(path => (ITaskItem)new TaskItem(path)).ToArray();
        var task = new WriteRelationsDataTables
        {
            BuildEngine = node.Engine,
            DataFiles = items,
            OutputFile = Path.Combine(obj, "RelationsData.tables"),
            PrebuiltFile = Path.Combine(obj, "RelationsData.prebuilt"),
            ParsedFilesDirectory = keepInObj ? ParsedIn(project) : null,
        };
        node.Messages.Clear();
        Assert.True(task.Execute(), string.Join("\n", node.Messages));

        // The step's log line: "parse 12 ms (1 of 369 files; 368 unchanged since this build node parsed them; …), link …".
        var stages = Assert.Single(node.Messages, m => m.StartsWith("RelationsData: parse ", StringComparison.Ordinal));
        var counts = Regex.Match(stages, @"^RelationsData: parse \d+ ms \((\d+) of (\d+) files[^)]*?(?:; (\d+) read back from obj/)?\)");
        var parsed = counts.Success ? int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : items.Length;
        var readBack = counts.Groups[3].Success ? int.Parse(counts.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (parsed, readBack, File.ReadAllBytes(task.OutputFile), File.ReadAllBytes(task.PrebuiltFile));
    }

    private string ParsedIn(string project) => Path.Combine(root, project, "obj", "RelationsData.parsed");

    /// <summary>An MSBuild node as the task meets it: a log, and objects registered for the node's lifetime.</summary>
    private sealed class BuildNode
    {
        public BuildNode(bool keepsObjects = true) => Engine = keepsObjects ? new NodeEngine(this) : new PlainEngine(this);

        public IBuildEngine Engine { get; }

        public List<string> Messages { get; } = new();

        public Dictionary<object, object> Registered { get; } = new();
    }

    private class PlainEngine(BuildNode node) : IBuildEngine
    {
        protected BuildNode Node => node;

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "App.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public void LogCustomEvent(CustomBuildEventArgs e) => node.Messages.Add(e.Message ?? string.Empty);

        public void LogErrorEvent(BuildErrorEventArgs e) => node.Messages.Add("error: " + e.Message);

        public void LogMessageEvent(BuildMessageEventArgs e) => node.Messages.Add(e.Message ?? string.Empty);

        public void LogWarningEvent(BuildWarningEventArgs e) => node.Messages.Add("warning: " + e.Message);
    }

    private sealed class NodeEngine(BuildNode node) : PlainEngine(node), IBuildEngine4
    {
        public bool IsRunningMultipleNodes => false;

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => throw new NotSupportedException();

        public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => throw new NotSupportedException();

        public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => throw new NotSupportedException();

        public void Yield()
        {
        }

        public void Reacquire()
        {
        }

        public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) => Node.Registered[key] = obj;

        public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => Node.Registered.GetValueOrDefault(key);

        public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => Node.Registered.Remove(key, out var removed) ? removed : null;
    }
}
