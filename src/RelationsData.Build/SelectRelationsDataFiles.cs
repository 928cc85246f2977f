using System;
using System.Linq;
using Microsoft.Build.Framework;
using RelationsData.Generator;

namespace RelationsData.Build;

/// <summary>
/// Chooses the data files among a project's additional files by the generator's own rule (DataFileSelector), for
/// WriteRelationsDataTables to read and for the build to take off the compiler's command line: the compiler then gets
/// the prebuilt dataset in their place, and a list of 170,000 paths no longer keeps it from the compiler server.
/// </summary>
public sealed class SelectRelationsDataFiles : Microsoft.Build.Utilities.Task
{
    /// <summary>The project's additional files.</summary>
    [Required]
    public ITaskItem[] AdditionalFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The RelationsDataDirectory property.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The data files among <see cref="AdditionalFiles"/>, the same items.</summary>
    [Output]
    public ITaskItem[] DataFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public override bool Execute()
    {
        var directory = DataFileSelector.NormalizeDirectory(DataDirectory);
        DataFiles = AdditionalFiles
            .Where(item => DataFileSelector.IsDataFile(item.GetMetadata("FullPath"), directory, () => string.Equals(item.GetMetadata("RelationsData"), "true", StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        return true;
    }
}
