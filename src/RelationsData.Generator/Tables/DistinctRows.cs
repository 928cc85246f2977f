using System.Collections.Generic;

namespace RelationsData.Generator.Tables;

/// <summary>
/// Rows collected each once, in the order first added: a record's lists are short, so a scan beats a set until they
/// are not.
/// </summary>
internal struct DistinctRows
{
    private const int ScanLimit = 16;

    private readonly List<int> rows;
    private HashSet<int>? seen;

    public DistinctRows(int capacity) => (rows, seen) = (new List<int>(capacity), null);

    public void Add(int row)
    {
        if (seen is null && rows.Count >= ScanLimit)
        {
            seen = new HashSet<int>(rows);
        }

        if (seen is null ? !rows.Contains(row) : seen.Add(row))
        {
            rows.Add(row);
        }
    }

    public int[] ToArray() => rows.ToArray();
}
