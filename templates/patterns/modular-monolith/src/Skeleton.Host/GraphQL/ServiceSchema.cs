#if RAMPART_API_GRAPHQL
using GraphQL.Types;
using Skeleton.SharedKernel.GraphQL;

namespace Skeleton.Host.GraphQL;

/// <summary>
/// The service's one GraphQL schema, served at <c>/graphql</c>: every module's part (<see cref="IGraphQLSchemaPart"/>)
/// composed into one <c>Query</c> and one <c>Mutation</c>. The host knows no field; a module adds its own.
/// </summary>
internal sealed class ServiceSchema : Schema
{
    public ServiceSchema(IServiceProvider services, IEnumerable<IGraphQLSchemaPart> parts)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var part in parts)
        {
            part.AddQueries(query);
            part.AddMutations(mutation);
        }

        Query = query;

        // A schema without mutations has no Mutation type: GraphQL forbids an object type without fields.
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
    }
}
#endif
