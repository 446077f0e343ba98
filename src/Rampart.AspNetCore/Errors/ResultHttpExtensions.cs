using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Errors;

/// <summary>Turns a <see cref="Result{T}"/> into an endpoint result.</summary>
public static class ResultHttpExtensions
{
    /// <summary>
    /// <paramref name="onSuccess"/>'s result for a value (for example <c>v => Envelope.Ok(v)</c>), or the error's
    /// problem details (status from <see cref="ErrorStatusCodes"/>).
    /// </summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.Match(onSuccess, error => error.ToProblemResult());
    }
}
