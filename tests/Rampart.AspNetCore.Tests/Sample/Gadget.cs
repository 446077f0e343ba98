namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>A gadget as version 1 shows it: the price a bare number.</summary>
public sealed record Gadget(Guid Id, decimal Price);
