using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP5001: secrets in source end up in every clone, build log and container image — in C# literals (by shape, by the
/// name they are stored under, or by the parameter they are passed to), in <c>appsettings*.json</c> and in <c>*.http</c>
/// request samples (read as additional files).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNotHardcodeSecretsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.DoNotHardcodeSecrets,
        "Do not hardcode secrets",
        "The string looks like {0}; secrets in source leak through history and builds",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        "Read the secret from configuration (user-secrets locally, environment or a vault in production) and rotate the leaked value.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tests = IsTestProject(start.Compilation);
            start.RegisterSyntaxNodeAction(c => Analyze(c, tests), SyntaxKind.StringLiteralExpression);
        });
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var path = context.AdditionalFile.Path;
        if (!SecretFiles.IsScanned(path) || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var (span, reason) in SecretFiles.Find(path, text.ToString()))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(path, span, text.Lines.GetLinePositionSpan(span)), reason));
        }
    }

    /// <summary>Test projects create throwaway users: only secrets that work elsewhere (known token formats, key material) count there.</summary>
    private static bool IsTestProject(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(a => a.Name is "xunit.core" or "xunit.v3.core" or "nunit.framework" or "Microsoft.VisualStudio.TestPlatform.TestFramework" or "MSTest.TestFramework");

    private static void Analyze(SyntaxNodeAnalysisContext context, bool tests)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var text = literal.Token.ValueText;
        if (text.Length < 4)
        {
            return;
        }

        var reason = text.Length >= 8 ? SecretShapes.Describe(text) : null;
        var name = NameOf(literal) ?? ParameterOf(literal, context.SemanticModel, context.CancellationToken);
        if (reason is null && SecretNames.IsSecret(name) && (tests ? SecretShapes.LooksRandom(text) && !IsPositional(literal) : SecretNames.HoldsSecret(name!, text)))
        {
            reason = "a secret assigned to '" + name + "'";
        }

        if (reason is null && IsHashedSecret(literal))
        {
            reason = "a client secret hashed in code";
        }

        if (reason is null && text.Length >= 8 && SecretShapes.LooksRandom(text) && IsKeyMaterial(literal, context.SemanticModel, context.CancellationToken))
        {
            reason = "a signing or encryption key";
        }

        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), reason));
        }
    }

    /// <summary>The name the literal is stored under: variable, property, field, named argument or indexer key.</summary>
    private static string? NameOf(LiteralExpressionSyntax literal) =>
        literal.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => variable.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
            AssignmentExpressionSyntax assignment when assignment.Right == literal => assignment.Left switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                ImplicitElementAccessSyntax element => element.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax key ? key.Token.ValueText : null,
                ElementAccessExpressionSyntax element => element.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax key ? key.Token.ValueText : null,
                _ => null,
            },
            ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            _ => null,
        };

    /// <summary>
    /// The parameter a literal is passed to positionally, asked of the semantic model only for short literals without
    /// spaces: <c>new NetworkCredential("user", "Pa55word")</c>, <c>userManager.CreateAsync(user, "Pa55word!")</c>.
    /// </summary>
    private static string? ParameterOf(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken) =>
        literal.Parent is ArgumentSyntax { NameColon: null } argument && literal.Token.ValueText.Length <= 200 && !literal.Token.ValueText.Any(char.IsWhiteSpace) &&
        model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter }
            ? parameter.Name
            : null;

    private static bool IsPositional(LiteralExpressionSyntax literal) => literal.Parent is ArgumentSyntax { NameColon: null };

    /// <summary>IdentityServer-style client secrets hashed from a literal: <c>new Secret("secret".Sha256())</c>.</summary>
    private static bool IsHashedSecret(LiteralExpressionSyntax literal) =>
        literal.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sha256" or "Sha512", Parent: InvocationExpressionSyntax hash } &&
        hash.Parent is ArgumentSyntax { Parent.Parent: ObjectCreationExpressionSyntax { Type: var type } } && type.ToString().EndsWith("Secret", StringComparison.Ordinal);

    /// <summary>
    /// A literal turned into key bytes: <c>new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))</c>, <c>new HMACSHA256(…)</c>.
    /// A target-typed <c>new(…)</c> counts only when the type it creates is such a key (asked of the semantic model,
    /// which only happens for the few literals that reach this point).
    /// </summary>
    private static bool IsKeyMaterial(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode node = literal;
        if (node.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetBytes" } } getBytes })
        {
            node = getBytes;
        }

        if (node.Parent is not ArgumentSyntax { Parent.Parent: BaseObjectCreationExpressionSyntax creation })
        {
            return false;
        }

        var typeName = creation is ObjectCreationExpressionSyntax explicitType
            ? explicitType.Type.ToString().Split('.').Last()
            : model.GetTypeInfo(creation, cancellationToken).Type?.Name;
        return typeName is not null && (typeName.EndsWith("Key", StringComparison.Ordinal) || typeName.StartsWith("HMAC", StringComparison.Ordinal));
    }
}
