namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>An amount in a currency (ISO 4217).</summary>
public sealed record Money(decimal Amount, string Currency);
