using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator;

/// <summary>
/// What the compilation the generated code joins offers. The type of a calendar day in the query facades:
/// <c>System.DateOnly</c> where a reference defines it (net6.0 and later), else only <c>System.DateTime</c>
/// (netstandard2.0, .NET Framework), as the RelationsData library of that target takes. The C# version
/// (<see cref="LanguageVersion"/>, as Roslyn numbers it: 703 for C# 7.3, 1100 for C# 11), which decides the constructs the
/// generated code may use (Emit/CSharpDialect.cs). Whether <c>NotNullWhenAttribute</c> exists. Read from each reference's
/// metadata and from the parse options, never from the code, so that editing code re-runs nothing.
/// </summary>
internal sealed record TargetFeatures(string DayType, int LanguageVersion = int.MaxValue, bool NotNullWhen = true)
{
    public const string DateOnly = "global::System.DateOnly";
    public const string DateTime = "global::System.DateTime";

    /// <summary>A reference's flag: it defines or forwards System.DateOnly.</summary>
    public const int DateOnlyFlag = 1;

    /// <summary>A reference's flag: it defines or forwards System.Diagnostics.CodeAnalysis.NotNullWhenAttribute.</summary>
    public const int NotNullWhenFlag = 2;

    /// <summary>The features that <paramref name="flags"/>, every reference's together, and the language version give.</summary>
    public static TargetFeatures Of(int flags, int languageVersion) =>
        new((flags & DateOnlyFlag) != 0 ? DateOnly : DateTime, languageVersion, (flags & NotNullWhenFlag) != 0);

    /// <summary>The flags of what <paramref name="reference"/> defines or forwards.</summary>
    public static int FlagsOf(MetadataReference reference, CancellationToken cancellationToken)
    {
        if (reference is not PortableExecutableReference assemblyReference)
        {
            return 0;
        }

        var flags = 0;
        try
        {
            if (assemblyReference.GetMetadata() is not AssemblyMetadata assembly)
            {
                return 0;
            }

            foreach (var module in assembly.GetModules())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var reader = module.GetMetadataReader();
                foreach (var (ns, name) in reader.TypeDefinitions.Select(reader.GetTypeDefinition).Select(t => (t.Namespace, t.Name))
                    .Concat(reader.ExportedTypes.Select(reader.GetExportedType).Select(t => (t.Namespace, t.Name))))
                {
                    flags |= Flag(reader, ns, name);
                }
            }
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or NotSupportedException)
        {
            // The compiler reports an unreadable reference itself.
        }

        return flags;
    }

    private static int Flag(MetadataReader reader, StringHandle ns, StringHandle name) =>
        reader.StringComparer.Equals(name, "DateOnly") && reader.StringComparer.Equals(ns, "System") ? DateOnlyFlag
        : reader.StringComparer.Equals(name, "NotNullWhenAttribute") && reader.StringComparer.Equals(ns, "System.Diagnostics.CodeAnalysis") ? NotNullWhenFlag
        : 0;
}
