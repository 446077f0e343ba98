using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Rampart:Pagination:SigningKey", "c2hvcnQ=", "SigningKey")]
    [InlineData("Rampart:Pagination:MaxLimit", "0", "MaxLimit")]
    [InlineData("Rampart:Pagination:DefaultLimit", "500", "DefaultLimit")]
    [InlineData("Rampart:Idempotency:Retention", "00:00:00", "Retention")]
    [InlineData("Rampart:Idempotency:MaxKeyLength", "300", "MaxKeyLength")]
    public async Task Start_InvalidSetting_FailsNamingIt(string setting, string value, string named)
    {
        await using var database = await PostgresDatabase.CreateAsync();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false, settings: new Dictionary<string, string?> { [setting] = value }));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoints_DeclareTheirProblemResponses()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var host = await ShopHost.StartAsync(database.ConnectionString, migrateOnStartup: false);
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var patch = endpoints.Single(e => e.RoutePattern.RawText == "/products/{id:guid}" && e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Contains("PATCH"));
        var create = endpoints.Single(e => e.RoutePattern.RawText == "/products/" && e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Contains("POST"));

        Assert.Superset(new HashSet<int> { 400, 409, 412, 422, 428 }, Statuses(patch));
        Assert.Superset(new HashSet<int> { 400, 409, 422 }, Statuses(create));
    }

    private static HashSet<int> Statuses(Endpoint endpoint) =>
        [.. endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(m => m.StatusCode)];
}
