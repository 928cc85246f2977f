using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;
using RelationsData.Shared;

namespace RelationsData.Generator.Parsing;

/// <summary>Parses one data file into a spec. The kind of record comes from the file's <c>$schema</c>.</summary>
internal static class DataFileParser
{
    public static ParsedDataFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var context = new ParseContext(path, text ?? SourceText.From(string.Empty));
        if (text is null)
        {
            context.Report(DiagnosticDescriptors.MalformedJson, context.Locate(0, 0), "the file could not be read");
            return Result(context);
        }

        if (text.Length > JsonTreeReader.MaxFileChars)
        {
            context.Report(DiagnosticDescriptors.LimitExceeded, context.Locate(0, 0), $"{text.Length} characters, over the {JsonTreeReader.MaxFileChars} allowed");
            return Result(context);
        }

        JsonNode root;
        try
        {
            root = JsonTreeReader.Read(text.ToString(), cancellationToken);
        }
        catch (JsonTreeReader.ReadError e)
        {
            var descriptor = e.IsLimit ? DiagnosticDescriptors.LimitExceeded : DiagnosticDescriptors.MalformedJson;
            context.Report(descriptor, context.Locate(e.CharOffset, e.CharOffset), e.Message);
            return Result(context);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var file = FieldReader.ForObject(root, FieldReader.RootField, "the data file", "the schema its $schema names", context);
        var schema = file?.String("$schema", required: true);
        if (file is null || schema is null)
        {
            return Result(context);
        }

        var kind = KindOf(schema);
        file.What = $"the {kind}";
        file.Schema = schema;
        CountrySpec? country = null;
        RelationSpec? relation = null;
        EventSpec? @event = null;
        ReferenceSpec? reference = null;
        switch (kind)
        {
            case "country":
                country = ReadCountry(file);
                break;
            case "relation":
                relation = ReadRelation(file);
                break;
            case "event":
                @event = ReadEvent(file);
                break;
            case "reference":
                reference = ReadReference(file);
                break;
            default:
                context.Report(DiagnosticDescriptors.UnknownSchema, file.LocationOf("$schema")!, schema);
                return Result(context);
        }

        file.RejectUnknownFields();

        // A file with an error contributes nothing, so no partial record is ever emitted.
        return context.HasErrors ? Result(context) : Result(context, country, relation, @event, reference);
    }

    /// <summary>"../schema/country.schema.json" → "country"; a name without the ".schema.json" suffix names no kind.</summary>
    private static string KindOf(string schema)
    {
        var name = schema.Substring(schema.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        const string suffix = ".schema.json";
        return name.EndsWith(suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - suffix.Length) : string.Empty;
    }

    private static ParsedDataFile Result(ParseContext context, CountrySpec? country = null, RelationSpec? relation = null, EventSpec? @event = null, ReferenceSpec? reference = null) =>
        new(context.Path, country, relation, @event, reference, context.Diagnostics.ToEquatableArray());

    private static CountrySpec? ReadCountry(FieldReader f)
    {
        var id = f.LocatedString("id");
        var alpha2 = f.LocatedString("alpha2");
        var alpha3 = f.LocatedString("alpha3");
        var numeric = f.Count("numeric", required: false);
        var shortName = f.String("shortName", required: true);
        var country = new CountrySpec(
            id!,
            alpha2!,
            alpha3!,
            numeric,
            f.LocationOf("numeric"),
            shortName!,
            f.String("officialName", required: false),
            f.String("isoName", required: false),
            f.String("commonName", required: false),
            f.LocatedString("alpha4", required: false),
            f.Date("withdrawn", required: false),
            f.Strings("otherNames"),
            f.StringMap("localizedNames", CultureNames.IsValid, CultureNames.Description)
                .Select(pair => new LocalizedNameSpec(pair.Key, pair.Value))
                .ToEquatableArray(),
            CitedTexts(f, "memberships"),
            CitedTexts(f, "notes"),
            f.Citations(),
            f.Location);
        return id is null || alpha2 is null || alpha3 is null || shortName is null ? null : country;
    }

    private static ReferenceSpec? ReadReference(FieldReader f)
    {
        var id = f.LocatedString("id");
        var type = f.String("type", required: true);
        var title = f.String("title", required: true);
        var reference = new ReferenceSpec(id!, type!, title!, f.String("container-title", required: false), f.String("URL", required: false), f.Date("issued", required: false), f.String("note", required: false));
        return id is null || type is null || title is null ? null : reference;
    }

    private static RelationSpec? ReadRelation(FieldReader f)
    {
        var id = f.LocatedString("id");
        var countries = f.LocatedStrings("countries", required: true);
        if (countries.Count != 2 && f.LocationOf("countries") is { } written)
        {
            f.Report(DiagnosticDescriptors.WrongType, written, "'countries'", "an array of exactly two country ids", $"{countries.Count} ids");
        }

        var established = f.Object("established", "the establishment", required: false) is { } e ? ReadEstablishment(e) : null;
        var relation = new RelationSpec(
            id!,
            countries.Count == 2 ? countries[0] : null!,
            countries.Count == 2 ? countries[1] : null!,
            f.Strings("names"),
            established,
            f.Objects("statuses", "a status interval", ReadStatus),
            f.Objects("recognitions", "a recognition", ReadRecognition),
            f.Objects("missions", "a mission", ReadMission),
            f.Objects("protectingPowers", "a protecting power", ReadProtectingPower),
            CitedTexts(f, "characterisations"),
            CitedTexts(f, "notes"),
            f.Citations(),
            f.Location);
        return id is null || countries.Count != 2 ? null : relation;
    }

    private static EstablishmentSpec? ReadEstablishment(FieldReader f)
    {
        var spec = new EstablishmentSpec(f.Date("date", required: false), f.String("note", required: false), f.Citations(), f.Location);
        f.RejectUnknownFields();
        return spec;
    }

    private static StatusSpec? ReadStatus(FieldReader f)
    {
        var status = f.Choice("status", Vocabulary.RelationStatuses, required: true);
        var from = f.Date("from", required: false);
        var to = f.Date("to", required: false);
        if (from != DateText.None && to != DateText.None && to < from)
        {
            f.Report(DiagnosticDescriptors.IntervalEndsBeforeStart, f.LocationOf("to")!, f.String("from", false)!, f.String("to", false)!);
        }

        var spec = new StatusSpec(status, from, to, f.String("note", required: false), f.Citations(), f.Location);
        f.RejectUnknownFields();
        return status < 0 ? null : spec;
    }

    private static RecognitionSpec? ReadRecognition(FieldReader f)
    {
        var by = f.LocatedString("by");
        var of = f.LocatedString("of");
        var spec = new RecognitionSpec(by!, of!, f.Date("date", required: false), f.String("note", required: false), f.Citations(), f.Location);
        f.RejectUnknownFields();
        return by is null || of is null ? null : spec;
    }

    private static MissionSpec? ReadMission(FieldReader f)
    {
        var from = f.LocatedString("from");
        var to = f.LocatedString("to");
        var kind = f.Choice("kind", Vocabulary.MissionKinds, required: true);
        var opened = f.Date("opened", required: false);
        var closed = f.Date("closed", required: false);
        if (opened != DateText.None && closed != DateText.None && closed < opened)
        {
            f.Report(DiagnosticDescriptors.IntervalEndsBeforeStart, f.LocationOf("closed")!, f.String("opened", false)!, f.String("closed", false)!);
        }

        var spec = new MissionSpec(from!, to!, kind, f.String("city", required: false), opened, closed, f.String("accreditedFrom", required: false), f.String("note", required: false), f.Citations(), f.Location);
        f.RejectUnknownFields();
        return from is null || to is null || kind < 0 ? null : spec;
    }

    private static ProtectingPowerSpec? ReadProtectingPower(FieldReader f)
    {
        var protector = f.LocatedString("protector");
        var @protected = f.LocatedString("protected");
        var host = f.LocatedString("in");
        var via = f.Choice("via", Vocabulary.MissionKinds, required: true);
        var spec = new ProtectingPowerSpec(protector!, @protected!, host!, via, f.String("city", required: false), f.Citations(), f.Location);
        f.RejectUnknownFields();
        return protector is null || @protected is null || host is null || via < 0 ? null : spec;
    }

    private static EventSpec? ReadEvent(FieldReader f)
    {
        var id = f.LocatedString("id");
        var date = f.Date("date", required: true);
        var kind = f.Choice("kind", Vocabulary.EventKinds, required: true);
        var title = f.String("title", required: true);
        var summary = f.String("summary", required: true);
        var vote = f.Object("vote", "the vote", required: false) is { } v ? ReadVote(v) : null;
        var spec = new EventSpec(
            id!,
            date,
            f.LocationOf("date") ?? f.Location,
            kind,
            title!,
            summary!,
            f.String("place", required: false),
            f.LocatedStrings("countries", required: true),
            f.LocatedStrings("relations", required: false),
            f.Objects("people", "a person", ReadParticipant),
            vote,
            f.LocatedStrings("drafters", required: false),
            CitedTexts(f, "notes"),
            f.Citations(),
            f.Location);
        return id is null || date == DateText.None || kind < 0 || title is null || summary is null ? null : spec;
    }

    private static ParticipantSpec? ReadParticipant(FieldReader f)
    {
        var name = f.String("name", required: true);
        var spec = new ParticipantSpec(name!, f.String("role", required: false), f.LocatedString("country", required: false));
        f.RejectUnknownFields();
        return name is null ? null : spec;
    }

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
            var spec = new CitedTextSpec(text!, item.Citations(), item.Location);
            item.RejectUnknownFields();
            return text is null ? null : spec;
        });
}
