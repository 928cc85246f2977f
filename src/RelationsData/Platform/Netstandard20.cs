// The few APIs of net8.0 that the library calls and netstandard2.0 lacks, for that target only, so that the code is
// written once. Language polyfills (init, nullable attributes, CallerArgumentExpression) come from PolySharp.
#if NETSTANDARD2_0
using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace RelationsData.Platform;

/// <summary><c>ArgumentNullException.ThrowIfNull</c>, as a C# 14 static extension of the exception type.</summary>
internal static class ArgumentNullExceptionExtensions
{
    extension(ArgumentNullException)
    {
        /// <summary>Throws when <paramref name="argument"/> is null.</summary>
        public static void ThrowIfNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }
}

/// <summary><see cref="Encoding"/> over spans, through pointers: no copy of the bytes.</summary>
internal static class EncodingExtensions
{
    public static unsafe string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* start = bytes)
        {
            return encoding.GetString(start, bytes.Length);
        }
    }

    public static unsafe int GetChars(this Encoding encoding, ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (bytes.IsEmpty)
        {
            return 0;
        }

        fixed (byte* source = bytes)
        fixed (char* target = chars)
        {
            return encoding.GetChars(source, bytes.Length, target, chars.Length);
        }
    }
}
#endif
