using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using RelationsData.Generator;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;

namespace RelationsData.Build;

/// <summary>
/// A parsed data file as bytes (ParsedFileStore keeps one such file in obj/ per data file): every spec, every
/// location and every diagnostic of the parse, behind a header that names the data file, the length and write time it
/// was parsed at, and the parser that parsed it. Reading it back gives a file equal to the parse
/// (ParsedFileFormatTests checks every field of every kind), so the link and the tables cannot tell the two apart.
/// </summary>
internal static class ParsedFileFormat
{
    /// <summary>"RDPF" and the layout's version: a change to the layout below changes it.</summary>
    private const int Magic = 0x46504452;
    private const int LayoutVersion = 1;

    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    public static void Write(Stream stream, ParsedDataFile file, FileStamp stamp, Guid parser)
    {
        using var writer = new Writer();
        writer.Write(Magic);
        writer.Write(LayoutVersion);
        writer.Write(parser.ToByteArray());
        writer.Write(file.Path);
        writer.Write(stamp.Length);
        writer.Write(stamp.LastWriteTicks);
        writer.Records(file.Records);
        writer.Compact(file.Diagnostics.Count);
        foreach (var diagnostic in file.Diagnostics)
        {
            writer.Write(diagnostic.Descriptor.Id);
            writer.OptionalLocation(diagnostic.Location);
            writer.Strings(diagnostic.MessageArgs);
            writer.OptionalLocation(diagnostic.RelatedLocation);
        }

        writer.WriteTo(stream);
    }

    /// <summary>
    /// The parse kept in <paramref name="bytes"/>, or null when it is of another file, another stamp, another parser
    /// or another layout. Bytes cut short or garbled throw InvalidDataException.
    /// </summary>
    public static ParsedDataFile? Read(byte[] bytes, string path, FileStamp stamp, Guid parser) => Read(bytes, bytes.Length, path, stamp, parser);

    /// <summary>
    /// As <see cref="Read(byte[], string, FileStamp, Guid)"/>, from the first <paramref name="length"/> bytes of
    /// <paramref name="bytes"/> (a pooled array).
    /// </summary>
    public static ParsedDataFile? Read(byte[] bytes, int length, string path, FileStamp stamp, Guid parser)
    {
        var reader = new Reader(bytes, length, path);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != LayoutVersion || new Guid(reader.ReadBytes(16)) != parser
            || reader.ReadString() != path || reader.ReadInt64() != stamp.Length || reader.ReadInt64() != stamp.LastWriteTicks)
        {
            return null;
        }

        var records = reader.Records();
        var diagnostics = new DiagnosticInfo[reader.Length()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var id = reader.ReadString();
            var descriptor = DescriptorsById.TryGetValue(id, out var known) ? known : throw new InvalidDataException($"unknown diagnostic id {id}");
            diagnostics[i] = new DiagnosticInfo(descriptor, reader.OptionalLocation(), reader.Strings(), reader.OptionalLocation());
        }

        // Written whole (ParsedFileStore writes under another name, then moves), so a shorter or longer file is not one.
        return reader.AtEnd ? new ParsedDataFile(path, records, Array(diagnostics)) : throw new InvalidDataException("bytes after the kept parse");
    }

    private static EquatableArray<T> Array<T>(T[] items)
        where T : IEquatable<T> => items.Length == 0 ? default : new EquatableArray<T>(ImmutableArray.Create(items));

    /// <summary>The record kinds, one byte before each record.</summary>
    private enum Kind : byte
    {
        Country,
        Relation,
        Event,
        Reference,
        Region,
    }

    /// <summary>
    /// Writes into one growing array from the shared pool, in BinaryWriter's encoding (little-endian integers, strings as
    /// their UTF-8 length seven bits a byte and then their bytes), without a call through a stream per value.
    /// </summary>
    /// <remarks>
    /// Pooled because a world-scale file's copy is megabytes: an array of its own per file, on the large object heap,
    /// set off a full collection of the whole parsed model every few files, which paused the link and the tables beside.
    /// </remarks>
    private sealed class Writer : IDisposable
    {
        // Every location of a file names the same path: written once, then by number.
        private readonly Dictionary<string, int> paths = new(StringComparer.Ordinal);
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        private int used;

        public void WriteTo(Stream stream) => stream.Write(buffer, 0, used);

        public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

        [MethodImpl(HotPath.Optimized)]
        public void Write(byte value)
        {
            Ensure(1);
            buffer[used++] = value;
        }

        [MethodImpl(HotPath.Optimized)]
        public void Write(bool value) => Write((byte)(value ? 1 : 0));

        [MethodImpl(HotPath.Optimized)]
        public void Write(int value)
        {
            Ensure(4);
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(used), value);
            used += 4;
        }

        public void Write(long value)
        {
            Write((int)value);
            Write((int)(value >> 32));
        }

        public void Write(byte[] value)
        {
            Ensure(value.Length);
            Buffer.BlockCopy(value, 0, buffer, used, value.Length);
            used += value.Length;
        }

        [MethodImpl(HotPath.Optimized)]
        public void Write(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Compact(length);
            Ensure(length);
            used += Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, used);
        }

        /// <summary>An integer seven bits a byte, low bits first, as BinaryWriter.Write7BitEncodedInt writes it.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Compact(int value)
        {
            Ensure(5);
            var rest = (uint)value;
            while (rest >= 0x80)
            {
                buffer[used++] = (byte)(rest | 0x80);
                rest >>= 7;
            }

            buffer[used++] = (byte)rest;
        }

        [MethodImpl(HotPath.Optimized)]
        private void Ensure(int count)
        {
            if (buffer.Length - used < count)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, used + count));
                Buffer.BlockCopy(buffer, 0, larger, 0, used);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        public void Records(EquatableArray<ParsedRecord> records)
        {
            Compact(records.Count);
            foreach (var record in records)
            {
                switch (record)
                {
                    case { Country: { } country }:
                        Write((byte)Kind.Country);
                        Country(country);
                        break;
                    case { Relation: { } relation }:
                        Write((byte)Kind.Relation);
                        Relation(relation);
                        break;
                    case { Event: { } @event }:
                        Write((byte)Kind.Event);
                        Event(@event);
                        break;
                    case { Reference: { } reference }:
                        Write((byte)Kind.Reference);
                        Reference(reference);
                        break;
                    case { Region: { } region }:
                        Write((byte)Kind.Region);
                        Region(region);
                        break;
                    default:
                        throw new InvalidOperationException("A parsed record holds no spec.");
                }
            }
        }

        [MethodImpl(HotPath.Optimized)]
        public void Location(LocationInfo location)
        {
            if (paths.TryGetValue(location.FilePath, out var number))
            {
                Compact(number);
            }
            else
            {
                Compact(paths.Count);
                paths.Add(location.FilePath, paths.Count);
                Write(location.FilePath);
            }

            Compact(location.Start);
            Compact(location.Length);
            Compact(location.StartLine);
            Compact(location.StartColumn);
            Compact(location.EndLine);
            Compact(location.EndColumn);
        }

        [MethodImpl(HotPath.Optimized)]
        public void OptionalLocation(LocationInfo? location)
        {
            Write(location.HasValue);
            if (location is { } value)
            {
                Location(value);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        public void Strings(EquatableArray<string> values)
        {
            Compact(values.Count);
            foreach (var value in values)
            {
                Write(value);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void Optional(string? value)
        {
            Write(value is not null);
            if (value is not null)
            {
                Write(value);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void Located(LocatedString value)
        {
            Write(value.Value);
            Location(value.Location);
        }

        [MethodImpl(HotPath.Optimized)]
        private void OptionalLocated(LocatedString? value)
        {
            Write(value is not null);
            if (value is not null)
            {
                Located(value);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void List<T>(EquatableArray<T> items, Action<T> write)
            where T : IEquatable<T>
        {
            Compact(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private void Located(EquatableArray<LocatedString> values) => List(values, Located);

        [MethodImpl(HotPath.Optimized)]
        private void CitedTexts(EquatableArray<CitedTextSpec> texts) => List(texts, text =>
        {
            Write(text.Text);
            Located(text.Citations);
            Location(text.Location);
        });

        [MethodImpl(HotPath.Optimized)]
        private void LocalizedNames(EquatableArray<LocalizedNameSpec> names) => List(names, name =>
        {
            Write(name.Culture);
            Write(name.Name);
        });

        [MethodImpl(HotPath.Optimized)]
        private void Country(CountrySpec c)
        {
            Located(c.Id);
            Located(c.PreviousIds);
            Located(c.Alpha2);
            Located(c.Alpha3);
            Write(c.Numeric);
            OptionalLocation(c.NumericLocation);
            Write(c.ShortName);
            Optional(c.OfficialName);
            Optional(c.IsoName);
            Optional(c.CommonName);
            OptionalLocated(c.Alpha4);
            Write(c.Withdrawn);
            Strings(c.OtherNames);
            OptionalLocated(c.LocalizedNamesSource);
            LocalizedNames(c.LocalizedNames);
            LocalizedNames(c.LocalizedShortNames);
            LocalizedNames(c.LocalizedVariantNames);
            CitedTexts(c.Memberships);
            CitedTexts(c.Notes);
            Located(c.Citations);
            Write(c.Since);
            Write(c.Succession is not null);
            if (c.Succession is { } succession)
            {
                Located(succession.Successors);
                Write(succession.Kind);
                Optional(succession.Note);
                Located(succession.Citations);
                Location(succession.Location);
            }

            Location(c.Location);
            List(c.SearchNames, name =>
            {
                Write(name.Folded);
                Write(name.Name);
                Write(name.Own);
            });
            OptionalLocated(c.Region);
        }

        [MethodImpl(HotPath.Optimized)]
        private void Region(RegionSpec r)
        {
            Located(r.Id);
            Located(r.Code);
            Write(r.Name);
            OptionalLocated(r.Parent);
            OptionalLocated(r.LocalizedNamesSource);
            LocalizedNames(r.LocalizedNames);
            Located(r.Citations);
            Location(r.Location);
        }

        [MethodImpl(HotPath.Optimized)]
        private void Reference(ReferenceSpec r)
        {
            Located(r.Id);
            Write(r.Type);
            Write(r.Title);
            Optional(r.ContainerTitle);
            Optional(r.Url);
            Write(r.Issued);
            Optional(r.Note);
        }

        [MethodImpl(HotPath.Optimized)]
        private void Relation(RelationSpec r)
        {
            Located(r.Id);
            Located(r.First);
            Located(r.Second);
            Strings(r.Names);
            Write(r.Established is not null);
            if (r.Established is { } established)
            {
                Write(established.Date);
                Optional(established.Note);
                Located(established.Citations);
                Location(established.Location);
            }

            List(r.Statuses, s =>
            {
                Write(s.Status);
                Write(s.From);
                Write(s.To);
                Write(s.EndUnknown);
                Optional(s.Note);
                Located(s.Citations);
                Location(s.Location);
            });
            List(r.Recognitions, x =>
            {
                Located(x.By);
                Located(x.Of);
                Write(x.Date);
                Optional(x.Note);
                Located(x.Citations);
                Location(x.Location);
            });
            List(r.Missions, m =>
            {
                Located(m.From);
                Located(m.To);
                Write(m.Kind);
                Optional(m.City);
                Write(m.Opened);
                Write(m.Closed);
                Optional(m.AccreditedFrom);
                Optional(m.Note);
                Located(m.Citations);
                Location(m.Location);
            });
            List(r.ProtectingPowers, p =>
            {
                Located(p.Protector);
                Located(p.Protected);
                Located(p.Host);
                Write(p.Via);
                Optional(p.City);
                Located(p.Citations);
                Location(p.Location);
            });
            CitedTexts(r.Characterisations);
            CitedTexts(r.Notes);
            Located(r.Citations);
            Location(r.Location);
        }

        [MethodImpl(HotPath.Optimized)]
        private void Event(EventSpec e)
        {
            Located(e.Id);
            Write(e.Date);
            Location(e.DateLocation);
            Write(e.Kind);
            Write(e.Title);
            Write(e.Summary);
            Optional(e.Place);
            Located(e.Countries);
            Located(e.Relations);
            List(e.People, p =>
            {
                Write(p.Name);
                Optional(p.Role);
                OptionalLocated(p.Country);
            });
            Write(e.Vote is not null);
            if (e.Vote is { } vote)
            {
                Write(vote.InFavour);
                Write(vote.Against);
                Write(vote.Abstentions);
                Write(vote.Absent);
            }

            Located(e.Drafters);
            CitedTexts(e.Notes);
            Located(e.Citations);
            Location(e.Location);
        }
    }

    /// <summary>Reads what <see cref="Writer"/> wrote, field for field in the same order.</summary>
    /// <remarks>
    /// Over the whole file's bytes rather than a stream: a call per byte through a stream made reading a kept parse
    /// nearly as slow as parsing the JSON.
    /// </remarks>
    private sealed class Reader(byte[] bytes, int end, string filePath)
    {
        private readonly List<string> paths = new();
        private int position;

        public bool AtEnd => position == end;

        [MethodImpl(HotPath.Optimized)]
        public byte ReadByte() => position < end ? bytes[position++] : throw Truncated();

        [MethodImpl(HotPath.Optimized)]
        public bool ReadBoolean() => ReadByte() != 0;

        [MethodImpl(HotPath.Optimized)]
        public int ReadInt32() => ReadByte() | (ReadByte() << 8) | (ReadByte() << 16) | (ReadByte() << 24);

        public long ReadInt64() => (uint)ReadInt32() | ((long)ReadInt32() << 32);

        public byte[] ReadBytes(int count)
        {
            var read = new byte[count];
            Take(count);
            Buffer.BlockCopy(bytes, position - count, read, 0, count);
            return read;
        }

        /// <summary>A string as BinaryWriter writes it: its UTF-8 length, seven bits a byte, then its bytes.</summary>
        [MethodImpl(HotPath.Optimized)]
        public string ReadString()
        {
            var length = Compact();
            Take(length);
            return length == 0 ? string.Empty : Encoding.UTF8.GetString(bytes, position - length, length);
        }

        /// <summary>An integer as BinaryWriter.Write7BitEncodedInt writes it.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int Compact()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var part = ReadByte();
                value |= (part & 0x7F) << shift;
                if (part < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("an integer of more than five bytes");
        }

        /// <summary>The length of a list: each item takes a byte at least, so a garbled length fails here, not as a huge array.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int Length()
        {
            var length = Compact();
            return length >= 0 && length <= end - position ? length : throw new InvalidDataException($"a list of {length} items where {end - position} bytes are left");
        }

        [MethodImpl(HotPath.Optimized)]
        private void Take(int count)
        {
            if (count < 0 || count > end - position)
            {
                throw Truncated();
            }

            position += count;
        }

        private InvalidDataException Truncated() => new("the kept parse ends early");

        [MethodImpl(HotPath.Optimized)]
        public EquatableArray<ParsedRecord> Records()
        {
            var records = new ParsedRecord[Length()];
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = (Kind)ReadByte() switch
                {
                    Kind.Country => new ParsedRecord(Country: Country()),
                    Kind.Relation => new ParsedRecord(Relation: Relation()),
                    Kind.Event => new ParsedRecord(Event: Event()),
                    Kind.Reference => new ParsedRecord(Reference: Reference()),
                    Kind.Region => new ParsedRecord(Region: Region()),
                    var other => throw new InvalidDataException($"unknown record kind {other}"),
                };
            }

            return Array(records);
        }

        [MethodImpl(HotPath.Optimized)]
        public LocationInfo Location()
        {
            var number = Compact();
            if (number == paths.Count)
            {
                var read = ReadString();
                paths.Add(read == filePath ? filePath : read); // One string for the file's path, as the parse has.
            }

            var path = number < paths.Count ? paths[number] : throw new InvalidDataException($"path number {number} before it was written");
            return new LocationInfo(path, Compact(), Compact(), Compact(), Compact(), Compact(), Compact());
        }

        [MethodImpl(HotPath.Optimized)]
        public LocationInfo? OptionalLocation() => ReadBoolean() ? Location() : null;

        [MethodImpl(HotPath.Optimized)]
        public EquatableArray<string> Strings() => List(ReadString);

        [MethodImpl(HotPath.Optimized)]
        private string? Optional() => ReadBoolean() ? ReadString() : null;

        [MethodImpl(HotPath.Optimized)]
        private LocatedString Located() => new(ReadString(), Location());

        [MethodImpl(HotPath.Optimized)]
        private LocatedString? OptionalLocated() => ReadBoolean() ? Located() : null;

        [MethodImpl(HotPath.Optimized)]
        private EquatableArray<T> List<T>(Func<T> read)
            where T : IEquatable<T>
        {
            var items = new T[Length()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = read();
            }

            return Array(items);
        }

        [MethodImpl(HotPath.Optimized)]
        private EquatableArray<LocatedString> LocatedList() => List(Located);

        [MethodImpl(HotPath.Optimized)]
        private EquatableArray<CitedTextSpec> CitedTexts() => List(() => new CitedTextSpec(ReadString(), LocatedList(), Location()));

        [MethodImpl(HotPath.Optimized)]
        private EquatableArray<LocalizedNameSpec> LocalizedNames() => List(() => new LocalizedNameSpec(ReadString(), ReadString()));

        [MethodImpl(HotPath.Optimized)]
        private CountrySpec Country() =>
            new CountrySpec(
                Located(),
                LocatedList(),
                Located(),
                Located(),
                ReadInt32(),
                OptionalLocation(),
                ReadString(),
                Optional(),
                Optional(),
                Optional(),
                OptionalLocated(),
                ReadInt32(),
                Strings(),
                OptionalLocated(),
                LocalizedNames(),
                LocalizedNames(),
                LocalizedNames(),
                CitedTexts(),
                CitedTexts(),
                LocatedList(),
                ReadInt32(),
                ReadBoolean() ? new SuccessionSpec(LocatedList(), ReadInt32(), Optional(), LocatedList(), Location()) : null,
                Location())
            {
                SearchNames = List(() => new SearchName(ReadString(), ReadString(), ReadBoolean())),
                Region = OptionalLocated(),
            };

        [MethodImpl(HotPath.Optimized)]
        private RegionSpec Region() =>
            new(Located(), Located(), ReadString(), OptionalLocated(), OptionalLocated(), LocalizedNames(), LocatedList(), Location());

        [MethodImpl(HotPath.Optimized)]
        private ReferenceSpec Reference() =>
            new(Located(), ReadString(), ReadString(), Optional(), Optional(), ReadInt32(), Optional());

        [MethodImpl(HotPath.Optimized)]
        private RelationSpec Relation() =>
            new(
                Located(),
                Located(),
                Located(),
                Strings(),
                ReadBoolean() ? new EstablishmentSpec(ReadInt32(), Optional(), LocatedList(), Location()) : null,
                List(() => new StatusSpec(ReadInt32(), ReadInt32(), ReadInt32(), ReadBoolean(), Optional(), LocatedList(), Location())),
                List(() => new RecognitionSpec(Located(), Located(), ReadInt32(), Optional(), LocatedList(), Location())),
                List(() => new MissionSpec(Located(), Located(), ReadInt32(), Optional(), ReadInt32(), ReadInt32(), Optional(), Optional(), LocatedList(), Location())),
                List(() => new ProtectingPowerSpec(Located(), Located(), Located(), ReadInt32(), Optional(), LocatedList(), Location())),
                CitedTexts(),
                CitedTexts(),
                LocatedList(),
                Location());

        [MethodImpl(HotPath.Optimized)]
        private EventSpec Event() =>
            new(
                Located(),
                ReadInt32(),
                Location(),
                ReadInt32(),
                ReadString(),
                ReadString(),
                Optional(),
                LocatedList(),
                LocatedList(),
                List(() => new ParticipantSpec(ReadString(), Optional(), OptionalLocated())),
                ReadBoolean() ? new VoteSpec(ReadInt32(), ReadInt32(), ReadInt32(), ReadInt32()) : null,
                LocatedList(),
                CitedTexts(),
                LocatedList(),
                Location());
    }
}
