#if RAMPART_API_GRAPHQL
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Identity;
using Skeleton.SharedKernel.GraphQL;

namespace Skeleton.Modules.Identity.GraphQL;

/// <summary>
/// Identity's part of the schema: <c>me</c>, the signed-in caller. Accounts and tokens stay on REST
/// (<c>/api/v1/auth</c>): a GraphQL client signs in there and sends the access token as a bearer header.
/// </summary>
internal sealed class IdentitySchemaPart : IGraphQLSchemaPart
{
    public void AddQueries(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<CallerType>("me")
            .Description("The signed-in caller; http.unauthorized without a valid access token.")
            .Authorize()
            .Resolve(context => context.RequestServices!.GetRequiredService<ICurrentUser>());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        // Registration, tokens and logout are the identity block's REST endpoints.
    }
}
#endif
