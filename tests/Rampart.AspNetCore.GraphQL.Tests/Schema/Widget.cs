using Rampart.AspNetCore.Data.Entities;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class Widget : Entity
{
    public required string Name { get; set; }
}
