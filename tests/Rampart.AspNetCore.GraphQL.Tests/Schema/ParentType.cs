using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.GraphQL.DataLoaders;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class ParentType : ObjectGraphType<Parent>
{
    public ParentType()
    {
        Name = "Parent";
        Field(parent => parent.Id);
        Field<ListGraphType<ChildType>>("children").Resolve(context => context.LoadMany<int, Child>("children", context.Source.Id, (ids, _) =>
        {
            context.RequestServices!.GetRequiredService<FetchLog>().Add("children", ids);
            return Task.FromResult(Family.ChildrenOf(ids));
        }));
    }
}
