using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using RelationsData.Generator.Emit;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Prebuilt;

/// <summary>
/// Writes a <see cref="PrebuiltDataset"/> as UTF-8 JSON (PrebuiltDatasetReader reads it back). The build step writes it
/// next to the resource; the content hash is computed here, once, from the strings and columns it leaves out.
/// </summary>
internal static class PrebuiltDatasetWriter
{
    public static byte[] Write(DatasetTables? tables, IEnumerable<DiagnosticInfo> diagnostics)
    {
        using var stream = new MemoryStream();
        // Any character as itself or a plain escape: the file is read back by this project only, never shown in a page.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", PrebuiltDataset.FormatVersion);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                Diagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            if (tables is not null)
            {
                json.WriteStartObject("tables");
                json.WriteString("hash", ContentHash.Compute(tables));
                Members(json, "countries", tables.Countries);
                Members(json, "relations", tables.Relations);
                Members(json, "events", tables.Events);
                Members(json, "references", tables.References);
                Members(json, "regions", tables.Regions);
                json.WriteStartArray("unnamed");
                foreach (var kind in tables.UnnamedKinds)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(kind.Facade);
                    json.WriteNumberValue(kind.Count);
                    json.WriteNumberValue(kind.Limit);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                Keys(json, tables.Keys);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Diagnostic(Utf8JsonWriter json, DiagnosticInfo diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Descriptor.Id);
        Location(json, "location", diagnostic.Location);
        Location(json, "related", diagnostic.RelatedLocation);
        Strings(json, "args", diagnostic.MessageArgs);
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, string name, LocationInfo? written)
    {
        if (written is not { } location)
        {
            return;
        }

        json.WriteStartArray(name);
        json.WriteStringValue(location.FilePath);
        foreach (var value in new[] { location.Start, location.Length, location.StartLine, location.StartColumn, location.EndLine, location.EndColumn })
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private static void Members(Utf8JsonWriter json, string name, EquatableArray<NamedMember> members)
    {
        json.WriteStartArray(name);
        foreach (var member in members)
        {
            json.WriteStartObject();
            json.WriteString("name", member.Name);
            json.WriteNumber("row", member.Row);
            json.WriteString("summary", member.Summary);
            Strings(json, "sources", member.Sources);
            Strings(json, "former", member.FormerNames);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Keys(Utf8JsonWriter json, DatasetKeys keys)
    {
        json.WriteStartObject("keys");
        json.WriteStartArray("countries");
        foreach (var country in keys.Countries)
        {
            json.WriteStartObject();
            json.WriteString("id", country.Id);
            json.WriteString("member", country.Member);
            json.WriteString("alpha2", country.Alpha2);
            json.WriteString("alpha3", country.Alpha3);
            json.WriteNumber("numeric", country.Numeric);
            if (country.Alpha4 is not null)
            {
                json.WriteString("alpha4", country.Alpha4);
            }

            json.WriteString("shortName", country.ShortName);
            Strings(json, "names", country.Names);
            Strings(json, "localizedNames", country.LocalizedNames);
            Strings(json, "previousIds", country.PreviousIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("relations");
        foreach (var relation in keys.Relations)
        {
            Strings(json, null, new[] { relation.Id, relation.Member, relation.First, relation.Second });
        }

        json.WriteEndArray();
        RecordKeys(json, "events", keys.Events);
        RecordKeys(json, "references", keys.References);
        json.WriteEndObject();
    }

    private static void RecordKeys(Utf8JsonWriter json, string name, EquatableArray<RecordKey> keys)
    {
        json.WriteStartArray(name);
        foreach (var key in keys)
        {
            Strings(json, null, new[] { key.Id, key.Member });
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
