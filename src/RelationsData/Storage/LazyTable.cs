using System;
using System.Collections.Immutable;
using System.Threading;

namespace RelationsData.Storage;

/// <summary>Rows materialised on first use, once each and thread-safely: every reader sees the same instance.</summary>
internal sealed class LazyTable<T>
    where T : class
{
    private readonly Func<int, T> materialise;

    // Allocated on the first read of this table, not when the dataset loads: 8 bytes a record of this kind.
    private T?[]? rows;
    private ImmutableArray<T> all;

    public LazyTable(int count, Func<int, T> materialise)
    {
        Count = count;
        this.materialise = materialise;
    }

    public int Count { get; }

    public T this[int row]
    {
        get
        {
            if ((uint)row >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(row));
            }

            var cache = Volatile.Read(ref rows) ?? Interlocked.CompareExchange(ref rows, new T?[Count], null) ?? rows!;
            var known = Volatile.Read(ref cache[row]);
            if (known is not null)
            {
                return known;
            }

            var made = materialise(row);
            return Interlocked.CompareExchange(ref cache[row], made, null) ?? made;
        }
    }

    public ImmutableArray<T> All
    {
        get
        {
            if (all.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<T>(Count);
                for (var row = 0; row < Count; row++)
                {
                    builder.Add(this[row]);
                }

                ImmutableInterlocked.InterlockedInitialize(ref all, builder.MoveToImmutable());
            }

            return all;
        }
    }

    public ImmutableArray<T> Select(IntColumn selectedRows)
    {
        var builder = ImmutableArray.CreateBuilder<T>(selectedRows.Length);
        foreach (var row in selectedRows)
        {
            builder.Add(this[row]);
        }

        return builder.MoveToImmutable();
    }
}
