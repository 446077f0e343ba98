namespace Rampart.AspNetCore.Errors;

/// <summary>Creates <see cref="Result{T}"/> values where an implicit conversion does not read well.</summary>
public static class Result
{
    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public static Result<T> Success<T>(T value) => new(value);

    /// <summary>A failure carrying <paramref name="error"/>.</summary>
    public static Result<T> Failure<T>(Error error) => new(error);
}
