using Microsoft.CodeAnalysis;

namespace RelationsData.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: never reuse or renumber one; add new ones to
/// AnalyzerReleases.Unshipped.md and docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "RelationsData";

    /// <summary>
    /// Where docs/diagnostics.md is published; each descriptor links to its own section (#rd0001, ...). The one place
    /// to change when the repository moves; DiagnosticDocumentationTests checks every section exists.
    /// </summary>
    public const string HelpLinkBase = "https://github.com/RelationsData/RelationsData/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MalformedJson = Error(
        "RD0001", "Malformed JSON", "The data file is not valid JSON: {0}. Fix the syntax at this position.");

    public static readonly DiagnosticDescriptor WrongType = Error(
        "RD0002", "Wrong JSON type", "{0} must be {1}, but it is {2}");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "RD0003", "Missing required field", "{0} is missing the required field '{1}'");

    public static readonly DiagnosticDescriptor UnknownField = Error(
        "RD0004", "Unknown field", "'{0}' is not a field of {1}; check the spelling against the schema ({2})");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "RD0005", "Duplicate id", "The {0} id '{1}' is already used at {2}; ids must be unique, ignoring case and Unicode normalisation");

    public static readonly DiagnosticDescriptor UnknownId = Error(
        "RD0006", "Unknown id", "No {0} has the id '{1}'; add its data file or correct the id");

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "RD0007", "Invalid date", "'{0}' is not a valid date: {1}. Write yyyy, yyyy-MM or yyyy-MM-dd, to the precision the source gives.");

    public static readonly DiagnosticDescriptor IntervalEndsBeforeStart = Error(
        "RD0008", "Interval ends before it starts", "The interval ends ({1}) before it starts ({0}); swap or correct the dates");

    public static readonly DiagnosticDescriptor SelfRelation = Error(
        "RD0009", "Relation of a country with itself", "The relation '{0}' names '{1}' twice; a relation needs two different countries");

    public static readonly DiagnosticDescriptor EventOutsideRelation = Warning(
        "RD0010", "Event outside its relation's interval", "The event '{0}' ({1}) is dated outside relation '{2}', {3}; check the event's date or the relation's dates");

    public static readonly DiagnosticDescriptor MissingCitation = Error(
        "RD0011", "Fact without a citation", "{0} cites no reference; add at least one reference id to its 'citations'");

    public static readonly DiagnosticDescriptor UncitedReference = Warning(
        "RD0012", "Reference nobody cites", "The reference '{0}' is not cited by any fact; cite it or delete its file");

    public static readonly DiagnosticDescriptor MalformedCode = Error(
        "RD0013", "Malformed ISO 3166 code", "'{0}' is not a valid ISO {1} code: {2}");

    public static readonly DiagnosticDescriptor LimitExceeded = Error(
        "RD0014", "Data file over a limit", "The data file exceeds a limit: {0}. Split it into smaller files.");

    public static readonly DiagnosticDescriptor UnknownSchema = Error(
        "RD0015", "Unknown kind of data file", "'$schema' is '{0}', which names no RelationsData schema; use one of country, relation, event, reference or region (.schema.json)");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "RD0016", "Value not allowed", "'{0}' is not allowed for '{1}'; use one of: {2}");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error(
        "RD0017", "Generated names collide", "The {0} ids '{1}' and '{2}' both become the C# member '{3}'; change one id");

    public static readonly DiagnosticDescriptor DuplicatePair = Error(
        "RD0018", "Two relations for one pair", "The relation '{0}' is for the same pair of countries as '{1}'; merge the two files");

    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "RD0019", "Duplicate ISO code", "The code '{0}' is already used by country '{1}'");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error(
        "RD0020", "Duplicate JSON property", "The property '{0}' appears twice in the same object; keep one");

    public static readonly DiagnosticDescriptor EmptyValue = Error(
        "RD0021", "Empty value", "'{0}' must not be empty");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        "RD0022", "Invalid namespace", "RelationsDataNamespace '{0}' is not a valid C# namespace; set the property to dotted identifiers such as MyApp.Data");

    public static readonly DiagnosticDescriptor NamedMembersOmitted = Info(
        "RD0023", "Named members omitted", "{0} has no member '{1}': its {2} records are more than RelationsDataNamedMemberLimit ({3}), so none gets a named member; find the record with {0}.ById or {0}.All, or raise the limit");

    public static readonly DiagnosticDescriptor InvalidNamedMemberLimit = Error(
        "RD0024", "Invalid named-member limit", "RelationsDataNamedMemberLimit '{0}' is not a whole number from 0 upwards; the default of 1000 is used");

    public static readonly DiagnosticDescriptor NamespaceTaken = Error(
        "RD0025", "Namespace has a dataset already", "The namespace '{0}' already has a compiled dataset in the referenced assembly '{1}'; set RelationsDataNamespace to a namespace of your own, such as MyApp.Data");

    public static readonly DiagnosticDescriptor OpenIntervalFollowed = Error(
        "RD0026", "Open interval followed by a later one", "The '{0}' status interval has no end, but the {1} interval follows it; write its end as \"to\": \"yyyy[-MM[-dd]]\", or \"to\": \"unknown\" when the sources do not say when it ended");

    public static readonly DiagnosticDescriptor PreviousIdUsed = Warning(
        "RD0031", "Previous id of a renamed record", "'{0}' is the previous id of the country '{1}', which was renamed; write '{1}' (the previous id still resolves)");

    public static readonly DiagnosticDescriptor InvalidRegionCode = Error(
        "RD0032", "Invalid UN M49 region code", "'{0}' is not a usable UN M49 region code: {1}");

    public static readonly DiagnosticDescriptor RegionWithinItself = Error(
        "RD0033", "Region within itself", "The region '{0}' is within itself through its parents ({1}); a region's parent must be a larger region");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "RD0034", "C# version too old for the generated code", "The data files compile into C#, which needs C# 7.3 or later; this project compiles C# {0}. Set <LangVersion>7.3</LangVersion> (or later) in the project file.");

    public static readonly DiagnosticDescriptor InvalidStorage = Error(
        "RD0035", "Invalid storage option", "RelationsDataStorage '{0}' is neither 'literals' nor 'resource'; set it to one of them, or remove it for literals");

    public static readonly DiagnosticDescriptor PrebuiltDatasetUnreadable = Error(
        "RD0037", "Build step's dataset unreadable", "The dataset the build step wrote ({0}) cannot be read: {1}. Rebuild the project; if it persists, the RelationsData package's build step and generator are of different versions.");

    // The analyzer's: checks of the keys written in an app's code against the compiled datasets (Keys/LookupAnalyzer.cs).

    public static readonly DiagnosticDescriptor UnknownKey = Warning(
        "RD0027", "Unknown key", "\"{0}\" {1}");

    public static readonly DiagnosticDescriptor UseNamedMember = Info(
        "RD0028", "Use the named member", "{0} is always {1}; write {1}");

    public static readonly DiagnosticDescriptor NoSuchRelation = Warning(
        "RD0029", "No such relation", "The dataset has no relation between {0} and {1}: Between always returns null here");

    public static readonly DiagnosticDescriptor ComparisonNeverTrue = Warning(
        "RD0030", "Comparison that is never true", "No country has the {0} \"{1}\"{2}: this comparison is never true");

    private static DiagnosticDescriptor Info(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
