namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>Options of idempotency keys (bound from the <c>Rampart:Idempotency</c> configuration section).</summary>
public sealed class IdempotencyOptions
{
    /// <summary>How long a completed response is replayed for its key. Defaults to 24 hours.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The longest key accepted. Defaults to 255 characters.</summary>
    public int MaxKeyLength { get; set; } = 255;

    /// <summary>How often expired keys are deleted. Defaults to 5 minutes.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether the background worker that deletes expired keys runs in this instance. Defaults to true.</summary>
    public bool CleanupEnabled { get; set; } = true;
}
