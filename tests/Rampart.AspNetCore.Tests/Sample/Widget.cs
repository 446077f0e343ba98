namespace Rampart.AspNetCore.Tests.Sample;

public sealed record Widget(Guid Id, string Name, int Quantity, string? Note);
