using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.GraphQL.DataLoaders;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

public sealed class ChildType : ObjectGraphType<Child>
{
    public ChildType()
    {
        Name = "Child";
        Field(child => child.Id);
        Field<ToyType>("toy").Resolve(context => context.LoadOne<int, Toy>("toys", context.Source.ToyId, (ids, _) =>
        {
            context.RequestServices!.GetRequiredService<FetchLog>().Add("toys", ids);
            return Task.FromResult(Family.Toys(ids));
        }));
    }
}
