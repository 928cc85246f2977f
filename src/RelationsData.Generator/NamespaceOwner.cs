using System;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator;

/// <summary>
/// Which referenced assembly already has a compiled dataset in the target namespace: an app that compiles its own data
/// into "RelationsData" would declare a second RelationsData.Countries beside the package's (CS0436 on every use).
/// Read from each reference's metadata, so the answer depends on the references only, not on the code being edited.
/// </summary>
internal static class NamespaceOwner
{
    /// <summary>The name of <paramref name="reference"/>'s assembly when it declares a public <paramref name="ns"/>.CompiledDataset, else null.</summary>
    public static string? Find(MetadataReference reference, string ns, CancellationToken cancellationToken)
    {
        // A project reference inside an IDE is a CompilationReference; the command-line build passes assemblies.
        if (reference is not PortableExecutableReference assemblyReference)
        {
            return null;
        }

        ImmutableArray<ModuleMetadata> modules;
        try
        {
            modules = assemblyReference.GetMetadata() switch
            {
                AssemblyMetadata assembly => assembly.GetModules(),
                ModuleMetadata module => ImmutableArray.Create(module),
                _ => ImmutableArray<ModuleMetadata>.Empty,
            };
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or NotSupportedException)
        {
            return null; // The compiler reports an unreadable reference itself.
        }

        foreach (var module in modules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = module.GetMetadataReader();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                if (reader.StringComparer.Equals(type.Name, "CompiledDataset") &&
                    reader.StringComparer.Equals(type.Namespace, ns) &&
                    (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                {
                    return reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : module.Name;
                }
            }
        }

        return null;
    }
}
