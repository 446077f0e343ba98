namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>What <c>/trace</c> reports of the request's activity.</summary>
internal sealed record TraceProbe(string? TraceId, bool Recorded);
