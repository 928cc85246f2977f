using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Prebuilt;

/// <summary>
/// Reads what PrebuiltDatasetWriter wrote. A file that cannot be read (missing, cut short, another format) gives RD0037
/// and no tables: the build step writes it before every compile, so a rebuild mends it.
/// </summary>
internal static class PrebuiltDatasetReader
{
    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    public static PrebuiltDataset Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return Unreadable(path, "the file could not be read");
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(text.ToString()));
            cancellationToken.ThrowIfCancellationRequested();
            var root = document.RootElement;
            var format = root.GetProperty("format").GetInt32();
            if (format != PrebuiltDataset.FormatVersion)
            {
                return Unreadable(path, $"it is of format {format}, and this generator reads format {PrebuiltDataset.FormatVersion}");
            }

            var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(Diagnostic).ToEquatableArray();
            var tables = root.TryGetProperty("tables", out var t) ? Tables(t) : null;
            return new PrebuiltDataset(tables, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any shape but the expected one (a missing member, a wrong type, a short array): the generator never throws.
            return Unreadable(path, e.Message.TrimEnd('.'));
        }
    }

    private static PrebuiltDataset Unreadable(string path, string why) => new(
        null,
        new[] { DiagnosticInfo.Create(DiagnosticDescriptors.PrebuiltDatasetUnreadable, new LocationInfo(path, 0, 0, 0, 0, 0, 0), path, why) }.ToEquatableArray());

    private static DiagnosticInfo Diagnostic(JsonElement e)
    {
        var id = e.GetProperty("id").GetString()!;
        if (!DescriptorsById.TryGetValue(id, out var descriptor))
        {
            throw new FormatException($"it names diagnostic {id}, which this generator does not have");
        }

        return new DiagnosticInfo(
            descriptor,
            e.TryGetProperty("location", out var location) ? Location(location) : null,
            Strings(e.GetProperty("args")),
            e.TryGetProperty("related", out var related) ? Location(related) : null);
    }

    private static LocationInfo Location(JsonElement e)
    {
        var v = e.EnumerateArray().ToArray();
        return new LocationInfo(v[0].GetString()!, v[1].GetInt32(), v[2].GetInt32(), v[3].GetInt32(), v[4].GetInt32(), v[5].GetInt32(), v[6].GetInt32());
    }

    private static DatasetTables Tables(JsonElement e) =>
        new(
            Strings: default,
            Columns: default,
            Countries: Members(e.GetProperty("countries")),
            Relations: Members(e.GetProperty("relations")),
            Events: Members(e.GetProperty("events")),
            References: Members(e.GetProperty("references")),
            UnnamedKinds: e.GetProperty("unnamed").EnumerateArray().Select(k => new UnnamedKind(k[0].GetString()!, k[1].GetInt32(), k[2].GetInt32())).ToEquatableArray(),
            Keys: Keys(e.GetProperty("keys")))
        {
            Regions = Members(e.GetProperty("regions")),
            PrebuiltContentHash = e.GetProperty("hash").GetString(),
        };

    private static EquatableArray<NamedMember> Members(JsonElement e) =>
        e.EnumerateArray()
            .Select(m => new NamedMember(m.GetProperty("name").GetString()!, m.GetProperty("row").GetInt32(), m.GetProperty("summary").GetString()!, Strings(m.GetProperty("sources")))
            {
                FormerNames = Strings(m.GetProperty("former")),
            })
            .ToEquatableArray();

    private static DatasetKeys Keys(JsonElement e) =>
        new(
            e.GetProperty("countries").EnumerateArray().Select(c => new CountryKey(
                c.GetProperty("id").GetString()!,
                c.GetProperty("member").GetString()!,
                c.GetProperty("alpha2").GetString()!,
                c.GetProperty("alpha3").GetString()!,
                c.GetProperty("numeric").GetInt32(),
                c.TryGetProperty("alpha4", out var alpha4) ? alpha4.GetString() : null,
                c.GetProperty("shortName").GetString()!,
                Strings(c.GetProperty("names")),
                Strings(c.GetProperty("localizedNames")),
                Strings(c.GetProperty("previousIds")))).ToEquatableArray(),
            e.GetProperty("relations").EnumerateArray().Select(r => new RelationKey(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!, r[3].GetString()!)).ToEquatableArray(),
            RecordKeys(e.GetProperty("events")),
            RecordKeys(e.GetProperty("references")));

    private static EquatableArray<RecordKey> RecordKeys(JsonElement e) =>
        e.EnumerateArray().Select(k => new RecordKey(k[0].GetString()!, k[1].GetString()!)).ToEquatableArray();

    private static EquatableArray<string> Strings(JsonElement e) =>
        e.EnumerateArray().Select(s => s.GetString()!).ToEquatableArray();
}
