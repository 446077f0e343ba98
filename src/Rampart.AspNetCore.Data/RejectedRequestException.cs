using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Data;

/// <summary>
/// A request the data blocks refuse while binding or paging it, before any use case runs: a bad <c>limit</c>, a forged or
/// foreign <c>cursor</c>, a missing or malformed <c>If-Match</c>. A parameter binder has no result to return, so it
/// throws this; <see cref="Concurrency.DataExceptionClassifier"/> answers the <see cref="Errors.Error"/> it carries.
/// Use cases report their own failures as <see cref="Result"/>s, never with it.
/// </summary>
internal sealed class RejectedRequestException(Error error) : Exception(error.Detail)
{
    public Error Error { get; } = error;
}
