using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using RelationsData.Storage;

namespace RelationsData;

/// <summary>
/// A country's names in other languages, sorted by culture name (ordinally): read from the compiled tables when asked,
/// so that a country record does not carry hundreds of decoded names. Each item is decoded on access; a record built
/// in code holds its items instead (an <see cref="ImmutableArray{T}"/> converts implicitly).
/// </summary>
public readonly struct LocalizedNameList : IReadOnlyList<LocalizedName>, IEquatable<LocalizedNameList>
{
    private readonly ImmutableArray<LocalizedName> items;
    private readonly LocalizedNameTable? table;
    private readonly int position;

    /// <summary>A list of the given names, which must be sorted by culture name, ordinally, for <see cref="Find(string)"/>.</summary>
    /// <param name="items">The names.</param>
    public LocalizedNameList(ImmutableArray<LocalizedName> items)
    {
        this.items = items.IsDefault ? ImmutableArray<LocalizedName>.Empty : items;
        table = null;
        position = 0;
    }

    internal LocalizedNameList(LocalizedNameTable table, int position)
    {
        items = default;
        this.table = table;
        this.position = position;
    }

    /// <summary>The number of names.</summary>
    public int Count => table?.Count(position) ?? (items.IsDefault ? 0 : items.Length);

    /// <summary>The name at <paramref name="index"/>, decoded now.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public LocalizedName this[int index] =>
        table is not null
            ? (uint)index < (uint)Count ? table.Item(position, index) : throw new ArgumentOutOfRangeException(nameof(index))
            : items[index];

    /// <summary>Converts an array of names (sorted by culture) into a list.</summary>
    /// <param name="items">The names.</param>
    public static implicit operator LocalizedNameList(ImmutableArray<LocalizedName> items) => new(items);

    /// <summary>Whether two lists are the same list of the same dataset, or hold equal names.</summary>
    public static bool operator ==(LocalizedNameList left, LocalizedNameList right) => left.Equals(right);

    /// <summary>Whether two lists differ.</summary>
    public static bool operator !=(LocalizedNameList left, LocalizedNameList right) => !left.Equals(right);

    /// <summary>The name for exactly this culture name (ordinal, as CLDR writes it: "zh-Hant-HK"), with no fallback; see <see cref="Country.NameIn(string)"/>.</summary>
    /// <param name="culture">A culture name.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public string? Find(string culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Find(culture.AsSpan());
    }

    internal string? Find(ReadOnlySpan<char> culture)
    {
        if (table is not null)
        {
            return table.Find(position, culture);
        }

        foreach (var item in items.IsDefault ? ImmutableArray<LocalizedName>.Empty : items)
        {
            if (culture.SequenceEqual<char>(item.Culture.AsSpan()))
            {
                return item.Name;
            }
        }

        return null;
    }

    /// <summary>Every name, decoded as it is enumerated.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<LocalizedName> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(LocalizedNameList other)
    {
        if (table is not null || other.table is not null)
        {
            return ReferenceEquals(table, other.table) && position == other.position;
        }

        var mine = items.IsDefault ? ImmutableArray<LocalizedName>.Empty : items;
        var theirs = other.items.IsDefault ? ImmutableArray<LocalizedName>.Empty : other.items;
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        for (var i = 0; i < mine.Length; i++)
        {
            if (!Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LocalizedNameList other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => table is not null ? (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(table) * 31) + position : Count;
}
