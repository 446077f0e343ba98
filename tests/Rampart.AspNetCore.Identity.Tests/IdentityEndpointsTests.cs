using System.Net;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Rampart.AspNetCore.Identity.Tests;

public sealed class IdentityEndpointsTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private readonly IdentityClient _client = fixture.Client;

    [Theory]
    [InlineData("/api/v1/auth/register", new[] { 201, 400, 409 })]
    [InlineData("/api/v1/auth/token", new[] { 200, 400, 401, 429 })]
    [InlineData("/api/v1/auth/refresh", new[] { 200, 400, 401 })]
    [InlineData("/api/v1/auth/logout", new[] { 204, 400, 401 })]
    public void Endpoints_OpenApiMetadata_DeclaresEveryAnswer(string route, int[] statuses)
    {
        var endpoint = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().Single(e => e.RoutePattern.RawText == route);

        var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();

        Assert.Superset(statuses.ToHashSet(), declared);
    }

    [Fact]
    public async Task Hubs_AccessTokenQueryParameter_Authenticates()
    {
        var session = await _client.NewSessionAsync();

        using var response = await _client.Http.GetAsync($"/hubs/echo?access_token={session.AccessToken}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_AccessTokenQueryParameter_IsIgnoredOutsideHubs()
    {
        var session = await _client.NewSessionAsync();

        using var response = await _client.Http.GetAsync($"/api/v1/me?access_token={session.AccessToken}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Migration_Down_DropsTheIdentityTables()
    {
        await using var database = await Rampart.Testing.PostgresDatabase.CreateAsync();
        await using var context = IdentityTestDbContextFactory.Create(database.ConnectionString);
        await context.Database.MigrateAsync();
        Assert.Equal(3, await CountIdentityTablesAsync(database.ConnectionString));

        await context.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);

        Assert.Equal(0, await CountIdentityTablesAsync(database.ConnectionString));
    }

    private static async Task<long> CountIdentityTablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'identity'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
