namespace RelationsData.Generator.Model;

/// <summary>
/// The dataset as the columns the emitter prints: no locations, so an edit that moves text without changing
/// facts leaves this equal and the emit step does not run. Column meanings: see DatasetStorage in the library.
/// </summary>
internal sealed record DatasetTables(
    EquatableArray<string> Strings,
    EquatableArray<int> Records,
    EquatableArray<int> CountryRecords,
    EquatableArray<int> RelationRecords,
    EquatableArray<int> EventRecords,
    EquatableArray<int> ReferenceRecords,
    EquatableArray<int> Alpha2Index,
    EquatableArray<int> Alpha3Index,
    EquatableArray<int> NumericIndex,
    EquatableArray<int> NameIndex,
    EquatableArray<int> PairIndex,
    EquatableArray<int> CountryRelationStarts,
    EquatableArray<int> CountryRelationList,
    EquatableArray<int> RelationEventStarts,
    EquatableArray<int> RelationEventList,
    EquatableArray<int> CountryEventStarts,
    EquatableArray<int> CountryEventList,
    EquatableArray<int> EventIdOrder,
    EquatableArray<NamedMember> Countries,
    EquatableArray<NamedMember> Relations,
    EquatableArray<NamedMember> Events,
    EquatableArray<NamedMember> References,
    EquatableArray<UnnamedKind> UnnamedKinds);

/// <summary>A kind of record that got no named members because it has more records than the limit.</summary>
internal sealed record UnnamedKind(string Facade, int Count, int Limit);

/// <summary>A generated named member: its name, the row it returns, and the lines of its XML documentation (plain text).</summary>
internal sealed record NamedMember(string Name, int Row, string Summary, EquatableArray<string> Sources);

/// <summary>What the emit step needs: the tables, the namespace to emit into and the data version to report.</summary>
internal sealed record EmitRequest(DatasetTables Tables, string Namespace, string DataVersion);
