namespace Skeleton.Domain.Common;

/// <summary>A value, or the <see cref="Error"/> saying why there is none. Both convert to it implicitly.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T value)
        : base(null)
    {
        _value = value;
    }

    private Result(Error error)
        : base(error ?? throw new ArgumentNullException(nameof(error)))
    {
    }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The result is the error '{Error.Code}', not a value.");

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225", Justification = "Result.Success / Result.Failure are the named alternates.")]
    public static implicit operator Result<T>(T value) => new(value);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2225", Justification = "Result.Failure is the named alternate.")]
    public static implicit operator Result<T>(Error error) => new(error);
}
