using System;
using System.Globalization;
using System.Linq;
using RelationsData;

// C# 7.3, as a .NET Framework project compiles by default: no records, switch expressions or nullable annotations.
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false); // the same bytes from Mono and .NET
        if (args.Length == 1 && args[0] == "measure")
        {
            return Measure();
        }

        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH"); // another calendar: nothing may depend on it

        var azerbaijan = Countries.Azerbaijan;
        Console.WriteLine(azerbaijan + " " + azerbaijan.Alpha3 + " " + azerbaijan.NumericCode + ", " + Countries.All.Length + " countries, " + Relations.All.Length + " relations");
        var relation = Relations.Between(Countries.Palestine, azerbaijan);
        Console.WriteLine(relation.Id + " established " + relation.Established.Date + ", " + Events.Of(relation).Length + " events");

        // Days are DateTimes here (the time of day is ignored); net10.0 has the same overloads beside DateOnly's.
        Console.WriteLine(Relations.Between(Countries.Israel, Countries.Turkey).StatusOn(new DateTime(2015, 1, 1, 13, 30, 0)));
        Console.WriteLine("in force on 2015-01-01: " + string.Join(", ", Relations.InForceOn(new DateTime(2015, 1, 1)).Select(r => r.Id)));
        foreach (var open in relation.MissionsOn(new DateTime(2011, 6, 28)))
        {
            Console.WriteLine(open.Mission.Kind + " " + open.Answer + " on " + open.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Console.WriteLine("1992 covers 1992-04-15: " + relation.Established.Date.Value.Contains(new DateTime(1992, 4, 15)) + ", from " + relation.Established.Date.Value.StartDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Console.WriteLine("USSR on 1993-01-01: " + Countries.All.Single(c => c.Alpha4 == "SUHH").ExistedOn(new DateTime(1993, 1, 1)));

        // Names, regions and successions, read from the same compiled tables.
        Country found;
        Console.WriteLine("TryFind(Aserbaidschan): " + (Countries.TryFind("Aserbaidschan", out found) ? found.Id : "none"));
        Console.WriteLine("NameIn(ja): " + Escaped(azerbaijan.NameIn("ja")) + ", NameIn(de-AT): " + azerbaijan.NameIn("de-AT"));
        Console.WriteLine("Region: " + azerbaijan.Region.Name + ", " + azerbaijan.Subregion.Name + " (" + Countries.In(Regions.WesternAsia).Length + " countries)");
        Console.WriteLine("Soviet Union succeeded by " + string.Join(" ", Countries.All.Single(c => c.Alpha4 == "SUHH").Successors.Select(s => s.Successor.Alpha2)));
        Console.WriteLine("By id c-te-d-ivoire: " + Countries.ById("c-te-d-ivoire").Id);

        // The app's own data, generated at this project's C# version.
        var atlas = FrameworkApp.Atlas.Relations.Between(FrameworkApp.Atlas.Countries.Freedonia, FrameworkApp.Atlas.Countries.Sylvania);
        Console.WriteLine("own data: " + atlas.Id + " " + atlas.StatusOn(new DateTime(1940, 1, 1)).Answer + ", " + FrameworkApp.Atlas.Countries.All.Length + " countries, "
            + FrameworkApp.Atlas.CountryCodes.Alpha2.QF + ", " + FrameworkApp.Atlas.CompiledDataset.Info.Relations + " relations");
        return 0;
    }

    /// <summary>
    /// <c>measure</c>: the first query (tables opened, one country built) and the time per call of a few queries, with a
    /// Stopwatch over a loop: the same figures for each runtime and library asset (docs/benchmarks.md, "Every .NET").
    /// </summary>
    private static int Measure()
    {
        var start = System.Diagnostics.Stopwatch.StartNew();
        var first = Countries.ByAlpha2("AZ");
        Console.WriteLine("first query: " + start.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms (" + first.Id + ")");
        var palestine = Countries.Palestine;
        var israelTurkey = Relations.Between(Countries.Israel, Countries.Turkey);
        var day = new DateTime(2015, 1, 1);
        Country found;
        Time("ByAlpha2(\"AZ\")", 2000000, () => Countries.ByAlpha2("AZ"));
        Time("Between(PS, AZ)", 2000000, () => Relations.Between(palestine, first));
        Time("StatusOn(2015-01-01)", 500000, () => israelTurkey.StatusOn(day));
        Time("TryFind(\"Aserbaidschan\")", 200000, () => Countries.TryFind("Aserbaidschan", out found) ? found : null);
        Time("NameIn(\"de-AT\")", 200000, () => first.NameIn("de-AT"));
        return 0;
    }

    private static void Time(string what, int calls, Func<object> call)
    {
        for (var i = 0; i < calls / 10; i++)
        {
            call();
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        Console.WriteLine(what + ": " + (watch.Elapsed.TotalMilliseconds * 1000000 / calls).ToString("F1", CultureInfo.InvariantCulture) + " ns");
    }

    /// <summary>Non-ASCII as code points, so that the comparison does not depend on the console's encoding.</summary>
    private static string Escaped(string text) => string.Join(" ", text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
