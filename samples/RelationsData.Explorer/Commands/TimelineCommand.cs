using System.IO;
using System.Linq;
using Spectre.Console;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>timeline CODE [--width N]</c>: a country's events as a dated table. Spectre.Console wraps the columns to the
/// terminal's width (or N), so the table stays readable in a narrow terminal; no colour when the output is redirected.
/// </summary>
internal static class TimelineCommand
{
    public static int Run(string code, TextWriter output, int width, bool ansi)
    {
        var country = CountryLookup.Find(code);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;

        var events = Events.Of(country);
        var table = new Table { Border = TableBorder.Rounded, Expand = false }
            .Title($"{Markup.Escape(country.ShortName)}: {events.Length} events")
            .AddColumn(new TableColumn("Date").NoWrap())
            .AddColumn("Event")
            .AddColumn("Who");
        foreach (var e in events)
        {
            var who = string.Join(", ", e.People.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})"));
            var with = string.Join(", ", e.Countries.Where(c => c != country).Select(c => c.ShortName));
            table.AddRow(
                new Text(e.Date.ToString()),
                new Text(e.Title),
                new Text(who.Length > 0 ? who : with));
        }

        console.Write(table);
        return 0;
    }
}
