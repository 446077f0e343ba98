using System.Diagnostics.CodeAnalysis;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// The outcome of a use case: a value or an <see cref="Errors.Error"/>. Use cases return it instead of throwing for
/// expected failures; the endpoint turns it into a response with <see cref="ResultHttpExtensions.ToHttpResult{T}"/>.
/// </summary>
/// <typeparam name="T">The success value.</typeparam>
public sealed class Result<T>
{
    private readonly T? _value;

    internal Result(T value)
    {
        _value = value;
    }

    internal Result(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Whether the use case succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The error, when the use case failed; otherwise null.</summary>
    public Error? Error { get; }

    /// <summary>The value. Throws when the use case failed.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The result is the error '{Error.Code}', not a value.");

    /// <summary>A success.</summary>
    public static implicit operator Result<T>(T value) => new(value);

    /// <summary>A failure.</summary>
    public static implicit operator Result<T>(Error error) => new(error);

    /// <summary>Runs <paramref name="success"/> or <paramref name="failure"/>.</summary>
    public TOut Match<TOut>(Func<T, TOut> success, Func<Error, TOut> failure)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(failure);
        return IsSuccess ? success(_value!) : failure(Error);
    }
}
