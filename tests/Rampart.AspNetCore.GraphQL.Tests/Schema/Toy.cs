namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed record Toy(int Id, string Name);
