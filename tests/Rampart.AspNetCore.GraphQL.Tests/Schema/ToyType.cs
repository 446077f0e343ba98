using GraphQL.Types;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class ToyType : ObjectGraphType<Toy>
{
    public ToyType()
    {
        Name = "Toy";
        Field(toy => toy.Id);
        Field(toy => toy.Name);
    }
}
