using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RelationsData.Generator.Diagnostics;
using RelationsData.Generator.Model;

namespace RelationsData.Generator.Keys;

/// <summary>
/// Checks the keys an app writes against the compiled datasets, as it types: a constant lookup that finds nothing
/// (RD0027), one that always finds a record with a named member (RD0028), a <c>Between</c> of two known countries without
/// a relation (RD0029), a comparison of a country's code or id with a value no country has (RD0030), and a named member
/// that is missing because its kind has more records than RelationsDataNamedMemberLimit (RD0023). It reads the
/// datasets from the compiled key tables, so it follows the version referenced; it never throws.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LookupAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that carries the named member RD0028 suggests (read by the code fix).</summary>
    public const string MemberProperty = "Member";

    private const string CountryType = "RelationsData.Country";

    private static readonly HashSet<string> Lookups = new(StringComparer.Ordinal) { "ByAlpha2", "ByAlpha3", "ByNumeric", "ById", "TryFind", "Between" };

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownKey, DiagnosticDescriptors.UseNamedMember, DiagnosticDescriptors.NoSuchRelation, DiagnosticDescriptors.ComparisonNeverTrue,
        DiagnosticDescriptors.NamedMembersOmitted);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Nothing is read until a lookup or a comparison on a country is met.
            var catalog = new DatasetCatalog(start.Compilation);
            start.RegisterOperationAction(c => Guarded(() => AnalyzeInvocation(c, catalog)), OperationKind.Invocation);
            start.RegisterOperationAction(c => Guarded(() => AnalyzeEquality(c, catalog)), OperationKind.Binary);
            start.RegisterOperationAction(c => Guarded(() => AnalyzePattern(c, catalog)), OperationKind.ConstantPattern);
            start.RegisterOperationAction(c => Guarded(() => AnalyzeCase(c, catalog)), OperationKind.CaseClause);

            // Only code that does not bind: `Events.Summit2020` where events are over the named-member limit.
            start.RegisterOperationAction(c => Guarded(() => AnalyzeMissingMember(c, catalog)), OperationKind.Invalid);
        });
    }

    /// <summary>Told of every exception a check swallowed; the tests listen, so that "never throws" is not bought by hiding bugs.</summary>
    internal static event Action<Exception>? Swallowed;

    // An analyzer that throws fails the user's build (AD0001) for the analyzer's fault: a check that cannot finish is skipped.
    private static void Guarded(Action check)
    {
        try
        {
            check();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Swallowed?.Invoke(e);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, DatasetCatalog catalog)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || !Lookups.Contains(method.Name) || catalog.OfFacade(method.ContainingType) is not { } keys)
        {
            return;
        }

        if (method.Name == "Between")
        {
            AnalyzeBetween(context, invocation, keys, catalog);
            return;
        }

        if (invocation.Arguments.Length == 0 || ConstantArgument(invocation.Arguments[0].Value) is not { } value)
        {
            return;
        }

        var argument = invocation.Arguments[0].Value.Syntax.GetLocation();
        var facade = method.ContainingType.Name;
        var (found, member, problem) = Resolve(keys, facade, method.Name, value);
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownKey, argument, Convert.ToString(value, CultureInfo.InvariantCulture), problem));
        }
        else if (found && !string.IsNullOrEmpty(member) && method.Name != "TryFind")
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(MemberProperty, member);
            var receiver = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                ? access.Expression.ToString()
                : facade;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UseNamedMember, invocation.Syntax.GetLocation(), properties, invocation.Syntax.ToString(), $"{receiver}.{member}"));
        }
    }

    /// <summary>
    /// RD0023 where code names a member its facade does not have because the kind is over RelationsDataNamedMemberLimit:
    /// beside the compiler's CS0117, it says why and what to use. Reported here rather than once per build by the
    /// generator, so that a project that never names one is told nothing (and the summary of the facade says it too).
    /// </summary>
    private static void AnalyzeMissingMember(OperationAnalysisContext context, DatasetCatalog catalog)
    {
        // `Events.X` and `Events.X(…)`: the invalid operation of a call has the invocation as its syntax.
        var access = context.Operation.Syntax switch
        {
            MemberAccessExpressionSyntax member => member,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member,
            _ => null,
        };
        if (access is null || !access.IsKind(SyntaxKind.SimpleMemberAccessExpression) || Array.IndexOf(DatasetCatalog.Facades, LastName(access.Expression)) < 0)
        {
            return;
        }

        var model = context.Operation.SemanticModel!;
        var name = model.GetSymbolInfo(access.Name, context.CancellationToken);
        if (name.Symbol is not null || name.CandidateSymbols.Length > 0
            || model.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol is not INamedTypeSymbol facade
            || catalog.OfFacade(facade) is not { } keys
            || !keys.UnnamedKinds.TryGetValue(facade.Name, out var kind))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.NamedMembersOmitted,
            access.Name.GetLocation(),
            facade.Name,
            access.Name.Identifier.ValueText,
            kind.Count.ToString(CultureInfo.InvariantCulture),
            kind.Limit.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The rightmost name of a receiver (<c>Events</c> in <c>App.Data.Events</c>), without binding it.</summary>
    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>What a constant lookup finds: whether it finds a record, that record's member, or what is wrong.</summary>
    private static (bool Found, string? Member, string? Problem) Resolve(KeyTable keys, string facade, string method, object value)
    {
        switch (facade, method, value)
        {
            case ("Countries", "ByAlpha2", string code) when keys.HasCountries:
                return keys.CountriesByAlpha2.TryGetValue(code, out var a2) ? (true, a2.Member, null) : (false, null, KeySuggestions.ForCode(keys, code, "alpha-2", c => c.Alpha2));
            case ("Countries", "ByAlpha3", string code) when keys.HasCountries:
                return keys.CountriesByAlpha3.TryGetValue(code, out var a3) ? (true, a3.Member, null) : (false, null, KeySuggestions.ForCode(keys, code, "alpha-3", c => c.Alpha3));
            case ("Countries", "ByNumeric", int numeric) when keys.HasCountries:
                return keys.CountriesByNumeric.TryGetValue(numeric, out var n)
                    ? (true, n.Member, null)
                    : (false, null, "is not an ISO 3166-1 numeric code of this dataset");
            case ("Countries", "ById", string id) when keys.HasCountries:
                return keys.CountriesById.TryGetValue(id, out var c) ? (true, c.Member, null) : (false, null, KeySuggestions.ForCountry(keys, id, byId: true));
            case ("Countries", "TryFind", string name) when keys.HasCountries:
                return keys.FindsName(Shared.NameFolding.Fold(name)) ? (true, null, null) : (false, null, KeySuggestions.ForCountry(keys, name, byId: false));
            case ("Relations", "ById", string id) when keys.RelationsById.Count > 0:
                return keys.RelationsById.TryGetValue(id, out var r) ? (true, r.Member, null) : (false, null, KeySuggestions.ForId(keys.RelationsById.Keys, id, "relation"));
            case ("Events", "ById", string id) when keys.EventsById.Count > 0:
                return keys.EventsById.TryGetValue(id, out var e) ? (true, e.Member, null) : (false, null, KeySuggestions.ForId(keys.EventsById.Keys, id, "event"));
            case ("References", "ById", string id) when keys.ReferencesById.Count > 0:
                return keys.ReferencesById.TryGetValue(id, out var f) ? (true, f.Member, null) : (false, null, KeySuggestions.ForId(keys.ReferencesById.Keys, id, "reference"));
            default:
                return (false, null, null);
        }
    }

    private static void AnalyzeBetween(OperationAnalysisContext context, IInvocationOperation invocation, KeyTable keys, DatasetCatalog catalog)
    {
        if (invocation.Arguments.Length != 2 || keys.RelationsById.Count == 0 || !keys.HasCountries)
        {
            return;
        }

        var first = KnownCountry(invocation.Arguments[0].Value, keys, catalog);
        var second = KnownCountry(invocation.Arguments[1].Value, keys, catalog);
        if (first is not null && second is not null && first.Id != second.Id && !keys.RelationsByPair.ContainsKey(KeyTable.PairKey(first.Id, second.Id)))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoSuchRelation, invocation.Syntax.GetLocation(), first.ShortName, second.ShortName));
        }
    }

    /// <summary>A country known at compile time: a named member of the same dataset, or a constant lookup that finds one.</summary>
    private static CountryKey? KnownCountry(IOperation operation, KeyTable keys, DatasetCatalog catalog)
    {
        operation = Unwrapped(operation);
        switch (operation)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when ReferenceEquals(catalog.OfFacade(property.ContainingType), keys) && property.ContainingType.Name == "Countries":
                return keys.Countries.FirstOrDefault(c => c.Member == property.Name);
            case IInvocationOperation { TargetMethod: { IsStatic: true } method } lookup
                when method.Name is "ByAlpha2" or "ByAlpha3" or "ByNumeric" or "ById" && ReferenceEquals(catalog.OfFacade(method.ContainingType), keys)
                    && lookup.Arguments.Length == 1 && ConstantArgument(lookup.Arguments[0].Value) is { } value:
                var (found, member, _) = Resolve(keys, "Countries", method.Name, value);
                return found ? keys.Countries.FirstOrDefault(c => c.Member == member) : null;
            default:
                return null;
        }
    }

    private static void AnalyzeEquality(OperationAnalysisContext context, DatasetCatalog catalog)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind != BinaryOperatorKind.Equals)
        {
            return;
        }

        var (property, constant) = CountryKeyProperty(binary.LeftOperand) is { } left ? (left, binary.RightOperand) : (CountryKeyProperty(binary.RightOperand), binary.LeftOperand);
        if (property is not null)
        {
            ReportNeverTrue(context, catalog, property, constant);
        }
    }

    private static void AnalyzePattern(OperationAnalysisContext context, DatasetCatalog catalog)
    {
        var pattern = (IConstantPatternOperation)context.Operation;

        // The value matched: `x is "AZ"`, a switch statement's `case "AZ":`, a switch expression's `"AZ" =>`.
        var input = pattern.Parent switch
        {
            IIsPatternOperation isPattern => isPattern.Value,
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation @switch } } => @switch.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation expression } => expression.Value,
            _ => null,
        };
        if (input is not null && CountryKeyProperty(input) is { } property)
        {
            ReportNeverTrue(context, catalog, property, pattern.Value);
        }
    }

    /// <summary>A switch statement's <c>case "AZ":</c> on a country's code or id.</summary>
    private static void AnalyzeCase(OperationAnalysisContext context, DatasetCatalog catalog)
    {
        if (context.Operation is ISingleValueCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation @switch } } clause
            && CountryKeyProperty(@switch.Value) is { } property)
        {
            ReportNeverTrue(context, catalog, property, clause.Value);
        }
    }

    private static void ReportNeverTrue(OperationAnalysisContext context, DatasetCatalog catalog, IPropertySymbol property, IOperation constant)
    {
        if (ConstantArgument(constant) is not string value || catalog.All is not { Count: > 0 } datasets || datasets.Any(d => !d.HasCountries))
        {
            return;
        }

        // Any dataset's country (current or former) could be the one compared.
        Func<CountryKey, string> key = property.Name switch { "Alpha2" => c => c.Alpha2, "Alpha3" => c => c.Alpha3, _ => c => c.Id };
        if (datasets.Any(d => d.Countries.Any(c => key(c) == value)))
        {
            return;
        }

        var what = property.Name switch { "Alpha2" => "alpha-2 code", "Alpha3" => "alpha-3 code", _ => "id" };
        var differsInCase = datasets.SelectMany(d => d.Countries).Select(key).FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase));
        var hint = differsInCase is null ? string.Empty : $" (\"{differsInCase}\" differs in case, and == compares case)";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ComparisonNeverTrue, constant.Syntax.GetLocation(), what, value, hint));
    }

    /// <summary><c>country.Alpha2</c>, <c>.Alpha3</c> or <c>.Id</c> of a RelationsData.Country, or none.</summary>
    private static IPropertySymbol? CountryKeyProperty(IOperation operation) =>
        Unwrapped(operation) is IPropertyReferenceOperation { Property: { IsStatic: false, Name: "Alpha2" or "Alpha3" or "Id" } property }
            && property.ContainingType.ToDisplayString() == CountryType
            ? property
            : null;

    /// <summary>A constant written as a value: literals, const fields and locals, concatenations; not nameof or an interpolated string.</summary>
    private static object? ConstantArgument(IOperation operation)
    {
        operation = Unwrapped(operation);
        return operation is INameOfOperation or IInterpolatedStringOperation || !operation.ConstantValue.HasValue ? null : operation.ConstantValue.Value;
    }

    private static IOperation Unwrapped(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
