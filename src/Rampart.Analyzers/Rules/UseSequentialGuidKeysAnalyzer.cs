using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Rampart.Analyzers.Support;

namespace Rampart.Analyzers.Rules;

/// <summary>
/// RMP3003: random <c>Guid.NewGuid()</c> keys fragment clustered indexes — assigned to an entity's key, passed to its
/// constructor, wrapped in a strongly typed id (<c>new OrderId(Guid.NewGuid())</c>, <c>OrderId.From(…)</c>) or turned
/// into a string key (<c>Id = Guid.NewGuid().ToString()</c>) — and new keys a message carries to the service that stores
/// them (<c>new PlanJob(messageId, jobId: Guid.NewGuid())</c>).
/// </summary>
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
            var symbols = KnownSymbols.For(start.Compilation);
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

        // Guid.NewGuid().ToString() is the same random key, stored as text.
        var parent = invocation.Parent;
        while (parent is IConversionOperation or IInvocationOperation { TargetMethod.Name: "ToString" })
        {
            parent = parent.Parent;
        }

        if (!symbols.StoresOnlyInRedis && StronglyTypedId(parent, symbols) is { } id)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), id.Name));
            return;
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
        if (key is not null && owner is not null &&
            (!symbols.StoresOnlyInRedis && IsKey(key, owner) && IsEntity(owner, symbols) || IsCarriedKey(key, owner)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), owner.Name + "." + key.Name));
        }
    }

    /// <summary>
    /// A new key a message carries: a member or constructor parameter named for another thing's id (<c>CustomerId</c>,
    /// <c>jobId</c>) of a message type. The service that handles the message stores a row under it; the message's own
    /// id (<c>Id</c>, <c>messageId</c>) and correlation-style ids identify a delivery, not a row.
    /// </summary>
    private static bool IsCarriedKey(ISymbol member, INamedTypeSymbol owner)
    {
        var name = member.Name;
        if (name.Length <= 2 || !name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) || !IsMessage(owner))
        {
            return false;
        }

        var thing = name.Substring(0, name.Length - 2);
        return !NotKeyIds.Concat(MessageWords).Any(w => thing.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>
    /// A type named as a message (<c>OrderPlacedEvent</c>, <c>CommandBase</c>), deriving from one (resolved or not) or
    /// implementing a message interface (<c>IRequest</c>, <c>INotification</c>); a <c>…CommandBuilder</c> is not one.
    /// </summary>
    private static bool IsMessage(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (EndsWithMessageWord(current.Name))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(i => EndsWithMessageWord(i.Name));
    }

    private static bool EndsWithMessageWord(string name)
    {
        var stem = name.EndsWith("Base", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
        return MessageWords.Any(w => stem.EndsWith(w, StringComparison.Ordinal));
    }

    private static readonly string[] NotKeyIds = ["Correlation", "Trace", "Span", "Request", "Session", "Causation", "Idempotency", "Concurrency"];

    /// <summary>
    /// The strongly typed id the random value becomes: an argument of <c>new OrderId(…)</c> or of a static factory on it
    /// (<c>OrderId.From(…)</c>), when that id type is an entity's key (or, without an EF model, any type named <c>…Id</c>
    /// that is not a correlation, trace or request id).
    /// </summary>
    private static INamedTypeSymbol? StronglyTypedId(IOperation? parent, KnownSymbols symbols)
    {
        var id = parent switch
        {
            IArgumentOperation { Parent: IObjectCreationOperation creation } => creation.Type as INamedTypeSymbol,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { IsStatic: true } factory } } when factory.ReturnType.Name == factory.ContainingType.Name => factory.ContainingType,
            _ => null,
        };
        if (id is null || !id.Name.EndsWith("Id", StringComparison.Ordinal) || id.Name.Length <= 2 || NotKeyIds.Any(n => id.Name.StartsWith(n, StringComparison.Ordinal)))
        {
            return null;
        }

        var entities = symbols.Entities;
        return entities.Count == 0 || entities.OfType<INamedTypeSymbol>().Any(e => e.GetMembers().OfType<IPropertySymbol>().Any(p =>
            SymbolEqualityComparer.Default.Equals(p.Type, id) && IsKey(p, e)))
            ? id
            : null;
    }

    private static bool IsKey(ISymbol member, INamedTypeSymbol owner) =>
        string.Equals(member.Name, "Id", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(member.Name, owner.Name + "Id", StringComparison.OrdinalIgnoreCase) ||
        member.HasAttributeNamed("Key");

    private static readonly string[] MessageWords = ["Message", "Event", "Command", "Notification", "Request", "Query", "Dto"];

    /// <summary>
    /// Known entities when the project sees a DbContext; otherwise any type with a key (domain projects have no EF)
    /// except messages, whose ids identify a delivery, not a row.
    /// </summary>
    private static bool IsEntity(INamedTypeSymbol owner, KnownSymbols symbols)
    {
        var entities = symbols.Entities;
        if (entities.Count == 0)
        {
            return !MessageWords.Any(w => owner.Name.IndexOf(w, StringComparison.Ordinal) >= 0);
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
