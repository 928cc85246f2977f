using System;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Tables;

/// <summary>The named members of one kind of record, or none and why (<see cref="Omitted"/>, reported as RD0023).</summary>
internal sealed record NamedKind(EquatableArray<NamedMember> Members, UnnamedKind? Omitted)
{
    public static NamedKind Of<T>(string facade, EquatableArray<Named<T>> table, int limit, Func<EquatableArray<NamedMember>> members)
        where T : class =>
        table.Count <= limit
            ? new NamedKind(members(), null)
            : new NamedKind(Array.Empty<NamedMember>().ToEquatableArray(), new UnnamedKind(facade, table.Count, limit));
}
