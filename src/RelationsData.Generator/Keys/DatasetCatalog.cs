using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Keys;

/// <summary>
/// The compiled datasets one compilation can see: the package's (in the referenced RelationsData assembly) and an app's
/// own (generated into the compilation, or in a referenced assembly), each found by its <c>CompiledDataset</c> type and
/// read from its <c>[DatasetKeys]</c> attribute, once, and only when a lookup asks.
/// </summary>
internal sealed class DatasetCatalog
{
    public static readonly string[] Facades = { "Countries", "Relations", "Events", "References", "Regions" };

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, KeyTable?> byStorage = new(SymbolEqualityComparer.Default);
    private IReadOnlyList<KeyTable>? all;

    public DatasetCatalog(Compilation compilation) => this.compilation = compilation;

    /// <summary>The dataset of a facade type (<c>Countries</c>, <c>Regions</c>, …) generated beside a <c>CompiledDataset</c>, or none.</summary>
    public KeyTable? OfFacade(INamedTypeSymbol? facade)
    {
        if (facade is null || facade.ContainingType is not null || System.Array.IndexOf(Facades, facade.Name) < 0)
        {
            return null;
        }

        var storage = facade.ContainingNamespace.GetTypeMembers("CompiledDataset")
            .FirstOrDefault(t => SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, facade.ContainingAssembly));
        return storage is null ? null : Read(storage);
    }

    /// <summary>Every dataset the compilation sees; for checks that do not start from a facade (comparisons).</summary>
    public IReadOnlyList<KeyTable> All => all ??= Discover().Select(Read).OfType<KeyTable>().ToList();

    private KeyTable? Read(INamedTypeSymbol storage) =>
        byStorage.GetOrAdd(storage, s => s.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KeyTable.AttributeName) is { ConstructorArguments.Length: 1 } keys && keys.ConstructorArguments[0].Value is string text
            ? KeyTable.Read(text)
            : null);

    private IEnumerable<INamedTypeSymbol> Discover()
    {
        foreach (var symbol in compilation.GetSymbolsWithName("CompiledDataset", SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            yield return symbol;
        }

        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && assembly.TypeNames.Contains("CompiledDataset"))
            {
                foreach (var type in TypesNamed(assembly.GlobalNamespace, "CompiledDataset"))
                {
                    yield return type;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> TypesNamed(INamespaceSymbol ns, string name)
    {
        foreach (var type in ns.GetTypeMembers(name))
        {
            yield return type;
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in TypesNamed(child, name))
            {
                yield return type;
            }
        }
    }
}
