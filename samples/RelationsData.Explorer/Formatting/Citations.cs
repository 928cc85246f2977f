using System.Collections.Generic;
using System.Linq;

namespace RelationsData.Explorer.Formatting;

/// <summary>Numbers references in the order a card first cites them, like footnotes.</summary>
internal sealed class Citations
{
    private readonly List<Reference> order = new();

    public IReadOnlyList<Reference> All => order;

    public string Mark(IEnumerable<Reference> references)
    {
        var numbers = new List<int>();
        foreach (var reference in references)
        {
            var index = order.IndexOf(reference);
            if (index < 0)
            {
                order.Add(reference);
                index = order.Count - 1;
            }

            numbers.Add(index + 1);
        }

        return string.Concat(numbers.Distinct().Select(n => $"[{n}]"));
    }
}
