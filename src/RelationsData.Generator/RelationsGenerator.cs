using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Emit;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;
using RelationsData.Generator.Prebuilt;
using RelationsData.Generator.Tables;

namespace RelationsData.Generator;

/// <summary>
/// Compiles the JSON data files of a project into typed tables. The pipeline only wires the stages:
/// each file is parsed on its own (cached per file, Parsing/) → all files are linked (Linking/) → tables are laid out
/// (Tables/) → C# is emitted (Emit/). Every diagnostic, of any stage, is reported by the one diagnostics output below.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RelationsGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var storage = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => StorageOption.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Storage);

        // In a real build with RelationsDataStorage=resource, the build step has parsed, linked and laid out the data
        // already (Prebuilt/); the generator reads what it wrote instead of parsing the JSON again. The IDE's
        // design-time builds have no such file, and parse the JSON as you type.
        var prebuilt = context.AdditionalTextsProvider
            .Where(file => PrebuiltDataset.IsPrebuiltFile(file.Path))
            .Select((file, cancellationToken) => PrebuiltDatasetReader.Read(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.PrebuiltFile)
            .Collect()
            .Select((all, _) => all.FirstOrDefault())
            .CombinePair(storage)
            .Select((input, _) => input.Right.Resource ? input.Left : null)
            .WithTrackingName(TrackingNames.Prebuilt);

        var usesPrebuilt = prebuilt
            .Select((dataset, _) => dataset is not null ? PrebuiltInUse.Yes : PrebuiltInUse.No)
            .WithTrackingName(TrackingNames.UsesPrebuilt);

        var dataFiles = context.AdditionalTextsProvider
            .CombinePair(context.AnalyzerConfigOptionsProvider.Select((options, _) => DataFileSelector.Read(options)))
            .Where(pair => pair.Right.IsDataFile(pair.Left))
            .Select((pair, _) => pair.Left)
            .CombinePair(usesPrebuilt)
            .Where(pair => !pair.Right.InUse)
            .Select((pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.DataFiles);

        var parsed = dataFiles
            .Select((file, cancellationToken) => DataFileParser.Parse(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var namedMemberLimit = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => NamedMemberLimitOption.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.NamedMemberLimit);

        // The limit goes to the link as well as to the tables: a kind over it is not named, so it cannot collide.
        var linked = parsed
            .Collect()
            .Select((files, _) => new ParsedFiles(files))
            .WithTrackingName(TrackingNames.AllParsedFiles)
            .CombinePair(namedMemberLimit)
            .Select((input, cancellationToken) => DatasetLinker.Link(input.Left.Files, input.Right.Limit, cancellationToken))
            .WithTrackingName(TrackingNames.Linked);

        var diagnostics = linked
            .CombinePair(prebuilt)
            .Select((input, _) => new DiagnosticList(input.Right is { } fromBuild ? fromBuild.Diagnostics : input.Left.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);

        var tables = linked
            .CombinePair(namedMemberLimit)
            .CombinePair(prebuilt)
            .Select((input, cancellationToken) =>
            {
                var ((result, limit), fromBuild) = input;
                if (fromBuild is not null)
                {
                    return fromBuild.Tables;
                }

                return result.Dataset.IsEmpty ? null : TableBuilder.Build(result.Dataset, limit.Limit, cancellationToken);
            })
            .WithTrackingName(TrackingNames.Tables);

        var targetNamespace = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => NamespaceOption.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Namespace);

        var dataVersion = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => DataVersionOption.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.DataVersion);

        // Per reference, so editing code (or adding a data file) reads no metadata again.
        var namespaceOwner = context.MetadataReferencesProvider
            .CombinePair(targetNamespace)
            .Select((pair, cancellationToken) => NamespaceOwner.Find(pair.Left, pair.Right.Namespace, cancellationToken))
            .WithTrackingName(TrackingNames.NamespaceOwnerByReference)
            .Collect()
            .Select((owners, _) => owners.FirstOrDefault(owner => owner is not null))
            .WithTrackingName(TrackingNames.NamespaceOwner);

        var namespaceTaken = tables
            .CombinePair(targetNamespace)
            .CombinePair(namespaceOwner)
            .Select((input, _) =>
            {
                var ((tables, ns), owner) = input;
                return tables is null || owner is null ? null : DiagnosticInfo.Create(DiagnosticDescriptors.NamespaceTaken, null, ns.Namespace, owner);
            })
            .WithTrackingName(TrackingNames.NamespaceTaken);

        // Per reference, like the namespace owner: the target framework's features, not the code being edited.
        var languageVersion = context.ParseOptionsProvider
            .Select((options, _) => new EffectiveLanguageVersion(options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() : int.MaxValue))
            .WithTrackingName(TrackingNames.LanguageVersion);

        var targetFeatures = context.MetadataReferencesProvider
            .Select((reference, cancellationToken) => new ReferenceFlags(TargetFeatures.FlagsOf(reference, cancellationToken)))
            .WithTrackingName(TrackingNames.FeaturesByReference)
            .Collect()
            .Select((all, _) => ReferenceFlags.Union(all))
            .CombinePair(languageVersion)
            .Select((input, _) => TargetFeatures.Of(input.Left.Flags, input.Right.Version))
            .WithTrackingName(TrackingNames.TargetFeatures);

        // C# 7.3 is the oldest the generated code can be written in (ReadOnlySpan<byte> over constant data).
        var languageTooOld = tables
            .CombinePair(targetFeatures)
            .Select((input, _) => input.Left is null || input.Right.LanguageVersion >= Emit.CSharpDialect.Oldest
                ? null
                : DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooOld, null, Emit.CSharpDialect.Name(input.Right.LanguageVersion)))
            .WithTrackingName(TrackingNames.LanguageTooOld);

        var request = tables
            .CombinePair(targetNamespace)
            .CombinePair(dataVersion)
            .CombinePair(namespaceTaken)
            .CombinePair(targetFeatures)
            .CombinePair(storage)
            .Select((input, _) =>
            {
                var (((((tables, ns), version), taken), features), storage) = input;
                return tables is null || ns.Diagnostic is not null || taken is not null || features.LanguageVersion < Emit.CSharpDialect.Oldest
                    ? null
                    : new EmitRequest(tables, ns.Namespace, version.Version) { Features = features, ResourceStorage = storage.Resource };
            })
            .WithTrackingName(TrackingNames.EmitRequest);

        var reported = diagnostics.CombinePair(targetNamespace).CombinePair(namedMemberLimit).CombinePair(namespaceTaken).CombinePair(languageTooOld).CombinePair(storage);
        context.RegisterSourceOutput(reported, static (spc, input) =>
        {
            var (((((dataDiagnostics, ns), limit), taken), tooOld), storage) = input;
            foreach (var diagnostic in dataDiagnostics.Items)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var optionProblem in new[] { ns.Diagnostic, limit.Diagnostic, taken, tooOld, storage.Diagnostic })
            {
                if (optionProblem is not null)
                {
                    spc.ReportDiagnostic(optionProblem.ToDiagnostic());
                }
            }
        });

        context.RegisterSourceOutput(request, static (spc, request) =>
        {
            if (request is null)
            {
                return;
            }

            foreach (var (hintName, source) in DatasetEmitter.Emit(request))
            {
                spc.AddSource(hintName, source);
            }

        });
    }
}
