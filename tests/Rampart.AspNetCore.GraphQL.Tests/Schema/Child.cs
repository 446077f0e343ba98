namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed record Child(int Id, int ParentId, int ToyId);
