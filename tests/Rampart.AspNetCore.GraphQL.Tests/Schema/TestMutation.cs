using GraphQL;
using GraphQL.Types;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Field<StringGraphType>("rename")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Resolve(context => context.GetArgument<string>("name"));
    }
}
