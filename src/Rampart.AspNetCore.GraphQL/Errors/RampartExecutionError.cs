using GraphQL;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.GraphQL.Errors;

/// <summary>
/// A GraphQL error that carries a Rampart <see cref="AspNetCore.Errors.Error"/>: its <see cref="AspNetCore.Errors.Error.Code"/> becomes
/// <c>extensions.code</c> and its field errors <c>extensions.errors</c>, exactly as the REST edge puts them on problem
/// details. Throw it from a resolver (the field becomes <c>null</c> with this error at its path), or use
/// <see cref="ResultGraphQLExtensions.ValueOrThrow{T}(Result{T})"/>.
/// </summary>
public sealed class RampartExecutionError : ExecutionError
{
    /// <summary>Wraps <paramref name="error"/>; the message is its detail, which is written to be shown to callers.</summary>
    public RampartExecutionError(Error error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Detail)
    {
        Error = error;
        Code = error.Code;
    }

    /// <summary>The error this GraphQL error reports.</summary>
    public Error Error { get; }
}
