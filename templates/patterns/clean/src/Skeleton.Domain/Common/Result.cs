using System.Diagnostics.CodeAnalysis;

namespace Skeleton.Domain.Common;

/// <summary>Success, or the <see cref="Common.Error"/> saying why not. An <see cref="Common.Error"/> converts to a failed result.</summary>
public class Result
{
    private static readonly Result Succeeded = new(null);

    private protected Result(Error? error)
    {
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public Error? Error { get; }

    public static implicit operator Result(Error error) => Failure(error);

    public static Result Success() => Succeeded;

    public static Result Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result(error);
    }
}
