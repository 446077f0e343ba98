using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Rampart.Analyzers.Support;

/// <summary>
/// Decides whether text built into SQL can carry input: constants, numbers, GUIDs, dates and enums cannot; neither can
/// locals and read-only members of the type that only ever hold such values (a member set by a private constructor
/// counts when every call of that constructor in the file passes such a value). Anything else may come from outside.
/// </summary>
internal static class TrustedText
{
    private const int MaxDepth = 10;

    /// <summary>True when the value is text built from pieces that are not all trusted.</summary>
    public static bool IsBuiltFromUntrusted(IOperation? value)
    {
        var operation = value?.WalkDownConversions();
        return operation is not null && operation.IsBuiltString() && !IsTrusted(operation, 0);
    }

    public static bool IsTrusted(IOperation? value, int depth)
    {
        var operation = value?.WalkDownConversions();
        if (operation is null || depth > MaxDepth)
        {
            return false;
        }

        if (operation.ConstantValue.HasValue || (operation.Type is { } type && IsInertType(type)))
        {
            return true;
        }

        return operation switch
        {
            IInterpolatedStringOperation interpolated => interpolated.Parts.All(p => p is not IInterpolationOperation hole || IsTrusted(hole.Expression, depth + 1)),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => IsTrusted(binary.LeftOperand, depth + 1) && IsTrusted(binary.RightOperand, depth + 1),
            IInvocationOperation invocation => IsTrustedCall(invocation, depth),
            IImplicitIndexerReferenceOperation indexer => IsTrusted(indexer.Instance, depth + 1),
            ILocalReferenceOperation local => IsTrustedLocal(local, depth),
            IMemberReferenceOperation member when member.Member is IFieldSymbol or IPropertySymbol => IsTrustedMember(member, depth),
            _ => false,
        };
    }

    private static bool IsInertType(ITypeSymbol type) =>
        type.SpecialType is not (SpecialType.System_String or SpecialType.System_Object or SpecialType.System_Char) &&
        (type.IsValueType || type.TypeKind == TypeKind.Enum) && type.TypeKind != TypeKind.TypeParameter;

    private static bool IsTrustedCall(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        var receiver = invocation.Instance;
        switch (method.Name)
        {
            case "ToString" or "ToLowerInvariant" or "ToUpperInvariant" or "ToLower" or "ToUpper" or "Trim" or "Substring" when receiver is not null:
                return IsTrusted(receiver, depth + 1) || (receiver.Type is { } type && IsInertType(type));
            case "Format" or "Concat" or "Join" when method.ContainingType.SpecialType == SpecialType.System_String:
                return invocation.Arguments.All(a => IsTrusted(a.Value, depth + 1) ||
                    a.Value.WalkDownConversions() is IArrayCreationOperation { Initializer: { } items } && items.ElementValues.All(e => IsTrusted(e, depth + 1)));
            default:
                return false;
        }
    }

    private static bool IsTrustedLocal(ILocalReferenceOperation local, int depth)
    {
        if (local.EnclosingFunction() is not { } function)
        {
            return false;
        }

        var writes = function.Descendants().Select(o => o switch
        {
            IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) => declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local.Local) => assignment.Value,
            ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound when SymbolEqualityComparer.Default.Equals(target.Local, local.Local) => compound.Value,
            _ => null,
        }).Where(v => v is not null).ToList();
        return writes.Count > 0 && writes.All(w => IsTrusted(w, depth + 1));
    }

    /// <summary>A read-only field or get-only property of the same type, written only with trusted values in this file.</summary>
    private static bool IsTrustedMember(IMemberReferenceOperation reference, int depth)
    {
        var member = reference.Member;
        var readOnly = member switch
        {
            IFieldSymbol field => field.IsReadOnly || field.IsConst,
            IPropertySymbol property => property.SetMethod is null || property.SetMethod.IsInitOnly && property.SetMethod.DeclaredAccessibility == Accessibility.Private,
            _ => false,
        };
        var model = reference.SemanticModel;
        var type = member.ContainingType;
        if (!readOnly || model is null || type.DeclaringSyntaxReferences.FirstOrDefault(r => r.SyntaxTree == model.SyntaxTree)?.GetSyntax() is not TypeDeclarationSyntax declaration)
        {
            return false;
        }

        var values = new List<IOperation?>();
        foreach (var node in declaration.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when model.GetOperation(assignment) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } write &&
                                                                 SymbolEqualityComparer.Default.Equals(target.Member, member):
                    values.Add(write.Value);
                    break;
                case VariableDeclaratorSyntax { Initializer.Value: { } initializer } variable when model.GetDeclaredSymbol(variable) is { } declared &&
                                                                                                  SymbolEqualityComparer.Default.Equals(declared, member):
                    values.Add(model.GetOperation(initializer));
                    break;
                case PropertyDeclarationSyntax { Initializer.Value: { } initializer } property when model.GetDeclaredSymbol(property) is { } declared &&
                                                                                                   SymbolEqualityComparer.Default.Equals(declared, member):
                    values.Add(model.GetOperation(initializer));
                    break;
            }
        }

        return values.Count > 0 && values.All(v => v?.WalkDownConversions() is IParameterReferenceOperation parameter
            ? IsTrustedConstructorParameter(parameter.Parameter, declaration, model, depth)
            : IsTrusted(v, depth + 1));
    }

    /// <summary>The operation of a node inside the operation tree of its whole member, so locals it reads can be traced.</summary>
    private static IOperation? InItsFunction(SyntaxNode node, SemanticModel model)
    {
        var body = node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        var root = body is null ? null : model.GetOperation(body);
        return root?.Descendants().FirstOrDefault(o => o.Syntax == node) ?? model.GetOperation(node);
    }

    /// <summary>A parameter of a private constructor that every creation of the type in its declaration passes a trusted value.</summary>
    private static bool IsTrustedConstructorParameter(IParameterSymbol parameter, TypeDeclarationSyntax declaration, SemanticModel model, int depth)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, DeclaredAccessibility: Accessibility.Private } constructor)
        {
            return false;
        }

        var arguments = declaration.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()
            .Select(c => InItsFunction(c, model) as IObjectCreationOperation)
            .Where(c => c is not null && SymbolEqualityComparer.Default.Equals(c.Constructor, constructor))
            .Select(c => c!.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, parameter))?.Value)
            .ToList();
        return arguments.Count > 0 && arguments.All(a => IsTrusted(a, depth + 1));
    }
}
