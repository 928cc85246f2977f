using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Parsing;

/// <summary>
/// Parses one data file into specs: a .json file holds one record, a packed .jsonl file (JSON Lines) one record per line,
/// each in the same schema. The kind of each record comes from its <c>$schema</c>.
/// </summary>
internal static class DataFileParser
{
    /// <summary>The extension of packed files: JSON Lines, one record a line.</summary>
    public const string PackedExtension = ".jsonl";

    /// <summary>Larger packed files are rejected with a diagnostic: a packed file is meant to hold thousands of records, not a whole world.</summary>
    public const int MaxPackedFileChars = 64 * 1024 * 1024;

    /// <summary>A packed file with more records is rejected with a diagnostic; the world's 170,250 records fit in two.</summary>
    public const int MaxPackedRecords = 100_000;

    public static ParsedDataFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var context = new ParseContext(path, text ?? SourceText.From(string.Empty));
        if (text is null)
        {
            context.Report(DiagnosticDescriptors.MalformedJson, context.Locate(0, 0), "the file could not be read");
            return Result(context);
        }

        if (path.EndsWith(PackedExtension, StringComparison.OrdinalIgnoreCase))
        {
            return ParsePacked(path, text, cancellationToken);
        }

        if (text.Length > JsonTreeReader.MaxFileChars)
        {
            context.Report(DiagnosticDescriptors.LimitExceeded, context.Locate(0, 0), $"{text.Length} characters, over the {JsonTreeReader.MaxFileChars} allowed");
            return Result(context);
        }

        var whole = text.ToString();
        var record = ReadRecord(whole, 0, whole.Length, new PropertyNames(), pool: null, context, cancellationToken, packed: false);
        return Result(context, record);
    }

    /// <summary>
    /// Each non-blank line is a record read on its own, located in the file (its line, its columns), so a broken line
    /// costs that record only.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static ParsedDataFile ParsePacked(string path, SourceText text, CancellationToken cancellationToken)
    {
        var fileContext = new ParseContext(path, text);
        if (text.Length > MaxPackedFileChars)
        {
            fileContext.Report(DiagnosticDescriptors.LimitExceeded, fileContext.Locate(0, 0), $"{text.Length} characters, over the {MaxPackedFileChars} allowed in a packed file");
            return Result(fileContext);
        }

        var records = new List<ParsedRecord>();
        var diagnostics = new List<DiagnosticInfo>();
        var names = new PropertyNames();
        var pool = new JsonNodePool();
        var whole = text.ToString();
        var count = 0;
        // Lines end at '\n' only (JSON Lines): a JSON string may hold U+2028 or U+0085 as written, which SourceText would
        // also count as line breaks. A '\r' before the '\n' is white space to the JSON reader. Each line is read where
        // it lies in the file's text, not copied out.
        for (int start = 0, end; start < whole.Length; start = end + 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            end = whole.IndexOf('\n', start);
            end = end < 0 ? whole.Length : end;
            if (IsBlank(whole, start, end, firstInFile: start == 0))
            {
                continue;
            }

            if (++count > MaxPackedRecords)
            {
                fileContext.Report(DiagnosticDescriptors.LimitExceeded, fileContext.Locate(start, end), $"more than {MaxPackedRecords} records in a packed file; split it");
                diagnostics.AddRange(fileContext.Diagnostics);
                break;
            }

            var context = new ParseContext(path, text, start);
            var record = ReadRecord(whole, start, end - start, names, pool, context, cancellationToken, packed: true);
            diagnostics.AddRange(context.Diagnostics);
            if (record is not null)
            {
                records.Add(record);
            }
        }

        return new ParsedDataFile(path, records.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Parses a packed file from its bytes as <see cref="Parse"/> parses the text a UTF-8 reader decodes them to (a UTF-8
    /// byte order mark dropped, bytes that are not UTF-8 read as U+FFFD), without decoding the file into one string: the
    /// build step reads packed files this way, and an ASCII line goes to the JSON reader as the bytes it is. Returns null
    /// where the text must be parsed instead: after a UTF-16 or UTF-32 byte order mark, with more bytes than a packed
    /// file may hold characters, or with a line break other than LF and CR LF (a lone CR, U+0085, U+2028, U+2029), which
    /// would move the lines that locations count.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static ParsedDataFile? ParsePackedUtf8(string path, byte[] bytes, int length, CancellationToken cancellationToken)
    {
        if (StartsWithUtf16Or32ByteOrderMark(bytes, length))
        {
            return null;
        }

        var first = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (length - first > MaxPackedFileChars || HasOtherLineBreaks(bytes, first, length))
        {
            return null;
        }

        var records = new List<ParsedRecord>();
        var diagnostics = new List<DiagnosticInfo>();
        var names = new PropertyNames();
        var pool = new JsonNodePool();
        var count = 0;
        var nextLineOffset = 0;
        for (int start = first, end, line = 0; start < length; start = end + 1, line++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            end = Array.IndexOf(bytes, (byte)'\n', start, length - start);
            end = end < 0 ? length : end;
            // The text's offset of the line's first character: a line's characters, then its LF.
            var offset = nextLineOffset;
            var text = IsAscii(bytes, start, end) ? null : Encoding.UTF8.GetString(bytes, start, end - start);
            var characters = text?.Length ?? end - start;
            nextLineOffset += characters + 1;
            if (text is null ? IsBlankAscii(bytes, start, end) : IsBlank(text, 0, characters, firstInFile: offset == 0))
            {
                continue;
            }

            var context = ParseContext.ForLine(path, offset, line);
            if (++count > MaxPackedRecords)
            {
                context.Report(DiagnosticDescriptors.LimitExceeded, context.Locate(0, characters), $"more than {MaxPackedRecords} records in a packed file; split it");
                diagnostics.AddRange(context.Diagnostics);
                break;
            }

            var record = text is null
                ? ReadAsciiRecord(bytes, start, end - start, names, pool, context, cancellationToken)
                : ReadRecord(text, 0, characters, names, pool, context, cancellationToken, packed: true);
            diagnostics.AddRange(context.Diagnostics);
            if (record is not null)
            {
                records.Add(record);
            }
        }

        return new ParsedDataFile(path, records.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>FE FF, FF FE (UTF-16, or UTF-32 little-endian after it) or 00 00 FE FF: a reader decodes these files from UTF-16 or UTF-32.</summary>
    private static bool StartsWithUtf16Or32ByteOrderMark(byte[] bytes, int length) =>
        (length >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)))
        || (length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF);

    /// <summary>
    /// A CR not followed by LF, or the UTF-8 of U+0085, U+2028 or U+2029: each starts a line for SourceText, inside what a
    /// packed file holds as one line. (Each of those characters has only this one encoding in UTF-8.)
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool HasOtherLineBreaks(byte[] bytes, int start, int length)
    {
        var span = new ReadOnlySpan<byte>(bytes, 0, length);
        for (var i = start; i < length; i++)
        {
            var found = span.Slice(i).IndexOfAny((byte)'\r', (byte)0xC2, (byte)0xE2);
            if (found < 0)
            {
                return false;
            }

            i += found;
            var next = i + 1 < length ? bytes[i + 1] : -1;
            if ((bytes[i] == '\r' && next != '\n')
                || (bytes[i] == 0xC2 && next == 0x85)
                || (bytes[i] == 0xE2 && next == 0x80 && i + 2 < length && bytes[i + 2] is 0xA8 or 0xA9))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool IsAscii(byte[] bytes, int start, int end)
    {
        var span = new ReadOnlySpan<byte>(bytes, start, end - start);
        var words = MemoryMarshal.Cast<byte, ulong>(span);
        foreach (var word in words)
        {
            if ((word & 0x8080808080808080UL) != 0)
            {
                return false;
            }
        }

        for (var i = words.Length * sizeof(ulong); i < span.Length; i++)
        {
            if (span[i] >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An ASCII line of white space only, as <see cref="IsBlank"/> reads it.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsBlankAscii(byte[] bytes, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace((char)bytes[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A line that holds only white space (and, on the first line, the byte order mark) is no record.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsBlank(string text, int start, int end, bool firstInFile)
    {
        var byteOrderMarks = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (firstInFile && text[i] == '\uFEFF' && ++byteOrderMarks == 1)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// One record's text, <paramref name="length"/> characters at <paramref name="start"/> (a whole .json file, or one
    /// line of a packed file): its spec, or null when it has an error.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static ParsedRecord? ReadRecord(string text, int start, int length, PropertyNames names, JsonNodePool? pool, ParseContext context, CancellationToken cancellationToken, bool packed)
    {
        JsonNode root;
        try
        {
            root = JsonTreeReader.Read(text, start, length, names, pool, cancellationToken);
        }
        catch (JsonTreeReader.ReadError e)
        {
            ReportReadError(e, length, context, packed);
            return null;
        }

        return RecordOf(root, context, cancellationToken, packed);
    }

    /// <summary>A line of a packed file, <paramref name="length"/> ASCII bytes at <paramref name="start"/>, read as <see cref="ReadRecord"/> reads its text.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static ParsedRecord? ReadAsciiRecord(byte[] bytes, int start, int length, PropertyNames names, JsonNodePool pool, ParseContext context, CancellationToken cancellationToken)
    {
        JsonNode root;
        try
        {
            root = JsonTreeReader.ReadAscii(bytes, start, length, names, pool, cancellationToken);
        }
        catch (JsonTreeReader.ReadError e)
        {
            ReportReadError(e, length, context, packed: true);
            return null;
        }

        return RecordOf(root, context, cancellationToken, packed: true);
    }

    private static void ReportReadError(JsonTreeReader.ReadError e, int length, ParseContext context, bool packed)
    {
        var descriptor = e.IsLimit ? DiagnosticDescriptors.LimitExceeded : DiagnosticDescriptors.MalformedJson;
        // A record spread over several lines stops, still open, at the end of its first: say what the form wants.
        // The reader places that stop past the line's white space, or on its last character (a comma) when none follows.
        var hint = packed && !e.IsLimit && e.Unclosed && e.CharOffset >= length - 1 ? "; a packed (.jsonl) file holds each record whole on one line" : string.Empty;
        context.Report(descriptor, context.Locate(e.CharOffset, e.CharOffset), e.Message + hint);
    }

    [MethodImpl(HotPath.Optimized)]
    private static ParsedRecord? RecordOf(JsonNode root, ParseContext context, CancellationToken cancellationToken, bool packed)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (rootField, what) = packed ? (FieldReader.PackedRootField, "the record") : (FieldReader.RootField, "the data file");
        var file = FieldReader.ForObject(root, rootField, what, "the schema its $schema names", context);
        var schema = file?.String("$schema", required: true);
        if (file is null || schema is null)
        {
            return null;
        }

        var kind = KindOf(schema);
        file.What = $"the {kind}";
        file.Schema = schema;
        ParsedRecord record;
        switch (kind)
        {
            case "country":
                record = new ParsedRecord(Country: ReadCountry(file));
                break;
            case "relation":
                record = new ParsedRecord(Relation: ReadRelation(file));
                break;
            case "event":
                record = new ParsedRecord(Event: ReadEvent(file));
                break;
            case "reference":
                record = new ParsedRecord(Reference: ReadReference(file));
                break;
            case "region":
                record = new ParsedRecord(Region: ReadRegion(file));
                break;
            default:
                context.Report(DiagnosticDescriptors.UnknownSchema, file.LocationOf("$schema")!.Value, schema);
                return null;
        }

        file.RejectUnknownFields();

        // A record with an error contributes nothing, so no partial record is ever emitted.
        return context.HasErrors ? null : record;
    }

    /// <summary>"../schema/country.schema.json" → "country"; a name without the ".schema.json" suffix names no kind.</summary>
    private static string KindOf(string schema)
    {
        var name = schema.Substring(schema.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        const string suffix = ".schema.json";
        return name.EndsWith(suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - suffix.Length) : string.Empty;
    }

    private static ParsedDataFile Result(ParseContext context, ParsedRecord? record = null) =>
        new(context.Path, record is null ? default : new[] { record }.ToEquatableArray(), context.Diagnostics.ToEquatableArray());

    // Each reader below is a validation pass, then a build: it reads every field first (each read reports its own
    // problem, so one file shows all of them), and builds the spec only when every required field was readable.

    [MethodImpl(HotPath.Optimized)]
    private static CountrySpec? ReadCountry(FieldReader f)
    {
        var id = f.LocatedString("id");
        var previousIds = f.LocatedStrings("previousIds", required: false);
        var alpha2 = f.LocatedString("alpha2");
        var alpha3 = f.LocatedString("alpha3");
        var numeric = f.Count("numeric", required: false);
        var shortName = f.String("shortName", required: true);
        var officialName = f.String("officialName", required: false);
        var isoName = f.String("isoName", required: false);
        var commonName = f.String("commonName", required: false);
        var alpha4 = f.LocatedString("alpha4", required: false);
        var withdrawn = f.Date("withdrawn", required: false);
        var otherNames = f.Strings("otherNames");
        var localizedNamesSource = f.LocatedString("localizedNamesSource", required: false);
        var localizedNames = LocalizedNames(f, "localizedNames");
        var localizedShortNames = LocalizedNames(f, "localizedShortNames");
        var localizedVariantNames = LocalizedNames(f, "localizedVariantNames");
        var memberships = CitedTexts(f, "memberships");
        var notes = CitedTexts(f, "notes");
        var citations = f.Citations();
        var since = f.Date("since", required: false);
        var succession = f.Object("succession", "the succession", required: false) is { } s ? ReadSuccession(s) : null;
        var region = f.LocatedString("region", required: false);
        if (id is null || alpha2 is null || alpha3 is null || shortName is null)
        {
            return null;
        }

        var own = new[] { shortName, officialName, isoName, commonName }.Concat(otherNames)
            .Concat(new[] { alpha2.Value, alpha3.Value, alpha4?.Value, id.Value }).Concat(previousIds.Select(p => p.Value));
        var localized = localizedNames.Concat(localizedShortNames).Concat(localizedVariantNames).Select(n => n.Name);
        return new CountrySpec(
            id, previousIds, alpha2, alpha3, numeric, f.LocationOf("numeric"), shortName, officialName, isoName, commonName, alpha4, withdrawn,
            otherNames, localizedNamesSource, localizedNames, localizedShortNames, localizedVariantNames, memberships, notes, citations, since, succession, f.Location)
        {
            SearchNames = SearchNames(own, localized),
            Region = region,
        };
    }

    [MethodImpl(HotPath.Optimized)]
    private static RegionSpec? ReadRegion(FieldReader f)
    {
        var id = f.LocatedString("id");
        var code = f.LocatedString("code");
        var name = f.String("name", required: true);
        var parent = f.LocatedString("parent", required: false);
        var localizedNamesSource = f.LocatedString("localizedNamesSource", required: false);
        var localizedNames = LocalizedNames(f, "localizedNames");
        var citations = f.Citations();
        return id is null || code is null || name is null ? null : new RegionSpec(id, code, name, parent, localizedNamesSource, localizedNames, citations, f.Location);
    }

    /// <summary>Each distinct folded name once, own names first, in the order given.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static EquatableArray<SearchName> SearchNames(IEnumerable<string?> own, IEnumerable<string> localized)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<SearchName>();
        foreach (var (name, isOwn) in own.Select(n => (n, true)).Concat(localized.Select(n => ((string?)n, false))))
        {
            if (name is not null && NameFolding.Fold(name) is { Length: > 0 } folded && seen.Add(folded))
            {
                names.Add(new SearchName(folded, name, isOwn));
            }
        }

        return names.ToEquatableArray();
    }

    private static EquatableArray<LocalizedNameSpec> LocalizedNames(FieldReader f, string field) =>
        f.StringMap(field, CultureNames.IsValid, CultureNames.Description).Select(pair => new LocalizedNameSpec(pair.Key, pair.Value)).ToEquatableArray();

    [MethodImpl(HotPath.Optimized)]
    private static SuccessionSpec ReadSuccession(FieldReader f)
    {
        var successors = f.LocatedStrings("successors", required: true);
        var kind = f.Choice("kind", Vocabulary.SuccessionKinds, required: false);
        var note = f.String("note", required: false);
        var spec = new SuccessionSpec(successors, kind, note, f.Citations(), f.Location);
        f.RejectUnknownFields();
        return spec;
    }

    [MethodImpl(HotPath.Optimized)]
    private static ReferenceSpec? ReadReference(FieldReader f)
    {
        var id = f.LocatedString("id");
        var type = f.String("type", required: true);
        var title = f.String("title", required: true);
        var containerTitle = f.String("container-title", required: false);
        var url = f.String("URL", required: false);
        var issued = f.Date("issued", required: false);
        var note = f.String("note", required: false);
        return id is null || type is null || title is null ? null : new ReferenceSpec(id, type, title, containerTitle, url, issued, note);
    }

    [MethodImpl(HotPath.Optimized)]
    private static RelationSpec? ReadRelation(FieldReader f)
    {
        var id = f.LocatedString("id");
        var countries = f.LocatedStrings("countries", required: true);
        if (countries.Count != 2 && f.LocationOf("countries") is { } written)
        {
            f.Report(DiagnosticDescriptors.WrongType, written, "'countries'", "an array of exactly two country ids", countries.Count == 1 ? "an array of 1 id" : $"an array of {countries.Count} ids");
        }

        var names = f.Strings("names");
        var established = f.Object("established", "the establishment", required: false) is { } e ? ReadEstablishment(e) : null;
        var statuses = f.Objects("statuses", "a status interval", ReadStatus);
        for (var i = 0; i + 1 < statuses.Count; i++)
        {
            // An interval with no end reads as ongoing; followed by a later one it would claim both held at once.
            if (statuses[i] is { To: DateText.None, EndUnknown: false } open)
            {
                var next = statuses[i + 1];
                var later = next.From == DateText.None ? $"'{Vocabulary.RelationStatuses[next.Status]}'" : $"'{Vocabulary.RelationStatuses[next.Status]}' from {DateText.Format(next.From)}";
                f.Report(DiagnosticDescriptors.OpenIntervalFollowed, open.Location, Vocabulary.RelationStatuses[open.Status], later);
            }
        }

        var recognitions = f.Objects("recognitions", "a recognition", ReadRecognition);
        var missions = f.Objects("missions", "a mission", ReadMission);
        var protectingPowers = f.Objects("protectingPowers", "a protecting power", ReadProtectingPower);
        var characterisations = CitedTexts(f, "characterisations");
        var notes = CitedTexts(f, "notes");
        var citations = f.Citations();
        if (id is null || countries.Count != 2)
        {
            return null;
        }

        return new RelationSpec(
            id, countries[0], countries[1], names, established, statuses, recognitions, missions, protectingPowers, characterisations, notes, citations, f.Location);
    }

    [MethodImpl(HotPath.Optimized)]
    private static EstablishmentSpec? ReadEstablishment(FieldReader f)
    {
        var spec = new EstablishmentSpec(f.Date("date", required: false), f.String("note", required: false), f.Citations(), f.Location);
        f.RejectUnknownFields();
        return spec;
    }

    [MethodImpl(HotPath.Optimized)]
    private static StatusSpec? ReadStatus(FieldReader f)
    {
        var status = f.Choice("status", Vocabulary.RelationStatuses, required: true);
        var from = f.Date("from", required: false);
        var toText = f.String("to", required: false);
        var endUnknown = toText == Vocabulary.UnknownEnd;
        var to = toText is null || endUnknown ? DateText.None : f.Date("to", required: false);
        if (from != DateText.None && to != DateText.None && to < from)
        {
            f.Report(DiagnosticDescriptors.IntervalEndsBeforeStart, f.LocationOf("to")!.Value, f.String("from", false)!, f.String("to", false)!);
        }

        var note = f.String("note", required: false);
        var citations = f.Citations();
        f.RejectUnknownFields();
        return status < 0 ? null : new StatusSpec(status, from, to, endUnknown, note, citations, f.Location);
    }

    [MethodImpl(HotPath.Optimized)]
    private static RecognitionSpec? ReadRecognition(FieldReader f)
    {
        var by = f.LocatedString("by");
        var of = f.LocatedString("of");
        var date = f.Date("date", required: false);
        var note = f.String("note", required: false);
        var citations = f.Citations();
        f.RejectUnknownFields();
        return by is null || of is null ? null : new RecognitionSpec(by, of, date, note, citations, f.Location);
    }

    [MethodImpl(HotPath.Optimized)]
    private static MissionSpec? ReadMission(FieldReader f)
    {
        var from = f.LocatedString("from");
        var to = f.LocatedString("to");
        var kind = f.Choice("kind", Vocabulary.MissionKinds, required: true);
        var opened = f.Date("opened", required: false);
        var closed = f.Date("closed", required: false);
        if (opened != DateText.None && closed != DateText.None && closed < opened)
        {
            f.Report(DiagnosticDescriptors.IntervalEndsBeforeStart, f.LocationOf("closed")!.Value, f.String("opened", false)!, f.String("closed", false)!);
        }

        var city = f.String("city", required: false);
        var accreditedFrom = f.String("accreditedFrom", required: false);
        var note = f.String("note", required: false);
        var citations = f.Citations();
        f.RejectUnknownFields();
        return from is null || to is null || kind < 0 ? null : new MissionSpec(from, to, kind, city, opened, closed, accreditedFrom, note, citations, f.Location);
    }

    [MethodImpl(HotPath.Optimized)]
    private static ProtectingPowerSpec? ReadProtectingPower(FieldReader f)
    {
        var protector = f.LocatedString("protector");
        var @protected = f.LocatedString("protected");
        var host = f.LocatedString("in");
        var via = f.Choice("via", Vocabulary.MissionKinds, required: true);
        var city = f.String("city", required: false);
        var citations = f.Citations();
        f.RejectUnknownFields();
        return protector is null || @protected is null || host is null || via < 0 ? null : new ProtectingPowerSpec(protector, @protected, host, via, city, citations, f.Location);
    }

    [MethodImpl(HotPath.Optimized)]
    private static EventSpec? ReadEvent(FieldReader f)
    {
        var id = f.LocatedString("id");
        var date = f.Date("date", required: true);
        var kind = f.Choice("kind", Vocabulary.EventKinds, required: true);
        var title = f.String("title", required: true);
        var summary = f.String("summary", required: true);
        var vote = f.Object("vote", "the vote", required: false) is { } v ? ReadVote(v) : null;
        var place = f.String("place", required: false);
        var countries = f.LocatedStrings("countries", required: true);
        var relations = f.LocatedStrings("relations", required: false);
        var people = f.Objects("people", "a person", ReadParticipant);
        var drafters = f.LocatedStrings("drafters", required: false);
        var notes = CitedTexts(f, "notes");
        var citations = f.Citations();
        if (id is null || date == DateText.None || kind < 0 || title is null || summary is null)
        {
            return null;
        }

        return new EventSpec(
            id, date, f.LocationOf("date") ?? f.Location, kind, title, summary, place, countries, relations, people, vote, drafters, notes, citations, f.Location);
    }

    [MethodImpl(HotPath.Optimized)]
    private static ParticipantSpec? ReadParticipant(FieldReader f)
    {
        var name = f.String("name", required: true);
        var role = f.String("role", required: false);
        var country = f.LocatedString("country", required: false);
        f.RejectUnknownFields();
        return name is null ? null : new ParticipantSpec(name, role, country);
    }

    [MethodImpl(HotPath.Optimized)]
    private static VoteSpec? ReadVote(FieldReader f)
    {
        var spec = new VoteSpec(f.Count("inFavour", true), f.Count("against", true), f.Count("abstentions", true), f.Count("absent", true));
        f.RejectUnknownFields();
        return new[] { spec.InFavour, spec.Against, spec.Abstentions, spec.Absent }.Any(n => n < 0) ? null : spec;
    }

    private static EquatableArray<CitedTextSpec> CitedTexts(FieldReader f, string name) =>
        f.Objects(name, $"an entry of '{name}'", item =>
        {
            var text = item.String("text", required: true);
            var citations = item.Citations();
            item.RejectUnknownFields();
            return text is null ? null : new CitedTextSpec(text, citations, item.Location);
        });
}
