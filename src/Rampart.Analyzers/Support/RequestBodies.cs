using Microsoft.CodeAnalysis;

namespace Rampart.Analyzers.Support;

/// <summary>Decides which handler parameters are request bodies and whether their types are validated.</summary>
internal static class RequestBodies
{
    private static readonly string[] NonBodyBindings =
        ["FromServices", "FromQuery", "FromRoute", "FromHeader", "FromForm", "AsParameters", "FromKeyedServices"];

    private static readonly string[] ServiceSuffixes =
        ["Service", "Repository", "Handler", "Client", "Factory", "Provider", "Store", "Context", "Calculator", "Options", "Settings"];

    public static bool IsBody(IParameterSymbol parameter, Endpoint endpoint)
    {
        if (parameter.HasAttributeNamed("FromBody"))
        {
            return true;
        }

        if (NonBodyBindings.Any(parameter.HasAttributeNamed) ||
            !(endpoint.IsVerb("POST") || endpoint.IsVerb("PUT") || endpoint.IsVerb("PATCH")) || endpoint.HttpMethod is null)
        {
            return false;
        }

        if (endpoint.IsController && !HasApiControllerAttribute(endpoint.Handler.ContainingType))
        {
            return false;
        }

        return IsComplexPayloadType(parameter.Type, endpoint.Symbols);
    }

    /// <summary>A class, record or struct the framework would read from the body rather than resolve from DI.</summary>
    private static bool IsComplexPayloadType(ITypeSymbol type, KnownSymbols symbols)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } named ||
            named.SpecialType != SpecialType.None || named.IsInNamespace("System") || named.IsInNamespace("Microsoft") ||
            symbols.IsDbContext(named) || named.GetMembers("TryParse").Any() || named.GetMembers("BindAsync").Any())
        {
            return false;
        }

        if (ServiceSuffixes.Any(s => named.Name.EndsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }

        // Services resolved from DI take dependencies; payloads carry data: properties to set or constructor values.
        // A record is a payload even when a value is typed by an interface (IReadOnlyList<string> Tags, IFormFile File).
        var constructors = named.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToList();
        if (!named.IsRecord && constructors.Any(c => c.Parameters.Any(p => IsDependency(p.Type, symbols))))
        {
            return false;
        }

        return constructors.Any(c => c.Parameters.Length > 0) ||
            named.GetMembers().OfType<IPropertySymbol>().Any(p => p.SetMethod is { DeclaredAccessibility: Accessibility.Public });
    }

    private static bool IsDependency(ITypeSymbol type, KnownSymbols symbols) =>
        type.TypeKind == TypeKind.Interface && !IsDataInterface(type) || type.IsAbstract && type.SpecialType == SpecialType.None && type.TypeKind == TypeKind.Class ||
        symbols.IsDbContext(type) || type.IsInNamespace("Microsoft") ||
        type.Name is "HttpClient" or "TimeProvider";

    /// <summary>Collections and uploaded files: interfaces a payload carries as values, never services.</summary>
    private static bool IsDataInterface(ITypeSymbol type) =>
        type.IsInNamespace("System.Collections") || type.Name is "IEnumerable" or "IAsyncEnumerable" or "IFormFile" or "IFormFileCollection";

    private static bool HasApiControllerAttribute(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.HasAttributeNamed("ApiController"))
            {
                return true;
            }
        }

        return type?.ContainingAssembly.HasAttributeNamed("ApiController") == true;
    }

    public static bool IsValidated(INamedTypeSymbol type, KnownSymbols symbols)
    {
        if (type.Implements(symbols.ValidatableObject) || symbols.Validators.Contains(type.OriginalDefinition))
        {
            return true;
        }

        for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && HasValidationAttribute(member, symbols))
                {
                    return true;
                }

                if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor &&
                    constructor.Parameters.Any(p => HasValidationAttribute(p, symbols)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every value <paramref name="type"/> carries is a <c>bool</c> (or <c>bool?</c>): there is nothing to refuse
    /// at the gate, since the JSON binder already answers 400 for a value that is not <c>true</c>, <c>false</c> (or
    /// <c>null</c>). A PATCH body of flags is the usual case.
    /// </summary>
    public static bool HasOnlyBooleans(INamedTypeSymbol type)
    {
        var values = new List<ITypeSymbol>();
        for (var current = type; current is not null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            values.AddRange(current.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public && p.Name != "EqualityContract")
                .Select(p => p.Type));
        }

        return values.Count > 0 && values.All(IsBoolean);
    }

    private static bool IsBoolean(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean
        || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean);

    private static bool HasValidationAttribute(ISymbol symbol, KnownSymbols symbols) =>
        symbol.HasAttribute(c => symbols.ValidationAttribute is { } validation
            ? c.InheritsFrom(validation)
            : c.Name.EndsWith("Attribute", StringComparison.Ordinal) && c.IsInNamespace("System.ComponentModel.DataAnnotations"));
}
