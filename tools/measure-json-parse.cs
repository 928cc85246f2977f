// The floor the generator is measured against (docs/benchmarks.md): JsonDocument.Parse of every record of a data folder.
// Usage: dotnet run tools/measure-json-parse.cs -- <data folder>
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
// JsonDocument.Parse of every record of a data folder (.json whole, .jsonl a line at a time); best of 5 runs.
var paths = Directory.EnumerateFiles(args[0], "*.json*", SearchOption.AllDirectories).Where(p => p.EndsWith(".json") || p.EndsWith(".jsonl")).ToList();
var files = paths.Select(p => (Packed: p.EndsWith(".jsonl"), Bytes: File.ReadAllBytes(p))).ToList();
long bytes = files.Sum(f => (long)f.Bytes.Length);
var best = TimeSpan.MaxValue;
for (var run = 0; run < 5; run++)
{
    var clock = Stopwatch.StartNew();
    foreach (var file in files)
    {
        if (!file.Packed)
        {
            using var whole = JsonDocument.Parse(file.Bytes);
            continue;
        }

        var span = file.Bytes.AsSpan();
        while (span.Length > 0)
        {
            var end = span.IndexOf((byte)'\n');
            var line = end < 0 ? span : span[..end];
            span = end < 0 ? default : span[(end + 1)..];
            if (line.Trim((byte)' ').Length == 0) continue;
            using var doc = JsonDocument.Parse(line.ToArray());
        }
    }
    best = clock.Elapsed < best ? clock.Elapsed : best;
}
Console.WriteLine($"{files.Count} files, {bytes:N0} bytes: JsonDocument.Parse best of 5 {best.TotalMilliseconds:F0} ms");
