namespace Rampart.Bench.Baseline;

/// <summary>The <c>{"data": …}</c> envelope of a single resource.</summary>
internal sealed record DataEnvelope<TData>(TData Data);
