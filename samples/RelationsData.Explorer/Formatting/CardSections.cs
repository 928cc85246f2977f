using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RelationsData.Explorer.Formatting;

/// <summary>A titled, indented section of a card (relation, day); an empty section is left out.</summary>
internal static class CardSections
{
    public static void Write(TextWriter output, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title}:");
        foreach (var line in list)
        {
            output.WriteLine($"  {line}");
        }
    }
}
