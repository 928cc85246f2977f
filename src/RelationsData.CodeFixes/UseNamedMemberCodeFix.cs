using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RelationsData.CodeFixes;

/// <summary>
/// RD0028: replaces a constant lookup with the named member it always returns (<c>Countries.ByAlpha2("AZ")!</c> →
/// <c>Countries.Azerbaijan</c>), and drops the <c>!</c> or <c>?.</c> that no longer has a null to guard against.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNamedMemberCodeFix))]
[Shared]
public sealed class UseNamedMemberCodeFix : CodeFixProvider
{
    /// <summary>The id of "Use the named member" (DiagnosticDescriptors.UseNamedMember).</summary>
    public const string DiagnosticId = "RD0028";

    /// <summary>The diagnostic property with the member's name (LookupAnalyzer.MemberProperty).</summary>
    public const string MemberProperty = "Member";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
                || invocation.Expression is not MemberAccessExpressionSyntax access
                || !diagnostic.Properties.TryGetValue(MemberProperty, out var member) || member is null)
            {
                continue;
            }

            var title = $"Use {access.Expression}.{member}";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => Replace(context.Document, invocation, access.Expression, member, token), equivalenceKey: DiagnosticId),
                diagnostic);
        }
    }

    private static async Task<Document> Replace(Document document, InvocationExpressionSyntax invocation, ExpressionSyntax facade, string member, CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var named = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, facade.WithoutTrivia(), SyntaxFactory.IdentifierName(member));
        SyntaxNode old = invocation;
        SyntaxNode replacement = named;

        // `lookup!` → member; `lookup?.X` → member.X (the member is never null).
        if (invocation.Parent is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
        {
            old = suppressed;
        }
        else if (invocation.Parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == invocation)
        {
            old = conditional;
            replacement = SyntaxFactory.ParseExpression(named.ToFullString() + conditional.WhenNotNull.ToFullString().TrimEnd());
        }

        return document.WithSyntaxRoot(root.ReplaceNode(old, replacement.WithTriviaFrom(old)));
    }
}
