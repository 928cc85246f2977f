namespace RelationsData;

/// <summary>The state of a bilateral relation during a <see cref="StatusInterval"/>.</summary>
public enum RelationStatus
{
    /// <summary>Diplomatic relations exist.</summary>
    Active,

    /// <summary>The two countries have never established diplomatic relations.</summary>
    NeverEstablished,

    /// <summary>Diplomatic relations were broken off.</summary>
    Severed,

    /// <summary>Diplomatic relations were suspended.</summary>
    Suspended,

    /// <summary>Diplomatic relations were restored after a break.</summary>
    Restored,
}

/// <summary>What a <see cref="Mission"/> is. A mission of kind <see cref="None"/> is a stated fact; an absent mission is unknown.</summary>
public enum MissionKind
{
    /// <summary>A resident embassy.</summary>
    Embassy,

    /// <summary>A resident consulate.</summary>
    Consulate,

    /// <summary>Representation by a mission or ambassador resident elsewhere (see <see cref="Mission.AccreditedFrom"/>).</summary>
    NonResident,

    /// <summary>The source states that the sending country has no resident mission or ambassador there.</summary>
    None,
}

/// <summary>What kind of thing an <see cref="Event"/> is.</summary>
public enum EventKind
{
    /// <summary>Diplomatic relations were established.</summary>
    RelationsEstablished,

    /// <summary>Diplomatic relations were broken off.</summary>
    RelationsSevered,

    /// <summary>Diplomatic relations were restored.</summary>
    RelationsRestored,

    /// <summary>An embassy was opened.</summary>
    EmbassyOpened,

    /// <summary>An official visit.</summary>
    Visit,

    /// <summary>A country hosted a meeting or conference.</summary>
    MeetingHosted,

    /// <summary>A public statement.</summary>
    Statement,

    /// <summary>One country recognised another.</summary>
    Recognition,

    /// <summary>A treaty was signed.</summary>
    Treaty,

    /// <summary>An agreement was signed.</summary>
    Agreement,

    /// <summary>A resolution of a United Nations body, with its vote.</summary>
    UnResolution,
}

/// <summary>What kind of change ended a former entry, where a source says.</summary>
public enum SuccessionKind
{
    /// <summary>The state was dissolved, as the Soviet Union.</summary>
    Dissolved,

    /// <summary>The same country took a new name.</summary>
    Renamed,

    /// <summary>It merged into another country.</summary>
    Merged,

    /// <summary>It was split or divided between several.</summary>
    Split,
}
