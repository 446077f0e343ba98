namespace Rampart.Benchmarks.Edge;

/// <summary>The bare baseline's own <c>{"data": …}</c> envelope, so both pipelines write the same JSON.</summary>
public sealed record BareEnvelope<T>(T Data);
