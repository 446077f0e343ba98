using System.Diagnostics.CodeAnalysis;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// The outcome of an operation that returns nothing on success: success, or an <see cref="Errors.Error"/>. Domain
/// methods and use cases return it (or <see cref="Result{T}"/>) for every expected failure instead of throwing; the
/// endpoint answers the error with <see cref="ErrorProblemDetails.ToProblemResult"/>, the one mapping to HTTP.
/// </summary>
/// <example><c>if (order.Cancel().Error is { } error) return error.ToProblemResult();</c></example>
public class Result
{
    private static readonly Result Succeeded = new(null);

    private protected Result(Error? error)
    {
        Error = error;
    }

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>Why the operation failed; null when it succeeded.</summary>
    public Error? Error { get; }

    /// <summary>A failure.</summary>
    public static implicit operator Result(Error error) => Failure(error);

    /// <summary>The success of an operation that returns nothing.</summary>
    public static Result Success() => Succeeded;

    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static Result<T> Success<T>(T value) => new(value);

    /// <summary>A failure carrying <paramref name="error"/>.</summary>
    public static Result Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result(error);
    }

    /// <summary>A failure of an operation that returns a <typeparamref name="T"/>.</summary>
    public static Result<T> Failure<T>(Error error) => new(error);
}
