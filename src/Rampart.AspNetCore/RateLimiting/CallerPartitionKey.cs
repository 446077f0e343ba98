namespace Rampart.AspNetCore.RateLimiting;

/// <summary>
/// A rate-limit partition: the rule's scope (<c>ip</c>, <c>user:authenticated</c>, <c>user:{role}</c>) and the caller
/// within it (the user key, or the client's <see cref="System.Net.IPAddress"/>, compared by value), so no key string is
/// built per request.
/// </summary>
internal readonly record struct CallerPartitionKey(string Scope, object Caller)
{
    public override string ToString() => $"{Scope}:{Caller}";
}
