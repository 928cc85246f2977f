using RelationsData;

// LINQ over the compiled constants, as the README shows it.
var info = CompiledDataset.Info;
Console.WriteLine($"data {info.DataVersion}: {info.Countries} countries, {info.Relations} relations, {info.Events} events, {info.References} references");

var relation = Relations.Between(Countries.Palestine, Countries.Azerbaijan)!;
Console.WriteLine($"{relation.First.ShortName}-{relation.Second.ShortName} established {relation.Established?.Date}");

foreach (var mission in relation.Missions.OrderBy(m => m.From.Alpha2))
{
    Console.WriteLine($"mission {mission.From.Alpha2}->{mission.To.Alpha2} {mission.Kind} in {mission.City ?? "-"}, opened {mission.Opened?.ToString() ?? "-"}");
}

var noEmbassy = Relations.All
    .Where(r => !r.Missions.Any(m => m.Kind == MissionKind.Embassy))
    .Select(r => r.Id)
    .Count();
Console.WriteLine($"relations with no embassy either way: {noEmbassy}");

foreach (var e in Events.All.Where(e => e.Date.Year == 2018))
{
    Console.WriteLine($"{e.Date} {e.Title} [{string.Join("; ", e.References.Select(r => r.Id))}]");
}

Console.WriteLine(Countries.TryFind("turkiye", out var turkey) ? $"turkiye -> {turkey.Alpha3}" : "turkiye -> not found");
Console.WriteLine($"by numeric 31 -> {Countries.ByNumeric(31)?.ShortName}");
