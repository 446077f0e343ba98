namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>What an idempotency key was found to be when a request with it began.</summary>
public enum IdempotencyKeyState
{
    /// <summary>New (or expired): this request holds it and runs.</summary>
    Taken,

    /// <summary>Held by a request that is still running, on this instance or another.</summary>
    InFlight,

    /// <summary>Used before: its stored response is replayed (or 422 for another request).</summary>
    Completed,
}
