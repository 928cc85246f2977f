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

        var request = tables
            .Combine(targetNamespace)
            .Combine(dataVersion)
            .Select((input, _) =>
            {
                var ((tables, ns), version) = input;
                return tables is null || ns.Diagnostic is not null ? null : new EmitRequest(tables, ns.Namespace, version.Version);
            })
            .WithTrackingName(TrackingNames.EmitRequest);

        context.RegisterSourceOutput(diagnostics.Combine(targetNamespace).Combine(namedMemberLimit), static (spc, input) =>
        {
            var ((dataDiagnostics, ns), limit) = input;
            foreach (var diagnostic in dataDiagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var optionProblem in new[] { ns.Diagnostic, limit.Diagnostic })
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
