#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Rampart.AspNetCore.Identity;

namespace Skeleton.Modules.Identity.GraphQL;

/// <summary>The GraphQL <c>Caller</c>: who the access token says is asking.</summary>
internal sealed class CallerType : ObjectGraphType<ICurrentUser>
{
    public CallerType()
    {
        Name = "Caller";
        Description = "The signed-in caller, as the access token names them.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.RequireId());
        Field<StringGraphType>("email").Resolve(context => context.Source.Email);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(context => context.Source.Roles.Order(StringComparer.Ordinal));
    }
}
#endif
