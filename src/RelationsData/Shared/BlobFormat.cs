// Compiled into both the library and the generator: the layout of the generated integer columns.
namespace RelationsData.Shared;

/// <summary>Constants of the compact table format that the generator writes and <c>RecordDecoder</c> reads (layout: TableLayout).</summary>
internal static class BlobFormat
{
    /// <summary>Bumped whenever a record layout changes; generated storage states the version it was written with.</summary>
    public const int Version = 9;

    /// <summary>An absent optional string, country or number.</summary>
    public const int Absent = -1;
}
