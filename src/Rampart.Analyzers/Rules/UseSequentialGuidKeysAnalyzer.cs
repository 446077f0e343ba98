using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>RMP3003: random <c>Guid.NewGuid()</c> keys fragment clustered indexes.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class UseSequentialGuidKeysAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.UseSequentialGuidKeys,
        "Use time-ordered UUIDv7 keys",
        "'{0}' gets a random Guid.NewGuid() key; random keys scatter index inserts",
        RuleCategories.Data,
        DiagnosticSeverity.Warning,
        "Use Guid.CreateVersion7() (time-ordered, via TimeProvider where tests need it) for entity keys.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = new KnownSymbols(start.Compilation);
            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "NewGuid", ContainingType: { Name: "Guid" } guid } || !guid.IsInNamespace("System"))
        {
            return;
        }

        var parent = invocation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        ISymbol? key = parent switch
        {
            ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } => member.Member,
            IPropertyInitializerOperation { InitializedProperties.Length: > 0 } property => property.InitializedProperties[0],
            IFieldInitializerOperation { InitializedFields.Length: > 0 } field => field.InitializedFields[0],
            IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation or IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } } => parameter,
            _ => null,
        };

        var owner = key is IParameterSymbol p ? (p.ContainingSymbol as IMethodSymbol)?.ContainingType : key?.ContainingType;
        if (key is not null && owner is not null && IsKey(key, owner) && IsEntity(owner, symbols))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), owner.Name + "." + key.Name));
        }
    }

    private static bool IsKey(ISymbol member, INamedTypeSymbol owner) =>
        string.Equals(member.Name, "Id", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(member.Name, owner.Name + "Id", StringComparison.OrdinalIgnoreCase) ||
        member.HasAttributeNamed("Key");

    /// <summary>Known entities when the project sees a DbContext; otherwise any type with a key (domain projects have no EF).</summary>
    private static bool IsEntity(INamedTypeSymbol owner, KnownSymbols symbols)
    {
        var entities = symbols.Entities;
        if (entities.Count == 0)
        {
            return true;
        }

        for (var current = owner; current is not null; current = current.BaseType)
        {
            if (entities.Contains(current))
            {
                return true;
            }
        }

        return false;
    }
}
