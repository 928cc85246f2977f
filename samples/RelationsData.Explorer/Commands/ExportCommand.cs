using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RelationsData.Explorer.Formatting;

namespace RelationsData.Explorer.Commands;

/// <summary>
/// <c>export --format json</c>: the whole dataset as one JSON document with the field names of the data files,
/// countries, relations and events referring to each other and to references by id.
/// </summary>
internal static class ExportCommand
{
    public static int Run(TextWriter output)
    {
        output.WriteLine(ToJson());
        return 0;
    }

    /// <summary>The export document.</summary>
    public static string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Array(json, "countries", Countries.All, WriteCountry);
            Array(json, "relations", Relations.All, WriteRelation);
            Array(json, "events", Events.All, WriteEvent);
            Array(json, "references", References.All, WriteReference);
            Array(json, "regions", Regions.All, WriteRegion);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteCountry(Utf8JsonWriter json, Country c)
    {
        json.WriteString("id", c.Id);
        if (!c.PreviousIds.IsEmpty)
        {
            Strings(json, "previousIds", c.PreviousIds);
        }

        json.WriteString("alpha2", c.Alpha2);
        json.WriteString("alpha3", c.Alpha3);
        Optional(json, "alpha4", c.Alpha4);
        if (c.Numeric is { } numeric)
        {
            json.WriteNumber("numeric", numeric);
        }

        json.WriteString("shortName", c.ShortName);
        Optional(json, "officialName", c.OfficialName);
        Optional(json, "isoName", c.IsoName);
        Optional(json, "commonName", c.CommonName);
        Optional(json, "withdrawn", c.Withdrawn?.ToString());
        Optional(json, "since", c.Since?.ToString());
        Strings(json, "otherNames", c.OtherNames);
        Optional(json, "localizedNamesSource", c.LocalizedNamesSource?.Id);
        Names(json, "localizedNames", c.LocalizedNames);
        Names(json, "localizedShortNames", c.LocalizedShortNames);
        Names(json, "localizedVariantNames", c.LocalizedVariantNames);

        CitedTexts(json, "memberships", c.Memberships);
        CitedTexts(json, "notes", c.Notes);
        if (c.Successors is [var first, ..] successors)
        {
            // One succession per former entry: its successors share the kind, note and sources.
            json.WriteStartObject("succession");
            Strings(json, "successors", successors.Select(s => s.Successor.Id));
            Optional(json, "kind", first.Kind is { } kind ? DataWords.Of(kind) : null);
            Optional(json, "note", first.Note);
            Cites(json, first.References);
            json.WriteEndObject();
        }

        Optional(json, "region", (c.Subregion ?? c.Region)?.Id);
        Cites(json, c.References);
    }

    private static void WriteRegion(Utf8JsonWriter json, Region r)
    {
        json.WriteString("id", r.Id);
        json.WriteString("code", r.Code);
        json.WriteString("name", r.Name);
        Optional(json, "parent", r.Parent?.Id);
        Optional(json, "localizedNamesSource", r.LocalizedNamesSource?.Id);
        Names(json, "localizedNames", r.LocalizedNames);
        Cites(json, r.References);
    }

    private static void WriteRelation(Utf8JsonWriter json, Relation r)
    {
        json.WriteString("id", r.Id);
        Strings(json, "countries", new[] { r.First.Id, r.Second.Id });
        Strings(json, "names", r.Names);
        if (r.Established is { } e)
        {
            json.WriteStartObject("established");
            Optional(json, "date", e.Date?.ToString());
            Optional(json, "note", e.Note);
            Cites(json, e.References);
            json.WriteEndObject();
        }

        Array(json, "statuses", r.Statuses, (j, s) =>
        {
            j.WriteString("status", DataWords.Of(s.Status));
            Optional(j, "from", s.From?.ToString());
            Optional(j, "to", s.EndUnknown ? "unknown" : s.To?.ToString());
            Optional(j, "note", s.Note);
            Cites(j, s.References);
        });
        Array(json, "recognitions", r.Recognitions, (j, x) =>
        {
            j.WriteString("by", x.By.Id);
            j.WriteString("of", x.Of.Id);
            Optional(j, "date", x.Date?.ToString());
            Optional(j, "note", x.Note);
            Cites(j, x.References);
        });
        Array(json, "missions", r.Missions, (j, m) =>
        {
            j.WriteString("from", m.From.Id);
            j.WriteString("to", m.To.Id);
            j.WriteString("kind", DataWords.Of(m.Kind));
            Optional(j, "city", m.City);
            Optional(j, "opened", m.Opened?.ToString());
            Optional(j, "closed", m.Closed?.ToString());
            Optional(j, "accreditedFrom", m.AccreditedFrom);
            Optional(j, "note", m.Note);
            Cites(j, m.References);
        });
        Array(json, "protectingPowers", r.ProtectingPowers, (j, p) =>
        {
            j.WriteString("protector", p.Protector.Id);
            j.WriteString("protected", p.Protected.Id);
            j.WriteString("in", p.Host.Id);
            j.WriteString("via", DataWords.Of(p.Via));
            Optional(j, "city", p.City);
            Cites(j, p.References);
        });
        CitedTexts(json, "characterisations", r.Characterisations);
        CitedTexts(json, "notes", r.Notes);
        Cites(json, r.References);
    }

    private static void WriteEvent(Utf8JsonWriter json, Event e)
    {
        json.WriteString("id", e.Id);
        json.WriteString("date", e.Date.ToString());
        json.WriteString("kind", DataWords.Of(e.Kind));
        json.WriteString("title", e.Title);
        json.WriteString("summary", e.Summary);
        Optional(json, "place", e.Place);
        Strings(json, "countries", e.Countries.Select(c => c.Id));
        Strings(json, "relations", e.Relations.Select(r => r.Id));
        Array(json, "people", e.People, (j, p) =>
        {
            j.WriteString("name", p.Name);
            Optional(j, "role", p.Role);
            Optional(j, "country", p.Country?.Id);
        });
        if (e.Vote is { } vote)
        {
            json.WriteStartObject("vote");
            json.WriteNumber("inFavour", vote.InFavour);
            json.WriteNumber("against", vote.Against);
            json.WriteNumber("abstentions", vote.Abstentions);
            json.WriteNumber("absent", vote.Absent);
            json.WriteEndObject();
        }

        Strings(json, "drafters", e.Drafters.Select(c => c.Id));
        CitedTexts(json, "notes", e.Notes);
        Cites(json, e.References);
    }

    private static void WriteReference(Utf8JsonWriter json, Reference r)
    {
        json.WriteString("id", r.Id);
        json.WriteString("type", r.Type);
        json.WriteString("title", r.Title);
        Optional(json, "container-title", r.ContainerTitle);
        Optional(json, "URL", r.Url);
        Optional(json, "issued", r.Issued?.ToString());
        Optional(json, "note", r.Note);
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, System.Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Names(Utf8JsonWriter json, string field, LocalizedNameList names)
    {
        if (names.Count == 0)
        {
            return;
        }

        json.WriteStartObject(field);
        foreach (var name in names)
        {
            json.WriteString(name.Culture, name.Name);
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void CitedTexts(Utf8JsonWriter json, string name, IEnumerable<CitedText> texts) =>
        Array(json, name, texts, (j, t) =>
        {
            j.WriteString("text", t.Text);
            Cites(j, t.References);
        });

    private static void Cites(Utf8JsonWriter json, IEnumerable<Reference> references) => Strings(json, "citations", references.Select(r => r.Id));

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
