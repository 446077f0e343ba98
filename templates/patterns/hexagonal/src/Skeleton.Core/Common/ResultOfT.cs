namespace Skeleton.Core.Common;

/// <summary>The outcome of a use case that returns a <typeparamref name="T"/>.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T? value, CoreError? error)
        : base(error) => _value = value;

    /// <summary>The value; only read it after checking <see cref="Result.Error"/>.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The use case failed ({Error!.Code}); there is no value.");

    /// <summary>A success.</summary>
    public static implicit operator Result<T>(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static implicit operator Result<T>(CoreError error) => new(default, error);
}
