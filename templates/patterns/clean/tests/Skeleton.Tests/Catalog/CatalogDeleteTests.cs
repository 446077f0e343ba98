using System.Net;
using Npgsql;
using Skeleton.Tests.Orders;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Catalog;

/// <summary>A delete without If-Match wins over writes committing at the same moment; with If-Match it is conditional.</summary>
public sealed class CatalogDeleteTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Delete_WithoutIfMatchWhileAnotherWriteCommits_Returns204()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString()!;
        await using var writer = new NpgsqlConnection(app.ConnectionString);
        await writer.OpenAsync();
        await using var reservation = await writer.BeginTransactionAsync();
        await ExecuteAsync(writer, "SELECT 1 FROM skeleton.products WHERE id = @id FOR UPDATE", id);

        // The delete reads version 1, then waits on the row the reservation holds; the reservation commits version 2.
        var deleting = admin.DeleteAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));
        await Eventually.UntilAsync(() => IsWaitingOnALockAsync(), "the delete waits on the locked row");
        await ExecuteAsync(writer, "UPDATE skeleton.products SET reserved = reserved + 1, version = version + 1 WHERE id = @id", id);
        await reservation.CommitAsync();
        using var deleted = await deleting;
        using var read = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Delete_WithStaleIfMatch_Returns412AndKeepsTheProduct()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-Match", "\"7\"");

        using var stale = await admin.SendAsync(request);
        using var still = await admin.GetAsync(new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("catalog.version_conflict", await stale.ReadProblemCodeAsync());
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Delete_WithCurrentIfMatch_Returns204()
    {
        using var admin = await app.CreateAdminClientAsync();
        var id = (await admin.CreateProductAsync()).GetProperty("id").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"{CatalogClient.Products}/{id}", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        using var deleted = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    private async Task<bool> IsWaitingOnALockAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE%products%'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, string id)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", Guid.Parse(id));
        await command.ExecuteNonQueryAsync();
    }
}
