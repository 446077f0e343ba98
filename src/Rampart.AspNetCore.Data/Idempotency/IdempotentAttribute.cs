namespace Rampart.AspNetCore.Data;

/// <summary>
/// The controller form of <c>.WithIdempotency()</c>: the action honours <c>Idempotency-Key</c> when the client sends
/// one. Put it on an action or on a controller; the idempotency middleware (<c>app.UseRampartIdempotency()</c>) serves
/// it exactly as it serves a minimal API.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class IdempotentAttribute : Attribute
{
}
