namespace RelationsData;

/// <summary>What a compiled dataset is: the data version, a hash of its content and how many records of each kind it holds.</summary>
/// <param name="DataVersion">The version of the data: for the shipped dataset, the package version; for your own data, your project's <c>RelationsDataVersion</c> (by default its <c>Version</c>).</param>
/// <param name="ContentHash">SHA-256 (64 lowercase hex digits) of the compiled tables: equal exactly when the data is equal, whatever the layout of the files.</param>
/// <param name="FormatVersion">The version of the table layout the generator wrote.</param>
/// <param name="Countries">The number of countries.</param>
/// <param name="Relations">The number of relations.</param>
/// <param name="Events">The number of events.</param>
/// <param name="References">The number of references.</param>
public sealed record DatasetInfo(string DataVersion, string ContentHash, int FormatVersion, int Countries, int Relations, int Events, int References);
