namespace Rampart.AspNetCore.GraphQL.Errors;

/// <summary>An exception no classifier recognised, marked with the trace to quote when reporting it.</summary>
internal sealed class UnexpectedResolverException(string traceId, Exception inner) : Exception(inner.Message, inner)
{
    public string TraceId { get; } = traceId;
}
