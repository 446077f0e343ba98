namespace Skeleton.Core.Common;

/// <summary>The outcome of a use case that returns nothing: success, or the <see cref="CoreError"/> saying why not.</summary>
public class Result
{
    private static readonly Result Succeeded = new(null);

    protected Result(CoreError? error) => Error = error;

    /// <summary>Why the use case failed; null on success.</summary>
    public CoreError? Error { get; }

    /// <summary>Whether the use case succeeded.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>Success.</summary>
    public static Result Success() => Succeeded;

    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static Result<T> Success<T>(T value) => new(value, null);

    /// <summary>A failure of a use case that would have returned a <typeparamref name="T"/>.</summary>
    public static Result<T> Failure<T>(CoreError error) => new(default, error);

    /// <summary>A failure.</summary>
    public static implicit operator Result(CoreError error) => new(error);
}
