using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RelationsData.Benchmarks;

/// <summary>
/// The four apps that M1, M2 and M5 compare, written as projects under artifacts/bench/&lt;scale&gt;/apps and built
/// with the SDK: each starts, loads its data, finds one country by alpha-2 code and one event by id, and prints the
/// bytes it allocated loading and looking up.
/// </summary>
public static class ConsumerApps
{
    /// <summary>An app that prints one line: the floor every start-up is compared to.</summary>
    public const string Empty = "empty";

    /// <summary>The same app through RelationsData's generator, with the dataset as AdditionalFiles.</summary>
    public const string RelationsData = "relationsdata";

    /// <summary>The RelationsData app without data files: what M5 compares the build with.</summary>
    public const string RelationsDataWithoutData = "relationsdata-nodata";

    /// <summary>The empty app with the data files as AdditionalFiles and no generator: the floor of a file-per-record build.</summary>
    public const string FilesOnly = "files-only";

    /// <summary>What users do today: all records as an embedded JSON resource, read with source-generated System.Text.Json.</summary>
    public const string Json = "json";

    /// <summary>The naive emission: every record as a constructor call in one static array initializer.</summary>
    public const string NaiveInitializer = "naive";

    public static readonly string[] All = { Empty, RelationsData, RelationsDataWithoutData, FilesOnly, Json, NaiveInitializer };

    public static string ProjectDirectory(BenchScale scale, string app) => Path.Combine(scale.Directory, "apps", app);

    public static string Executable(BenchScale scale, string app) => Path.Combine(ProjectDirectory(scale, app), "out", "App.dll");

    /// <summary>Writes every app's project (the world data first, when the scale is synthetic).</summary>
    public static void Write(BenchScale scale)
    {
        if (scale.Synthetic is { } synthetic && !Directory.Exists(Path.Combine(scale.DataDirectory, "references")))
        {
            Console.WriteLine($"writing {synthetic.Files} records to {scale.DataDirectory}{(scale.Packed ? ", packed" : string.Empty)}");
            WorldData.WorldDataset.Write(scale.DataDirectory, synthetic, scale.Packed ? WorldData.DataLayout.Packed : WorldData.DataLayout.FilePerRecord);
        }

        // Stop MSBuild from walking up into the repository's own props (warnings as errors, central versions).
        Directory.CreateDirectory(Path.Combine(scale.Directory, "apps"));
        File.WriteAllText(Path.Combine(scale.Directory, "apps", "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(scale.Directory, "apps", "Directory.Packages.props"), "<Project />\n");

        // The resource apps load the build step from its project's own output (RelationsDataTasksAssembly), which their
        // `-o out` builds of the project reference do not write: build it there first, or a fresh clone's first build fails.
        if (scale.Resource)
        {
            var project = Path.Combine(Repository.Root, "src", "RelationsData.Build", "RelationsData.Build.csproj");
            var (exitCode, output) = Run("dotnet", $"build \"{project}\" -c Release", Repository.Root);
            if (exitCode != 0)
            {
                throw BuildFailed("the build step", output);
            }
        }

        var files = scale.Records();
        WriteApp(scale, Empty, Project(), EmptyProgram);
        WriteApp(scale, RelationsData, RelationsDataProject(scale, withData: true), RelationsDataProgram(scale));
        WriteApp(scale, RelationsDataWithoutData, RelationsDataProject(scale, withData: false), EmptyProgram);
        WriteApp(scale, FilesOnly, Project($"""<AdditionalFiles Include="{scale.DataDirectory}/**/*.json;{scale.DataDirectory}/**/*.jsonl" Exclude="{scale.DataDirectory}/schema/**" />"""), EmptyProgram);
        WriteApp(scale, Json, Project("""<EmbeddedResource Include="dataset.json" LogicalName="dataset.json" />"""), JsonProgram(scale), ("Rows.cs", Rows), ("dataset.json", JsonDataset(files)));
        // At world scale the literals exceed the 16 MB user-string heap (CS8103) unless the compiler stores them as data.
        WriteApp(scale, NaiveInitializer, Project(extra: "<PropertyGroup><Features>$(Features);experimental-data-section-string-literals=0</Features></PropertyGroup>"), NaiveProgram(scale), ("Rows.cs", Rows), ("Data.cs", NaiveData(files)));
    }

    /// <summary>
    /// Builds one app into its out folder; returns the wall time of <c>dotnet build</c> and the peak resident memory of
    /// the compiler process. The compiler runs out of process (UseSharedCompilation=false) under an MSBuild worker node,
    /// so the build's own memory says nothing of it: the csc process is found and sampled (VmHWM) while the build runs.
    /// </summary>
    public static (TimeSpan Elapsed, long CompilerPeakKilobytes) Build(BenchScale scale, string app, bool clean)
    {
        var directory = ProjectDirectory(scale, app);
        if (clean)
        {
            foreach (var folder in new[] { "bin", "obj", "out" }.Select(f => Path.Combine(directory, f)).Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var clock = Stopwatch.StartNew();
        var (exitCode, output, compilerPeak) = RunSamplingCompiler("dotnet", "build -c Release -o out -p:UseSharedCompilation=false -nodeReuse:false", directory);
        var elapsed = clock.Elapsed;
        if (exitCode != 0)
        {
            throw BuildFailed(app, output);
        }

        return (elapsed, compilerPeak);
    }

    /// <summary>
    /// M6 as a user sees it: one data file of a built app edited (a word added to the title of the record in the middle of the file),
    /// then a real <c>dotnet build</c>; the file is restored afterwards and the app built again, so the apps stay as
    /// prepared. Returns the edited file and the edit build's wall time and compiler peak.
    /// </summary>
    public static (string EditedFile, TimeSpan Elapsed, long CompilerPeakKilobytes) BuildAfterOneFileEdit(BenchScale scale)
    {
        var edited = scale.FileToEdit();
        var original = File.ReadAllText(edited);
        var lines = original.Split('\n');
        // A packed file: the record on its middle line; a file per record: its one "title" line. The title gets a word.
        var line = edited.EndsWith(".jsonl", StringComparison.Ordinal) ? lines.Length / 2 : Array.FindIndex(lines, l => l.Contains("\"title\":", StringComparison.Ordinal));
        var title = lines[line].IndexOf("\"title\":", StringComparison.Ordinal);
        lines[line] = lines[line].Insert(lines[line].IndexOf('"', title + 8) + 1, "Edited ");
        File.WriteAllText(edited, string.Join('\n', lines));
        try
        {
            var (elapsed, peak) = Build(scale, RelationsData, clean: false);
            return (Path.GetRelativePath(scale.DataDirectory, edited), elapsed, peak);
        }
        finally
        {
            File.WriteAllText(edited, original);
            Build(scale, RelationsData, clean: false);
        }
    }

    /// <summary>A failed build, with the end of its output, where the errors are.</summary>
    private static InvalidOperationException BuildFailed(string what, string output) =>
        new($"building {what} failed:\n{output[^Math.Min(4000, output.Length)..]}");

    /// <summary>Runs a built app once; returns what it printed.</summary>
    public static string Start(BenchScale scale, string app)
    {
        var (exitCode, output) = Run("dotnet", Executable(scale, app), ProjectDirectory(scale, app));
        return exitCode == 0 ? output.Trim() : throw new InvalidOperationException($"{app} exited with {exitCode}: {output}");
    }

    public static (int ExitCode, string Output) Run(string fileName, string arguments, string directory)
    {
        var (exitCode, output, _) = RunSamplingCompiler(fileName, arguments, directory);
        return (exitCode, output);
    }

    /// <summary>Runs a process to its end, sampling every 50 ms the peak resident memory (VmHWM) of any csc process.</summary>
    private static (int ExitCode, string Output, long CompilerPeakKilobytes) RunSamplingCompiler(string fileName, string arguments, string directory)
    {
        var info = new ProcessStartInfo(fileName, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, CompilerPeakKilobytes());
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result, peak);
    }

    private static long CompilerPeakKilobytes()
    {
        long peak = 0;
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(proc, "cmdline")).Contains("Roslyn/bincore/csc", StringComparison.Ordinal))
                {
                    continue;
                }

                var hwm = File.ReadAllLines(Path.Combine(proc, "status")).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (hwm is not null)
                {
                    peak = Math.Max(peak, long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended between listing and reading, or is not ours.
            }
        }

        return peak;
    }

    private static void WriteApp(BenchScale scale, string app, string project, string program, params (string Name, string Text)[] extra)
    {
        var directory = ProjectDirectory(scale, app);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "App.csproj"), project);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        foreach (var (name, text) in extra)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }
    }

    private static string Project(string items = "", string extra = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>App</AssemblyName>
            <RootNamespace>App</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            {items}
          </ItemGroup>
          {extra}
        </Project>
        """;

    private static string RelationsDataProject(BenchScale scale, bool withData)
    {
        var src = Path.Combine(Repository.Root, "src");
        var data = withData ? $"""<AdditionalFiles Include="{scale.DataDirectory}/**/*.json;{scale.DataDirectory}/**/*.jsonl" Exclude="{scale.DataDirectory}/schema/**" />""" : string.Empty;
        var directory = withData ? $"<RelationsDataDirectory>{scale.DataDirectory}</RelationsDataDirectory>" : string.Empty;
        // Resource storage: the build step from its project's output, as the package's tasks/ folder gives it.
        var resource = scale.Resource
            ? $"""
              <PropertyGroup>
                  <RelationsDataStorage>resource</RelationsDataStorage>
                  <RelationsDataTasksAssembly>{src}/RelationsData.Build/bin/Release/netstandard2.0/RelationsData.Build.dll</RelationsDataTasksAssembly>
                </PropertyGroup>
                <Import Project="{src}/RelationsData/build/RelationsData.targets" />
                <ItemGroup>
                  <ProjectReference Include="{src}/RelationsData.Build/RelationsData.Build.csproj" ReferenceOutputAssembly="false" />
                </ItemGroup>
              """
            : string.Empty;
        return Project(
            $"""
            <ProjectReference Include="{src}/RelationsData/RelationsData.csproj" />
                <ProjectReference Include="{src}/RelationsData.Generator/RelationsData.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                {data}
            """,
            $"""
            <Import Project="{src}/RelationsData/build/RelationsData.props" />
              <PropertyGroup>
                <RelationsDataNamespace>Bench.Data</RelationsDataNamespace>
                {directory}
              </PropertyGroup>
              {resource}
            """);
    }

    private const string EmptyProgram = """
        Console.WriteLine("empty: nothing loaded");
        """;

    private static string RelationsDataProgram(BenchScale scale) => $$"""
        var start = GC.GetAllocatedBytesForCurrentThread();
        var dataset = Bench.Data.CompiledDataset.Instance;
        var loaded = GC.GetAllocatedBytesForCurrentThread();
        var country = Bench.Data.Countries.ByAlpha2("{{scale.Alpha2}}")!;
        var found = GC.GetAllocatedBytesForCurrentThread();
        var @event = Bench.Data.Events.ById("{{scale.EventId}}")!;
        var end = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"relationsdata: load {loaded - start} B, country by code {found - loaded} B, event by id {end - found} B; {country.ShortName} | {@event.Title}");
        """;

    private static string JsonProgram(BenchScale scale) => $$"""
        using System.Text.Json;
        var start = GC.GetAllocatedBytesForCurrentThread();
        using var stream = typeof(Bench.Dataset).Assembly.GetManifestResourceStream("dataset.json")!;
        var data = JsonSerializer.Deserialize(stream, Bench.DatasetJson.Default.Dataset)!;
        var loaded = GC.GetAllocatedBytesForCurrentThread();
        var country = data.Countries.First(c => c.Alpha2 == "{{scale.Alpha2}}");
        var found = GC.GetAllocatedBytesForCurrentThread();
        var @event = data.Events.First(e => e.Id == "{{scale.EventId}}");
        var end = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"json: load {loaded - start} B, country by code {found - loaded} B, event by id {end - found} B; {country.ShortName} | {@event.Title}");
        """;

    private static string NaiveProgram(BenchScale scale) => $$"""
        var start = GC.GetAllocatedBytesForCurrentThread();
        var data = Bench.NaiveData.Dataset;
        var loaded = GC.GetAllocatedBytesForCurrentThread();
        var country = data.Countries.First(c => c.Alpha2 == "{{scale.Alpha2}}");
        var found = GC.GetAllocatedBytesForCurrentThread();
        var @event = data.Events.First(e => e.Id == "{{scale.EventId}}");
        var end = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"naive: load {loaded - start} B, country by code {found - loaded} B, event by id {end - found} B; {country.ShortName} | {@event.Title}");
        """;

    /// <summary>The record types of the JSON and naive apps: the same fields the world data has.</summary>
    private const string Rows = """
        using System.Text.Json.Serialization;

        namespace Bench;

        public sealed record CountryRow(string Id, string Alpha2, string Alpha3, int? Numeric, string ShortName, string? OfficialName, string[] Citations);
        public sealed record DatedRow(string? Date, string? Note, string[] Citations);
        public sealed record StatusRow(string Status, string? From, string? To, string? Note, string[] Citations);
        public sealed record MissionRow(string From, string To, string Kind, string? City, string? Opened, string? Closed, string? Note, string[] Citations);
        public sealed record RelationRow(string Id, string[] Countries, DatedRow? Established, StatusRow[]? Statuses, MissionRow[]? Missions, string[] Citations);
        public sealed record EventRow(string Id, string Date, string Kind, string Title, string Summary, string? Place, string[] Countries, string[]? Relations, string[] Citations);
        public sealed record ReferenceRow(
            string Id, string Type, string Title,
            [property: JsonPropertyName("container-title")] string? ContainerTitle,
            [property: JsonPropertyName("URL")] string? Url,
            string? Issued, string? Note);
        public sealed record Dataset(CountryRow[] Countries, RelationRow[] Relations, EventRow[] Events, ReferenceRow[] References);

        [JsonSerializable(typeof(Dataset))]
        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
        public sealed partial class DatasetJson : JsonSerializerContext;
        """;

    /// <summary>All records in one JSON document: { "countries": [...], "relations": [...], ... }.</summary>
    private static string JsonDataset(IReadOnlyList<(string Path, string Json)> files)
    {
        var builder = new StringBuilder();
        builder.Append('{');
        var first = true;
        foreach (var kind in new[] { "countries", "relations", "events", "references" })
        {
            builder.Append(first ? "" : ",").Append('"').Append(kind).Append("\":[");
            builder.AppendJoin(",", files.Where(f => f.Path.StartsWith(kind + "/", StringComparison.Ordinal)).Select(f => f.Json.Trim()));
            builder.Append(']');
            first = false;
        }

        return builder.Append('}').ToString();
    }

    /// <summary>The naive emission: a constructor call per record in array initializers.</summary>
    private static string NaiveData(IReadOnlyList<(string Path, string Json)> files)
    {
        var b = new StringBuilder("namespace Bench;\n\npublic static class NaiveData\n{\n");
        void Table(string kind, string type, Func<JsonElement, string> row)
        {
            b.Append("    public static readonly ").Append(type).Append("[] ").Append(char.ToUpperInvariant(kind[0])).Append(kind[1..]).Append(" =\n    {\n");
            foreach (var (_, json) in files.Where(f => f.Path.StartsWith(kind + "/", StringComparison.Ordinal)))
            {
                using var document = JsonDocument.Parse(json);
                b.Append("        ").Append(row(document.RootElement)).Append(",\n");
            }

            b.Append("    };\n\n");
        }

        Table("countries", "CountryRow", e => $"new({S(e, "id")}, {S(e, "alpha2")}, {S(e, "alpha3")}, {N(e, "numeric")}, {S(e, "shortName")}, {S(e, "officialName")}, {A(e, "citations")})");
        Table("relations", "RelationRow", e => $"new({S(e, "id")}, {A(e, "countries")}, {Dated(e)}, {Objects(e, "statuses", "StatusRow", Status)}, {Objects(e, "missions", "MissionRow", Mission)}, {A(e, "citations")})");
        Table("events", "EventRow", e => $"new({S(e, "id")}, {S(e, "date")}, {S(e, "kind")}, {S(e, "title")}, {S(e, "summary")}, {S(e, "place")}, {A(e, "countries")}, {A(e, "relations")}, {A(e, "citations")})");
        Table("references", "ReferenceRow", e => $"new({S(e, "id")}, {S(e, "type")}, {S(e, "title")}, {S(e, "container-title")}, {S(e, "URL")}, {S(e, "issued")}, {S(e, "note")})");
        return b.Append("    public static readonly Dataset Dataset = new(Countries, Relations, Events, References);\n}\n").ToString();
    }

    private static string Dated(JsonElement e) =>
        e.TryGetProperty("established", out var d) ? $"new DatedRow({S(d, "date")}, {S(d, "note")}, {A(d, "citations")})" : "null";

    private static string Status(JsonElement e) => $"new StatusRow({S(e, "status")}, {S(e, "from")}, {S(e, "to")}, {S(e, "note")}, {A(e, "citations")})";

    private static string Mission(JsonElement e) =>
        $"new MissionRow({S(e, "from")}, {S(e, "to")}, {S(e, "kind")}, {S(e, "city")}, {S(e, "opened")}, {S(e, "closed")}, {S(e, "note")}, {A(e, "citations")})";

    private static string Objects(JsonElement e, string name, string type, Func<JsonElement, string> row) =>
        e.TryGetProperty(name, out var items) ? $"new {type}[] {{ " + string.Join(", ", items.EnumerateArray().Select(row)) + " }" : "null";

    /// <summary>A JSON string literal is a valid C# literal: JSON's escapes are a subset of C#'s.</summary>
    private static string S(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? JsonSerializer.Serialize(value.GetString()) : "null";

    private static string N(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";

    private static string A(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? "new string[] { " + string.Join(", ", value.EnumerateArray().Select(v => JsonSerializer.Serialize(v.GetString()))) + " }" : "System.Array.Empty<string>()";
}
