namespace RelationsData.WorldData;

/// <summary>How many records of each kind the synthetic dataset holds.</summary>
/// <param name="Countries">Countries (at most 676: alpha-2 codes are two letters).</param>
/// <param name="Relations">Relations, each between a different pair of countries.</param>
/// <param name="Events">Events, each of one relation.</param>
/// <param name="References">References, each cited at least once.</param>
public sealed record WorldScale(int Countries, int Relations, int Events, int References)
{
    /// <summary>The size the dataset is meant to reach: every country, its relations, their events and sources.</summary>
    public static WorldScale World { get; } = new(250, 20_000, 100_000, 50_000);

    /// <summary>About the size of the seed article's dataset.</summary>
    public static WorldScale Seed { get; } = new(31, 31, 13, 7);

    /// <summary>A tenth of the world, for quick runs.</summary>
    public static WorldScale Tenth { get; } = new(250, 2_000, 10_000, 5_000);

    /// <summary>The total number of data files.</summary>
    public int Files => Countries + Relations + Events + References;
}
