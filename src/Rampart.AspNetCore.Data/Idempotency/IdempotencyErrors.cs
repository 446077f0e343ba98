namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>Error codes of idempotency keys, as fixed by the HTTP contract.</summary>
public static class IdempotencyErrors
{
    /// <summary>400: the endpoint requires an <c>Idempotency-Key</c> and none was sent.</summary>
    public const string KeyRequired = "idempotency.key_required";

    /// <summary>400: the key is empty, too long or not visible ASCII.</summary>
    public const string KeyInvalid = "idempotency.key_invalid";

    /// <summary>422: the key was used before with a different method, path or body.</summary>
    public const string KeyReused = "idempotency.key_reused";

    /// <summary>409: the first request with this key is still running.</summary>
    public const string InFlight = "idempotency.in_flight";
}
