namespace Rampart.AspNetCore.Data;

/// <summary>
/// The controller form of <c>.RequireIdempotencyKey()</c>: without <c>Idempotency-Key</c> the request ends in 400
/// <c>idempotency.key_required</c>. Put it on an action or on a controller.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class RequireIdempotencyKeyAttribute : Attribute
{
}
