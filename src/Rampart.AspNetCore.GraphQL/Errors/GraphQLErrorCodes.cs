namespace Rampart.AspNetCore.GraphQL.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values of errors about the GraphQL document itself. Errors a resolver reports carry
/// the same codes as the problem details of the REST edge (<c>validation.failed</c>, <c>http.forbidden</c>, the use
/// case's own codes, …).
/// </summary>
public static class GraphQLErrorCodes
{
    /// <summary>The request has no query, or its members are of the wrong type.</summary>
    public const string InvalidRequest = "graphql.invalid_request";

    /// <summary>The query text is not GraphQL.</summary>
    public const string SyntaxError = "graphql.syntax_error";

    /// <summary>The document does not validate against the schema: an unknown field or argument, a wrong type.</summary>
    public const string InvalidDocument = "graphql.invalid_document";

    /// <summary>A variable's value does not match its declared type.</summary>
    public const string InvalidVariables = "graphql.invalid_variables";

    /// <summary>The operation named by <c>operationName</c> is not in the document, or one is needed to choose.</summary>
    public const string OperationNotFound = "graphql.operation_not_found";

    /// <summary>The query text is longer than <c>Rampart:GraphQL:MaxQueryBytes</c>.</summary>
    public const string QueryTooLarge = "graphql.query_too_large";

    /// <summary>The selection nests deeper than <c>Rampart:GraphQL:MaxDepth</c>.</summary>
    public const string DepthExceeded = "graphql.depth_exceeded";

    /// <summary>The document costs more than <c>Rampart:GraphQL:MaxComplexity</c>.</summary>
    public const string ComplexityExceeded = "graphql.complexity_exceeded";

    /// <summary>The document asks for <c>__schema</c> or <c>__type</c> while introspection is off.</summary>
    public const string IntrospectionDisabled = "graphql.introspection_disabled";
}
