#if RAMPART_API_GRAPHQL
using GraphQL.Types;

namespace Skeleton.SharedKernel.GraphQL;

/// <summary>
/// A module's part of the service's one GraphQL schema: the fields it adds to the root <c>Query</c> and <c>Mutation</c>
/// types, over graph types of its own. A module registers its part in <see cref="IModule.AddServices"/>; the host
/// composes every registered part into the schema it serves at <c>/graphql</c>.
/// </summary>
public interface IGraphQLSchemaPart
{
    /// <summary>Adds the module's query fields (reads; each field checks its own authorization).</summary>
    void AddQueries(ObjectGraphType query);

    /// <summary>Adds the module's mutation fields, which call the same use cases as the module's REST endpoints.</summary>
    void AddMutations(ObjectGraphType mutation);
}
#endif
