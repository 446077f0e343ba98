namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// A call was refused without being sent because the circuit of its HTTP client is open: the downstream service
/// failed repeatedly and is being given time to recover. Derives from <see cref="HttpRequestException"/> so code that
/// handles failed HTTP calls handles it too.
/// </summary>
public sealed class OutboundCircuitOpenException : HttpRequestException
{
    /// <summary>Creates the exception for client <paramref name="clientName"/>.</summary>
    public OutboundCircuitOpenException(string clientName, TimeSpan? retryAfter, DateTimeOffset? mayCloseAt, Exception? innerException = null)
        : base(Describe(clientName, retryAfter, mayCloseAt), innerException, System.Net.HttpStatusCode.ServiceUnavailable)
    {
        ClientName = clientName;
        RetryAfter = retryAfter;
        MayCloseAt = mayCloseAt;
    }

    /// <summary>Not for use: the exception always names its client.</summary>
    public OutboundCircuitOpenException()
        : this("unknown", null, null)
    {
    }

    /// <summary>Not for use: the exception always names its client.</summary>
    public OutboundCircuitOpenException(string message)
        : base(message)
    {
        ClientName = "unknown";
    }

    /// <summary>Not for use: the exception always names its client.</summary>
    public OutboundCircuitOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
        ClientName = "unknown";
    }

    /// <summary>The named HTTP client whose circuit is open.</summary>
    public string ClientName { get; }

    /// <summary>How long until the circuit lets a trial call through, when known.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>When the circuit lets a trial call through (and closes if it succeeds), when known.</summary>
    public DateTimeOffset? MayCloseAt { get; }

    private static string Describe(string clientName, TimeSpan? retryAfter, DateTimeOffset? mayCloseAt) =>
        retryAfter is { } wait && mayCloseAt is { } at
            ? $"The circuit of HTTP client '{clientName}' is open after repeated failures; calls fail fast until it may close at {at:O} (in {Math.Ceiling(wait.TotalSeconds):0} s)."
            : $"The circuit of HTTP client '{clientName}' is open after repeated failures; calls fail fast until it may close.";
}
