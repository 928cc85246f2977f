using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace RelationsData.Generator.Parsing;

/// <summary>Reads a whole data file into a <see cref="JsonNode"/> tree with character spans, without recursion.</summary>
internal static class JsonTreeReader
{
    /// <summary>Deeper documents are rejected with a diagnostic rather than risking the compiler's stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// An array or object with more entries is rejected with a diagnostic: a record lists at most a few hundred
    /// countries or citations, and a runaway list (a million array items fit under the size limit) must not become
    /// a million-entry table or a million diagnostics.
    /// </summary>
    public const int MaxEntries = 10_000;

    /// <summary>Larger files are rejected with a diagnostic: one data file holds one record.</summary>
    public const int MaxFileChars = 4 * 1024 * 1024;

    public sealed class ReadError : Exception
    {
        public ReadError(string message, int charOffset, bool isLimit, bool unclosed = false)
            : base(message) => (CharOffset, IsLimit, Unclosed) = (charOffset, isLimit, unclosed);

        public int CharOffset { get; }

        public bool IsLimit { get; }

        /// <summary>An object or array was still open where the reader stopped.</summary>
        public bool Unclosed { get; }
    }

    public static JsonNode Read(string text, CancellationToken cancellationToken) => Read(text, 0, text.Length, new PropertyNames(), null, cancellationToken);

    /// <summary>
    /// Reads the value written at <paramref name="start"/> in <paramref name="text"/> (a whole file, or one line of a
    /// packed file), with offsets counted from <paramref name="start"/>. With a <paramref name="pool"/>, the tree is made
    /// of its nodes, and is good until the next read from the same pool.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static JsonNode Read(string text, int start, int length, PropertyNames names, JsonNodePool? pool, CancellationToken cancellationToken)
    {
        // A host may hand over text that still starts with the byte order mark; read it as the white space it is
        // meant to be, one character for one, so that columns stay those of the file.
        if (length > 0 && text[start] == '\uFEFF')
        {
            text = " " + text.Substring(start + 1, length - 1);
            start = 0;
        }

        // A pooled buffer, returned after the record: the tree keeps strings, never the bytes.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            var byteCount = Encoding.UTF8.GetBytes(text, start, length, buffer, 0);
            pool?.Reset();
            return Read(buffer, 0, byteCount, new TextPositions(text, start, length, byteCount), names, pool, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads the value written in <paramref name="length"/> bytes at <paramref name="start"/> of <paramref name="bytes"/>,
    /// every one of them ASCII, so that a byte is a character: a line of a packed file read from its bytes, not decoded
    /// into a string first. Offsets are counted from <paramref name="start"/>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static JsonNode ReadAscii(byte[] bytes, int start, int length, PropertyNames names, JsonNodePool? pool, CancellationToken cancellationToken)
    {
        pool?.Reset();
        return Read(bytes, start, length, TextPositions.OfAscii(length), names, pool, cancellationToken);
    }

    [MethodImpl(HotPath.Optimized)]
    private static JsonNode Read(byte[] buffer, int byteStart, int byteCount, TextPositions positions, PropertyNames names, JsonNodePool? pool, CancellationToken cancellationToken)
    {
        var bytes = new ReadOnlySpan<byte>(buffer, byteStart, byteCount);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var stack = new Stack<JsonNode>();
        string? pendingName = null;
        int pendingNameStart = 0, pendingNameEnd = 0;
        JsonNode? root = null;
        try
        {
            var tokens = 0;
            while (reader.Read())
            {
                // A big file takes milliseconds to read; checking every 4096 tokens keeps an edit in the IDE responsive.
                if ((++tokens & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var start = positions.CharOffsetOf((int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = names.Read(ref reader);
                        pendingNameStart = start;
                        // The name's own text with its quotes, as written (escapes included), not the colon after it.
                        pendingNameEnd = positions.CharOffsetOf((int)reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop().End = positions.CharOffsetOf((int)reader.BytesConsumed);
                        continue;
                }

                // An object or array node comes with its empty list.
                var node = pool?.Node(reader.TokenType, start) ?? new JsonNode(reader.TokenType, start);
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        node.Text = reader.GetString();
                        break;
                    case JsonTokenType.Number:
                        node.Text = Encoding.UTF8.GetString(buffer, byteStart + (int)reader.TokenStartIndex, reader.ValueSpan.Length);
                        break;
                }

                if (node.Members is null && node.Items is null)
                {
                    node.End = positions.CharOffsetOf((int)reader.BytesConsumed);
                }

                if (stack.Count > 0 && stack.Peek() is { } parent && (parent.Members?.Count ?? parent.Items!.Count) >= MaxEntries)
                {
                    throw new ReadError($"an array or object has more than {MaxEntries} entries", parent.Start, isLimit: true);
                }

                if (stack.Count == 0)
                {
                    root = node;
                }
                else if (stack.Peek().Members is { } members)
                {
                    members.Add(pool?.Member(pendingName!, pendingNameStart, pendingNameEnd, node) ?? new JsonMember(pendingName!, pendingNameStart, pendingNameEnd, node));
                }
                else
                {
                    stack.Peek().Items!.Add(node);
                }

                if (node.Members is not null || node.Items is not null)
                {
                    stack.Push(node);
                }
            }
        }
        catch (JsonException e)
        {
            var offset = ByteOffsetOfLine(bytes, (int)(e.LineNumber ?? 0)) + (int)(e.BytePositionInLine ?? 0);
            var isLimit = reader.CurrentDepth >= MaxDepth - 1;
            throw new ReadError(Describe(e, isLimit), positions.CharOffsetOf(Math.Min(offset, bytes.Length)), isLimit, unclosed: stack.Count > 0);
        }
        catch (InvalidOperationException)
        {
            // GetString rejects escapes that decode to invalid UTF-16: a lone surrogate is not text UTF-8 can hold.
            throw new ReadError(
                "the string holds a \\uD800-\\uDFFF escape that is not half of a surrogate pair; write the character itself or a valid pair",
                positions.CharOffsetOf((int)reader.TokenStartIndex),
                isLimit: false);
        }

        return root ?? throw new ReadError("the file is empty", 0, isLimit: false);
    }

    private static string Describe(JsonException e, bool isLimit)
    {
        if (isLimit)
        {
            return $"values are nested deeper than {MaxDepth} levels";
        }

        // The reader's wording speaks of reader options; a person editing a data file needs the fix instead.
        var message = e.Message;
        if (message.IndexOf("trailing comma", StringComparison.Ordinal) >= 0)
        {
            return "a comma before the closing bracket; remove it";
        }

        if (message.IndexOf("does not contain any JSON tokens", StringComparison.Ordinal) >= 0)
        {
            return "the file is empty or holds only white space; write one JSON object";
        }

        if (message.StartsWith("'/' is invalid", StringComparison.Ordinal))
        {
            return "comments are not allowed in data files; use a 'note' field";
        }

        // Drop the reader's own "LineNumber: … | BytePositionInLine: …" suffix: the diagnostic's location says it in characters.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd('.', ' ');
    }

    private static int ByteOffsetOfLine(ReadOnlySpan<byte> bytes, int line)
    {
        var offset = 0;
        for (var current = 0; current < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                current++;
            }
        }

        return offset;
    }
}
