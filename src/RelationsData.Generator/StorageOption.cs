using System;
using Microsoft.CodeAnalysis.Diagnostics;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;

namespace RelationsData.Generator;

/// <summary>
/// The RelationsDataStorage property: where the tables travel into the assembly. <c>literals</c> (the default): in the
/// generated C#, as u8 literals, which works with any compiler host and build. <c>resource</c>: as a manifest resource
/// that the package's build step writes from the same data files (build/RelationsData.targets), so that the compiler
/// binds no data and the reference assembly carries none; the generated C# reads the resource.
/// </summary>
internal sealed record StorageOption(bool Resource, DiagnosticInfo? Diagnostic)
{
    public const string Literals = "literals";
    public const string ResourceValue = "resource";

    public static StorageOption Read(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue("build_property.RelationsDataStorage", out var text) || string.IsNullOrWhiteSpace(text))
        {
            return new StorageOption(false, null);
        }

        var value = text.Trim();
        return string.Equals(value, ResourceValue, StringComparison.OrdinalIgnoreCase) ? new StorageOption(true, null)
            : string.Equals(value, Literals, StringComparison.OrdinalIgnoreCase) ? new StorageOption(false, null)
            : new StorageOption(false, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidStorage, null, text));
    }
}
