using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP5001: secrets in source end up in every clone, build log and container image.</summary>
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

    private static readonly string[] SecretWords =
        ["password", "passwd", "pwd", "secret", "apikey", "api_key", "accesskey", "access_key", "privatekey", "private_key", "token", "signingkey", "signing_key", "credential"];

    private static readonly string[] NotSecretWords =
        ["name", "header", "path", "url", "uri", "endpoint", "type", "field", "file", "prefix", "format", "policy", "claim", "section", "label", "length", "expir", "lifetime", "scheme", "issuer", "audience"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.StringLiteralExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var text = literal.Token.ValueText;
        if (text.Length < 8)
        {
            return;
        }

        var reason = SecretShapes.Describe(text);
        if (reason is null && IsSecretName(NameOf(literal)) && SecretShapes.LooksRandom(text))
        {
            reason = "a secret assigned to '" + NameOf(literal) + "'";
        }

        if (reason is null && SecretShapes.LooksRandom(text) && IsKeyMaterial(literal, context.SemanticModel, context.CancellationToken))
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

    private static bool IsSecretName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        var last = lower.Split(':', '.', '_').Last();
        return SecretWords.Any(lower.Contains) && !NotSecretWords.Any(last.Contains);
    }
}
