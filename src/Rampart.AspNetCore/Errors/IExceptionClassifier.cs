using Microsoft.AspNetCore.Http;

namespace Rampart.AspNetCore.Errors;

/// <summary>
/// Recognises exceptions that are expected outcomes rather than bugs (a lost optimistic-concurrency race, a database
/// that is down, an open circuit) and names the <see cref="Error"/> they mean. Building blocks register one each with
/// <c>TryAddEnumerable</c>; the edge renders the error as problem details, so every block maps to HTTP in one place
/// and the order of registration does not matter.
/// </summary>
public interface IExceptionClassifier
{
    /// <summary>The error <paramref name="exception"/> means, or null when this classifier does not know it.</summary>
    Error? Classify(Exception exception, HttpContext context);
}
