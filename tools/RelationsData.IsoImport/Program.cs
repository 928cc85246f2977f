using System;
using System.IO;
using System.Linq;
using RelationsData.IsoImport;

// dotnet run --project tools/RelationsData.IsoImport -- [--iso-codes DIR] [--locales DIR] [--data DIR]
//     [--cldr-core cldr-core-48.2.0.tgz] [--cldr-names cldr-localenames-full-48.2.0.tgz]
var repository = FindRepository();
var paths = new ImportPaths("/usr/share/iso-codes/json", "/usr/share/locale", Path.Combine(repository, "data"),
    LocaleTable: Path.Combine(repository, "src", "RelationsData", "Names", "CldrLocaleTable.cs"));
for (var i = 0; i + 1 < args.Length; i += 2)
{
    paths = args[i] switch
    {
        "--iso-codes" => paths with { IsoCodesJson = args[i + 1] },
        "--locales" => paths with { LocaleRoot = args[i + 1] },
        "--data" => paths with { Data = args[i + 1] },
        "--cldr-core" => paths with { CldrCore = args[i + 1] },
        "--cldr-names" => paths with { CldrLocaleNames = args[i + 1] },
        _ => throw new ArgumentException($"unknown option {args[i]}; use --iso-codes DIR, --locales DIR, --data DIR, --cldr-core TGZ, --cldr-names TGZ"),
    };
}

if (!File.Exists(Path.Combine(paths.IsoCodesJson, "iso_3166-1.json")))
{
    Console.Error.WriteLine($"error: {paths.IsoCodesJson}/iso_3166-1.json not found; install iso-codes (apt-get install iso-codes) or pass --iso-codes DIR");
    return 2;
}

var summary = Importer.Run(paths);
Console.WriteLine($"{summary.Written} files written ({summary.Created} new), {summary.Unchanged} unchanged");
Console.WriteLine("translations: " + string.Join(", ", summary.TranslationsByCulture));
Console.WriteLine("kept as they are (no iso-codes entry): " + string.Join(", ", summary.NotInIsoCodes));
Console.WriteLine("renamed (the old id kept in previousIds): " + string.Join(", ", summary.Renamed.Select(r => $"{r.From} → {r.To}")));
return 0;

static string FindRepository()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "RelationsData.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository, or pass --data DIR");
}
