using System;
using System.IO;
using System.Linq;

namespace RelationsData.TestSupport;

/// <summary>Copies folders for tests that work on a copy of the repository or of a test app.</summary>
internal static class FileTree
{
    /// <summary>Copies every file under <paramref name="source"/> to the same place under <paramref name="target"/>, leaving out bin/ and obj/.</summary>
    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
