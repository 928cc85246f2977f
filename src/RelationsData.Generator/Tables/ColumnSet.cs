using System;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Tables;

/// <summary>Collects one value per <see cref="TableColumn"/>; refuses a column set twice and a set with one missing.</summary>
internal sealed class ColumnSet
{
    private readonly EquatableArray<int>[] columns = new EquatableArray<int>[TableLayout.ColumnCount];
    private readonly bool[] set = new bool[TableLayout.ColumnCount];

    public ColumnSet Add(TableColumn column, EquatableArray<int> values)
    {
        if (set[(int)column])
        {
            throw new InvalidOperationException($"The column {column} is built twice.");
        }

        set[(int)column] = true;
        columns[(int)column] = values;
        return this;
    }

    public EquatableArray<EquatableArray<int>> ToColumns()
    {
        var missing = Array.IndexOf(set, false);
        return missing < 0
            ? columns.ToEquatableArray()
            : throw new InvalidOperationException($"The column {(TableColumn)missing} is not built: every TableColumn needs a builder.");
    }
}
