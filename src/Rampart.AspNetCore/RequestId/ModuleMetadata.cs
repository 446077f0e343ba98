namespace Rampart.AspNetCore.RequestId;

/// <summary>Endpoint metadata naming the module that owns an endpoint; it goes into the log scope as <c>Module</c>.</summary>
/// <param name="Name">The module's name, for example <c>catalog</c>.</param>
public sealed record ModuleMetadata(string Name);
