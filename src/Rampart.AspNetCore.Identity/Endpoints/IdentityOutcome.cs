using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity;

/// <summary>What an identity operation produced: a value, or an error (with a retry delay for throttling).</summary>
internal readonly record struct IdentityOutcome<T>(T? Value, Error? Error, TimeSpan? RetryAfter = null)
{
    public static implicit operator IdentityOutcome<T>(T value) => new(value, null);

    public static implicit operator IdentityOutcome<T>(Error error) => new(default, error);
}
