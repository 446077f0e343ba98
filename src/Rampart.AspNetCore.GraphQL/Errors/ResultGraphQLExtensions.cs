using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.GraphQL.Errors;

/// <summary>Use-case results in resolvers: the value, or the error as a GraphQL error at the field's path.</summary>
public static class ResultGraphQLExtensions
{
    /// <summary>
    /// The value of a successful <paramref name="result"/>; a failed one throws <see cref="RampartExecutionError"/>, so
    /// the field resolves to <c>null</c> and the response's <c>errors</c> carry the error's code and detail.
    /// </summary>
    public static T ValueOrThrow<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? result.Value : throw new RampartExecutionError(result.Error!);
    }

    /// <summary>Throws <see cref="RampartExecutionError"/> when <paramref name="result"/> failed.</summary>
    public static void ThrowIfFailed(this Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Error is { } error)
        {
            throw new RampartExecutionError(error);
        }
    }
}
