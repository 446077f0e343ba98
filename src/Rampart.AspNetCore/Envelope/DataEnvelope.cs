namespace Rampart.AspNetCore.Envelope;

/// <summary>The success envelope for one resource: <c>{"data": …}</c>.</summary>
/// <typeparam name="TData">The resource's response schema.</typeparam>
/// <param name="Data">The resource.</param>
public sealed record DataEnvelope<TData>(TData Data);
