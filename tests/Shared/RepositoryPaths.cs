using System;
using System.IO;

namespace RelationsData.TestSupport;

/// <summary>Finds the repository's folders from the test binaries, wherever the clone is.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RelationsData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RelationsData.sln not found above " + AppContext.BaseDirectory);
    }
}
