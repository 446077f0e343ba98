using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rampart.AspNetCore.Data.Idempotency;
using Rampart.AspNetCore.Data.Tests.Host;

namespace Rampart.AspNetCore.Data.Tests;

/// <summary>The work of a keyed request and its stored response commit together, or not at all.</summary>
public sealed class IdempotencyAtomicityTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Key = "Idempotency-Key";

    private HttpClient Client => shop.Host.Client;

    [Fact]
    public async Task Post_ResponseCannotBeStored_WorkIsRolledBackAnd503ThenRetryRunsOnce()
    {
        var key = "refused-" + Guid.NewGuid().ToString("N");
        var body = new CreateProduct(Http.UniqueSku(), "Atomic", 4m, 1);
        await RefuseStoringKeyAsync(key);

        using var failed = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));
        var afterFailure = await CountProductsAsync(body.Sku);
        await AllowStoringKeysAsync();
        using var retried = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("idempotency.not_committed", await failed.ProblemCodeAsync());
        Assert.Equal(0, afterFailure);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Null(retried.Header("Idempotent-Replayed"));
        Assert.Equal(1, await CountProductsAsync(body.Sku));
    }

    [Fact]
    public async Task Post_ProcessDiesBeforeCommit_RetryRunsAtOnceAndOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new CreateProduct(Http.UniqueSku(), "Crashed", 4m, 1);
        await StartAndDieMidWorkAsync(key, body);

        using var retried = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));
        using var replay = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key)));

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Null(retried.Header("Idempotent-Replayed"));
        Assert.Equal("true", replay.Header("Idempotent-Replayed"));
        Assert.Equal(1, await CountProductsAsync(body.Sku));
    }

    [Fact]
    public async Task Post_WorkSaved_IsInvisibleUntilTheResponseCommitsAndCallbacksRunAfter()
    {
        var body = new CreateProduct(Http.UniqueSku(), "Observed", 4m, 1);

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products/observed", body, (Key, Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(shop.Host.Probe.VisibleBeforeCommit);
        Assert.True(shop.Host.Probe.VisibleAtCommit);
    }

    [Fact]
    public async Task Post_WithoutKey_SavesAtOnceAndCallbacksRunImmediately()
    {
        var body = new CreateProduct(Http.UniqueSku(), "Unkeyed", 4m, 1);

        using var response = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products/observed", body));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(shop.Host.Probe.VisibleBeforeCommit);
        Assert.True(shop.Host.Probe.VisibleAtCommit);
    }

    // What a process killed mid-request leaves: a keyed transaction with the work written but not committed, whose
    // connection then dies (PostgreSQL ends the session as it would for a dead client).
    private async Task StartAndDieMidWorkAsync(string key, CreateProduct body)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
        await using var transaction = await store.BeginAsync(scope.ServiceProvider, "anonymous", key, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(IdempotencyKeyState.Taken, transaction.State);
        var connection = (NpgsqlConnection)transaction.Transaction.Connection!;
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO products (id, sku, name, price, stock, version, created_at, updated_at) VALUES (@id, @sku, 'orphan', 1, 1, 1, now(), now())",
            connection, (NpgsqlTransaction)transaction.Transaction))
        {
            insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
            insert.Parameters.AddWithValue("sku", body.Sku);
            await insert.ExecuteNonQueryAsync();
        }

        using (var blocked = await Client.SendAsync(Http.Json(HttpMethod.Post, "/products", body, (Key, key))))
        {
            Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        }

        await ExecuteAsync($"SELECT pg_terminate_backend({connection.ProcessID})");
    }

    private Task RefuseStoringKeyAsync(string key) => ExecuteAsync($"""
        CREATE OR REPLACE FUNCTION refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.key = '{key}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_key BEFORE INSERT OR UPDATE ON idempotency_keys FOR EACH ROW
          WHEN (NEW.response_status IS NOT NULL) EXECUTE FUNCTION refuse_key();
        """);

    private Task AllowStoringKeysAsync() => ExecuteAsync("DROP TRIGGER refuse_key ON idempotency_keys");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(shop.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountProductsAsync(string sku)
    {
        await using var scope = shop.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Products.IgnoreQueryFilters().LongCountAsync(p => p.Sku == sku);
    }
}
