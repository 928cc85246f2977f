// Compiled into both the library and the generator. The order of each list is the order of the matching
// public enum (RelationStatus, MissionKind, EventKind, SuccessionKind); a test keeps the two in step.
namespace RelationsData.Shared;

/// <summary>The words the data files use for enumerated values, in enum order.</summary>
internal static class Vocabulary
{
    public static readonly string[] RelationStatuses =
    {
        "active", "never-established", "severed", "suspended", "restored",
    };

    public static readonly string[] MissionKinds =
    {
        "embassy", "consulate", "non-resident", "none",
    };

    public static readonly string[] SuccessionKinds =
    {
        "dissolved", "renamed", "merged", "split",
    };

    /// <summary>What a status interval's "to" says when it ended at a time the sources do not give.</summary>
    public const string UnknownEnd = "unknown";

    public static readonly string[] EventKinds =
    {
        "relations-established", "relations-severed", "relations-restored", "embassy-opened", "visit",
        "meeting-hosted", "statement", "recognition", "treaty", "agreement", "un-resolution",
    };
}
