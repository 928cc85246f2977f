using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// The property names read so far, each one string however often it is written. A packed file repeats the same dozen
/// or so names on every line, and the world's 35 packed files hold 170,250 lines: a new string for each name written
/// is millions of short strings, each garbage as soon as its record is read.
/// </summary>
internal sealed class PropertyNames
{
    /// <summary>A schema has a few dozen names; a file that keeps inventing new ones reads on, without the saving.</summary>
    private const int MaxNames = 128;

    private readonly List<KeyValuePair<byte[], string>> names = new();

    /// <summary>The name the reader is on (a <see cref="JsonTokenType.PropertyName"/>), decoded.</summary>
    [MethodImpl(HotPath.Optimized)]
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        var written = reader.ValueSpan;
        foreach (var name in names)
        {
            if (written.SequenceEqual(name.Key))
            {
                return name.Value;
            }
        }

        var text = reader.GetString()!;
        if (names.Count < MaxNames)
        {
            names.Add(new KeyValuePair<byte[], string>(written.ToArray(), text));
        }

        return text;
    }
}
