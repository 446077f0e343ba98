namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed record Parent(int Id);
