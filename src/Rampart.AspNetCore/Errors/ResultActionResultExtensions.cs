using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Mvc;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// The controller form of the one mapping from an <see cref="Error"/> to problem details: the same problem
/// <see cref="ErrorProblemDetails.ToProblemResult"/> gives a minimal API, as an <see cref="ActionResult"/> that an
/// action returning <c>ActionResult&lt;T&gt;</c> or <c>IActionResult</c> can return.
/// </summary>
public static class ResultActionResultExtensions
{
    /// <summary>The problem details of <paramref name="error"/>, with the status of its kind.</summary>
    /// <example><c>if (product is null) return ProductErrors.NotFound(id).ToActionResult();</c></example>
    public static ActionResult ToActionResult(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new HttpResultActionResult(error.ToProblemResult());
    }

    /// <summary><paramref name="onSuccess"/>'s result for a value (for example <c>v => Ok(v)</c>), or the error's problem details.</summary>
    public static ActionResult ToActionResult<T>(this Result<T> result, Func<T, ActionResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.Match(onSuccess, error => error.ToActionResult());
    }

    /// <summary><paramref name="onSuccess"/>'s result, or the error's problem details.</summary>
    public static ActionResult ToActionResult(this Result result, Func<ActionResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.Error is { } error ? error.ToActionResult() : onSuccess();
    }
}
