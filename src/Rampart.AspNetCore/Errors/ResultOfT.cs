namespace Rampart.AspNetCore.Errors;

/// <summary>
/// The outcome of an operation that returns a value: the value, or an <see cref="Errors.Error"/>. A value or an error
/// converts to it implicitly, so <c>return product;</c> and <c>return ProductErrors.NotFound;</c> both read naturally.
/// </summary>
/// <typeparam name="T">The success value.</typeparam>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T value)
        : base(null)
    {
        _value = value;
    }

    internal Result(Error error)
        : base(error ?? throw new ArgumentNullException(nameof(error)))
    {
    }

    /// <summary>The value. Throws when the operation failed: check <see cref="Result.IsSuccess"/> or <see cref="Result.Error"/> first.</summary>
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
