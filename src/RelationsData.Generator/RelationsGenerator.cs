using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Emit;
using RelationsData.Generator.Linking;
using RelationsData.Generator.Model;
using RelationsData.Generator.Parsing;

namespace RelationsData.Generator;

/// <summary>
/// Compiles the JSON data files of a project into typed tables. The pipeline only wires the stages:
/// each file is parsed on its own (cached per file) → all files are linked → tables are laid out → C# is emitted.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RelationsGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var dataFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Select((options, _) => DataFileSelector.Read(options)))
            .Where(pair => pair.Right.IsDataFile(pair.Left))
            .Select((pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.DataFiles);

        var parsed = dataFiles
            .Select((file, cancellationToken) => DataFileParser.Parse(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var linked = parsed
            .Collect()
            .WithTrackingName(TrackingNames.AllParsedFiles)
            .Select((files, cancellationToken) => DatasetLinker.Link(files, cancellationToken))
            .WithTrackingName(TrackingNames.Linked);

        var diagnostics = linked
            .Select((result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        var namedMemberLimit = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => NamedMemberLimitOption.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.NamedMemberLimit);

        var tables = linked
            .Combine(namedMemberLimit)
            .Select((pair, cancellationToken) => pair.Left.Dataset.IsEmpty ? null : TableBuilder.Build(pair.Left.Dataset, pair.Right.Limit, cancellationToken))
            .WithTrackingName(TrackingNames.Tables);

        var targetNamespace = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => NamespaceOption.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Namespace);

        var dataVersion = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => DataVersionOption.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.DataVersion);

        // Per reference, so editing code (or adding a data file) reads no metadata again.
        var namespaceOwner = context.MetadataReferencesProvider
            .Combine(targetNamespace)
            .Select((pair, cancellationToken) => NamespaceOwner.Find(pair.Left, pair.Right.Namespace, cancellationToken))
            .WithTrackingName(TrackingNames.NamespaceOwnerByReference)
            .Collect()
            .Select((owners, _) => owners.FirstOrDefault(owner => owner is not null))
            .WithTrackingName(TrackingNames.NamespaceOwner);

        var namespaceTaken = tables
            .Combine(targetNamespace)
            .Combine(namespaceOwner)
            .Select((input, _) =>
            {
                var ((tables, ns), owner) = input;
                return tables is null || owner is null ? null : DiagnosticInfo.Create(DiagnosticDescriptors.NamespaceTaken, null, ns.Namespace, owner);
            })
            .WithTrackingName(TrackingNames.NamespaceTaken);

        var request = tables
            .Combine(targetNamespace)
            .Combine(dataVersion)
            .Combine(namespaceTaken)
            .Select((input, _) =>
            {
                var (((tables, ns), version), taken) = input;
                return tables is null || ns.Diagnostic is not null || taken is not null ? null : new EmitRequest(tables, ns.Namespace, version.Version);
            })
            .WithTrackingName(TrackingNames.EmitRequest);

        context.RegisterSourceOutput(diagnostics.Combine(targetNamespace).Combine(namedMemberLimit).Combine(namespaceTaken), static (spc, input) =>
        {
            var (((dataDiagnostics, ns), limit), taken) = input;
            foreach (var diagnostic in dataDiagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var optionProblem in new[] { ns.Diagnostic, limit.Diagnostic, taken })
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

            foreach (var kind in request.Tables.UnnamedKinds)
            {
                spc.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NamedMembersOmitted,
                    Location.None,
                    kind.Facade.ToLowerInvariant(),
                    kind.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    kind.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    kind.Facade));
            }
        });
    }
}
