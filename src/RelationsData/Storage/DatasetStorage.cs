using System;
using System.ComponentModel;
using RelationsData.Shared;

namespace RelationsData.Storage;

/// <summary>
/// The compact tables of one dataset, as the RelationsData generator emits them: strings in one UTF-8 blob, records
/// and indexes in integer columns (each a width character, then 6-bit groups as printable characters; see IntColumn
/// in the source). Every column is constant data in the assembly, so loading a dataset allocates nothing until a
/// record is read. Apps use the typed API (<c>Countries</c>, <c>Relations</c>, ...), not this type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DatasetStorage
{
    /// <summary>The version of the table layout the generator wrote.</summary>
    public abstract int FormatVersion { get; }

    /// <summary>The version of the data: the RelationsDataVersion property of the project that compiled it.</summary>
    public abstract string DataVersion { get; }

    /// <summary>SHA-256 (lowercase hex) of the compiled tables: equal exactly when the data is equal.</summary>
    public abstract string ContentHash { get; }

    /// <summary>Every distinct string of the dataset, UTF-8, back to back.</summary>
    public abstract ReadOnlySpan<byte> Utf8Strings { get; }

    /// <summary>
    /// One encoded integer column. The numbers and meanings of the columns are the table layout of the generator that
    /// wrote this storage (its <see cref="FormatVersion"/>); generated code answers every one.
    /// </summary>
    /// <param name="column">The column's number in the table layout.</param>
    /// <returns>The column's constant bytes; empty for a number the layout does not have.</returns>
    public abstract ReadOnlySpan<byte> GetColumn(int column);

    internal IntColumn this[TableColumn column] => new(GetColumn((int)column));

    internal int Count(TableColumn recordStarts) => this[recordStarts].Length;
}
