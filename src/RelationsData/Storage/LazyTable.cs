using System;
using System.Collections.Immutable;
using System.Threading;

namespace RelationsData.Storage;

/// <summary>Rows materialised on first use, once each and thread-safely: every reader sees the same instance.</summary>
internal sealed class LazyTable<T>
    where T : class
{
    // The cache is paged, and a page is allocated when a row in it is first read: a lookup in a table of 100,000
    // records costs one page (2 KB) and the page directory (3 KB), not an array as long as the table.
    private const int PageBits = 8;
    private const int PageSize = 1 << PageBits;

    private readonly Func<int, T> materialise;
    private T?[]?[]? pages;
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

            var directory = Volatile.Read(ref pages) ?? Interlocked.CompareExchange(ref pages, new T?[]?[(Count + PageSize - 1) >> PageBits], null) ?? pages!;
            ref var slot = ref directory[row >> PageBits];
            var page = Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, new T?[PageSize], null) ?? slot!;
            var index = row & (PageSize - 1);
            var known = Volatile.Read(ref page[index]);
            if (known is not null)
            {
                return known;
            }

            var made = materialise(row);
            return Interlocked.CompareExchange(ref page[index], made, null) ?? made;
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
