using System.IO;
using RelationsData.Explorer.Formatting;

namespace RelationsData.Explorer.Commands;

/// <summary><c>dump</c>: the canonical text dump of the shipped dataset (see <see cref="CanonicalDump"/>).</summary>
internal static class DumpCommand
{
    public static int Run(TextWriter output)
    {
        foreach (var line in CanonicalDump.FromExport(ExportCommand.ToJson(), "the shipped dataset"))
        {
            output.Write(line.ToString());
            output.Write('\n');
        }

        return 0;
    }
}
