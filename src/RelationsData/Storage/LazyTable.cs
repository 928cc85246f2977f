using System;
using System.Collections.Immutable;
using System.Threading;

namespace RelationsData.Storage;

/// <summary>Rows materialised on first use, once each and thread-safely: every reader sees the same instance.</summary>
internal sealed class LazyTable<T>
    where T : class
{
    private readonly T?[] rows;
    private readonly Func<int, T> materialise;
    private ImmutableArray<T> all;

    public LazyTable(int count, Func<int, T> materialise)
    {
        rows = new T?[count];
        this.materialise = materialise;
    }

    public int Count => rows.Length;

    public T this[int row]
    {
        get
        {
            var known = Volatile.Read(ref rows[row]);
            if (known is not null)
            {
                return known;
            }

            var made = materialise(row);
            return Interlocked.CompareExchange(ref rows[row], made, null) ?? made;
        }
    }

    public ImmutableArray<T> All
    {
        get
        {
            if (all.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<T>(rows.Length);
                for (var row = 0; row < rows.Length; row++)
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
