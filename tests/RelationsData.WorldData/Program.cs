using System;
using System.Diagnostics;
using System.Linq;
using RelationsData.WorldData;

// Usage: RelationsData.WorldData <output-directory> [world|tenth|seed] [--packed]
var packed = args.Contains("--packed");
args = args.Where(a => a != "--packed").ToArray();
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: RelationsData.WorldData <output-directory> [world|tenth|seed] [--packed]");
    return 2;
}

var scale = (args.Length == 2 ? args[1] : "world") switch
{
    "world" => WorldScale.World,
    "tenth" => WorldScale.Tenth,
    "seed" => WorldScale.Seed,
    var other => null,
};
if (scale is null)
{
    Console.Error.WriteLine($"unknown scale '{args[1]}': use world, tenth or seed");
    return 2;
}

var clock = Stopwatch.StartNew();
var records = WorldDataset.Write(args[0], scale, packed ? DataLayout.Packed : DataLayout.FilePerRecord);
Console.WriteLine($"{records} records ({scale}) written to {args[0]}{(packed ? " in packed files" : string.Empty)} in {clock.Elapsed.TotalSeconds:F1} s");
return 0;
