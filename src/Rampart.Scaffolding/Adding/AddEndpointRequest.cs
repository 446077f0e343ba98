namespace Rampart.Scaffolding.Adding;

/// <summary>What <c>rampart add endpoint</c> was asked for.</summary>
/// <param name="SolutionDirectory">A folder inside the generated solution (the one holding <c>rampart.json</c>, or below it).</param>
/// <param name="Name">The endpoint as typed: <c>&lt;Area&gt;/&lt;UseCase&gt;</c> (<c>orders/place-order</c>).</param>
/// <param name="Method">The HTTP method: GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="Route">The route relative to the area's group (<c>/{id:guid}/cancel</c>).</param>
/// <param name="Auth">Who may call it: <c>anonymous</c>, <c>customer</c> (the default) or <c>admin</c>.</param>
/// <param name="Idempotent">Require an <c>Idempotency-Key</c> and replay the first answer to a repeat.</param>
/// <param name="Version">The API version it is mapped under (<c>/api/v2</c> for 2).</param>
/// <param name="DryRun">Print what would change; write nothing.</param>
/// <param name="Force">Touch files that have uncommitted changes.</param>
public sealed record AddEndpointRequest(
    string SolutionDirectory, string Name, string Method, string? Route, string? Auth, bool Idempotent, int Version, bool DryRun, bool Force);
