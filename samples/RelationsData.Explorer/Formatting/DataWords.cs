using System;
using System.Text;

namespace RelationsData.Explorer.Formatting;

/// <summary>Enum members as the data files spell them: NonResident → non-resident.</summary>
internal static class DataWords
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var builder = new StringBuilder();
        foreach (var c in value.ToString())
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
