using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Emit;

/// <summary>
/// Prints the keys as constants (<c>CountryCodes.Alpha2.AZ</c>, <c>CountryIds.Azerbaijan</c>, …), so that a key can be
/// written where C# needs a constant: a <c>switch</c> case, an attribute argument, a default parameter value.
/// </summary>
internal static class KeysEmitter
{
    public static string Emit(string ns, DatasetKeys keys, string header, CSharpDialect dialect)
    {
        var w = new SourceWriter();
        w.Raw.Append(header);
        dialect.BeginNamespace(w, ns);

        var current = keys.Countries.Where(c => c.Alpha4 is null).OrderBy(c => c.Alpha2, System.StringComparer.Ordinal).ToList();
        w.Line("/// <summary>The ISO codes of this dataset's countries as constants, for <c>switch</c> cases, attribute arguments and default values.</summary>");
        w.Open("public static class CountryCodes");
        Constants(w, "Alpha2", "ISO 3166-1 alpha-2 codes of current entries: <c>Alpha2.AZ == \"AZ\"</c>.", current.Select(c => (c.Alpha2, Quote(c.Alpha2), $"\"{c.Alpha2}\": {c.ShortName}.")), "string");
        w.Line();
        Constants(w, "Alpha3", "ISO 3166-1 alpha-3 codes of current entries: <c>Alpha3.AZE == \"AZE\"</c>.", current.OrderBy(c => c.Alpha3, System.StringComparer.Ordinal).Select(c => (c.Alpha3, Quote(c.Alpha3), $"\"{c.Alpha3}\": {c.ShortName}.")), "string");
        w.Line();
        Constants(
            w,
            "Numeric",
            "ISO 3166-1 numeric codes of current entries, named by their alpha-2 codes: <c>Numeric.AZ == 31</c> (031).",
            current.Where(c => c.Numeric >= 0).Select(c => (c.Alpha2, c.Numeric.ToString(CultureInfo.InvariantCulture), $"{c.Numeric.ToString("D3", CultureInfo.InvariantCulture)}: {c.ShortName} ({c.Alpha2}).")),
            "int");
        w.Line();
        Constants(
            w,
            "Alpha4",
            "ISO 3166-3 alpha-4 codes of former entries: <c>Alpha4.SUHH == \"SUHH\"</c>.",
            keys.Countries.Where(c => c.Alpha4 is not null).OrderBy(c => c.Alpha4, System.StringComparer.Ordinal).Select(c => (c.Alpha4!, Quote(c.Alpha4!), $"\"{c.Alpha4}\": {c.ShortName}.")),
            "string");
        w.Close();
        w.Line();

        Ids(w, "CountryIds", "countries", keys.Countries.Select(c => (c.Member, c.Id, c.ShortName, c.PreviousIds)));
        Ids(w, "RelationIds", "relations", keys.Relations.Select(r => (r.Member, r.Id, r.Id, default(EquatableArray<string>))));
        Ids(w, "EventIds", "events", keys.Events.Select(e => (e.Member, e.Id, e.Id, default(EquatableArray<string>))));
        Ids(w, "ReferenceIds", "references", keys.References.Select(r => (r.Member, r.Id, r.Id, default(EquatableArray<string>))));
        dialect.EndNamespace(w);
        return w.ToString();
    }

    /// <summary>
    /// One constant per id, and per previous id of a renamed record an obsolete constant with the previous id's member
    /// name and value (which still resolves), so that code written against an earlier version compiles.
    /// </summary>
    private static void Ids(SourceWriter w, string className, string kind, IEnumerable<(string Member, string Id, string Describes, EquatableArray<string> PreviousIds)> records)
    {
        w.Line($"/// <summary>The ids of this dataset's {kind} as constants, named like their members (for kinds of up to RelationsDataNamedMemberLimit records).</summary>");
        w.Open($"public static class {className}");
        var first = true;
        // A record whose name collided (RD0017) has no member and no constant; nor does one named like the class.
        var named = records.Where(r => r.Member.Length > 0 && r.Member != className).ToList();
        var taken = new HashSet<string>(named.Select(r => r.Member), System.StringComparer.Ordinal) { className };
        foreach (var (member, id, describes, previousIds) in named)
        {
            foreach (var previous in previousIds)
            {
                var former = Linking.MemberNames.FromId(previous);
                if (taken.Add(former))
                {
                    w.Line($"/// <summary>{CSharpText.DocText($"\"{previous}\": the previous id of \"{id}\" ({describes}), which still resolves.")}</summary>");
                    w.Line($"[global::System.Obsolete({CSharpText.StringLiteral($"Renamed: the id is now {className}.{member} (\"{id}\"); the previous id still resolves.")})]");
                    w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                    w.Line($"public const string {former} = {CSharpText.StringLiteral(previous)};");
                    w.Line();
                }
            }

            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Line($"/// <summary>{CSharpText.DocText(id == describes ? $"\"{id}\"." : $"\"{id}\": {describes}.")}</summary>");
            w.Line($"public const string {member} = {CSharpText.StringLiteral(id)};");
        }

        w.Close();
        w.Line();
    }

    private static void Constants(SourceWriter w, string className, string summary, IEnumerable<(string Name, string Value, string Doc)> constants, string type)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.Open($"public static class {className}");
        var first = true;
        foreach (var (name, value, doc) in constants)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Line($"/// <summary>{CSharpText.DocText(doc)}</summary>");
            w.Line($"public const {type} {name} = {value};");
        }

        w.Close();
    }

    private static string Quote(string code) => CSharpText.StringLiteral(code);
}
