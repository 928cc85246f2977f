using OwnData.Atlas;

// The app's own tables, typed, in its own namespace; the shipped dataset is still there beside them.
var info = CompiledDataset.Info;
Console.WriteLine($"own data {info.DataVersion}: {info.Countries} countries, {info.Relations} relations, {info.References} references");
var relation = Relations.Between(Countries.Freedonia, Countries.Sylvania)!;
Console.WriteLine($"{relation.Id}: {relation.CurrentStatus?.Status} since {relation.Established?.Date}, cites {relation.References[0].Title}");
Console.WriteLine($"by alpha-2 QF -> {Countries.ByAlpha2("QF")?.ShortName}");
Console.WriteLine($"shipped dataset: {RelationsData.Countries.Azerbaijan.ShortName} ({RelationsData.CompiledDataset.Info.Countries} countries)");

// A former entry shares its alpha-2 code with the current Freedonia, and is found like any other.
var former = Countries.OldFreedonia;
Console.WriteLine($"{former.Alpha4}: {Relations.Between(Countries.Sylvania, former)?.Id}, {Relations.Of(former).Length} relation, succeeded by {former.Successors[0].Successor.ShortName} ({former.Successors[0].Kind})");
Console.WriteLine($"on 1925-01-01: {string.Join(", ", Relations.InForceOn(new DateOnly(1925, 1, 1)).Select(r => r.Id))}");
