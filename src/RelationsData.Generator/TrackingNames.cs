namespace RelationsData.Generator;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string DataFiles = nameof(DataFiles);
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string AllParsedFiles = nameof(AllParsedFiles);
    public const string Linked = nameof(Linked);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Tables = nameof(Tables);
    public const string Namespace = nameof(Namespace);
    public const string NamedMemberLimit = nameof(NamedMemberLimit);
    public const string DataVersion = nameof(DataVersion);
    public const string NamespaceOwnerByReference = nameof(NamespaceOwnerByReference);
    public const string NamespaceOwner = nameof(NamespaceOwner);
    public const string NamespaceTaken = nameof(NamespaceTaken);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string FeaturesByReference = nameof(FeaturesByReference);
    public const string LanguageTooOld = nameof(LanguageTooOld);
    public const string TargetFeatures = nameof(TargetFeatures);
    public const string EmitRequest = nameof(EmitRequest);
    public const string Storage = nameof(Storage);
    public const string PrebuiltFile = nameof(PrebuiltFile);
    public const string Prebuilt = nameof(Prebuilt);
    public const string UsesPrebuilt = nameof(UsesPrebuilt);
}
