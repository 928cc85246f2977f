using OwnData.Atlas;

// The app's own tables, typed, in its own namespace; the shipped dataset is still there beside them.
var info = CompiledDataset.Info;
Console.WriteLine($"own data {info.DataVersion}: {info.Countries} countries, {info.Relations} relations, {info.References} references");
var relation = Relations.Between(Countries.Freedonia, Countries.Sylvania)!;
Console.WriteLine($"{relation.Id}: {relation.CurrentStatus?.Status} since {relation.Established?.Date}, cites {relation.References[0].Title}");
Console.WriteLine($"by alpha-2 QF -> {Countries.ByAlpha2("QF")?.ShortName}");
Console.WriteLine($"shipped dataset: {RelationsData.Countries.Azerbaijan.ShortName} ({RelationsData.CompiledDataset.Info.Countries} countries)");
