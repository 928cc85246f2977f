using System;
using System.Diagnostics;
using RelationsData.WorldData;

// Usage: RelationsData.WorldData <output-directory> [world|tenth|seed]
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: RelationsData.WorldData <output-directory> [world|tenth|seed]");
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
var files = WorldDataset.Write(args[0], scale);
Console.WriteLine($"{files} files ({scale}) written to {args[0]} in {clock.Elapsed.TotalSeconds:F1} s");
return 0;
