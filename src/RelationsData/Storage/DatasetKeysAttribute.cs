using System;
using System.ComponentModel;

namespace RelationsData.Storage;

/// <summary>
/// The keys of a compiled dataset (ids, codes, names, pairs), put on its generated <c>CompiledDataset</c> class for the
/// RelationsData analyzer, which reads them from the referenced assembly or the compilation. Not for apps.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DatasetKeysAttribute : Attribute
{
    /// <summary>Called by generated code.</summary>
    /// <param name="keys">The key table, in the analyzer's text form.</param>
    public DatasetKeysAttribute(string keys) => Keys = keys;

    /// <summary>The key table, in the analyzer's text form.</summary>
    public string Keys { get; }
}
