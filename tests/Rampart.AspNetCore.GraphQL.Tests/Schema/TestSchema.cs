using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.GraphQL.Tests.Schema;

/// <summary>A small schema with one field per behaviour the endpoint tests drive.</summary>
public sealed class TestSchema : global::GraphQL.Types.Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<TestQuery>();
        Mutation = services.GetRequiredService<TestMutation>();
    }
}
