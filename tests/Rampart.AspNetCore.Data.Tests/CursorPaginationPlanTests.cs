using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rampart.AspNetCore.Data.Pagination;
using Rampart.AspNetCore.Data.Tests.Host;
using Rampart.Testing;

namespace Rampart.AspNetCore.Data.Tests;

/// <summary>A deep page is an index seek, like the first: no OFFSET, no sort, no full scan.</summary>
public sealed class CursorPaginationPlanTests : IAsyncLifetime
{
    private const int Rows = 5000;
    private PostgresDatabase _database = null!;
    private ShopHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _host = await ShopHost.StartAsync(_database.ConnectionString);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO products (id, sku, name, price, stock, version, created_at, updated_at)
            SELECT gen_random_uuid(), 'S-' || g, 'Item', (g % 50) + 0.99, 1, 1, now(), now() FROM generate_series(1, {Rows}) AS g;
            ANALYZE products;
            """,
            connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task DeepPage_ById_IsIndexScanWithoutOffset()
    {
        var deep = await IdAtAsync("SELECT id FROM products ORDER BY id DESC OFFSET 4900 LIMIT 1");
        var payload = new CursorPayload("id:desc", null, deep).Write();

        var (sql, plan) = await ExplainAsync(async (db, request) => await db.Products.ToPageAsync(request), payload);

        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Index Scan Backward using pk_products", plan, StringComparison.Ordinal);
        Assert.Contains("Index Cond: (id <", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeepPage_ByCustomKey_IsIndexScanOnKeyAndId()
    {
        var deep = await IdAtAsync("SELECT id FROM products ORDER BY price, id OFFSET 4900 LIMIT 1");
        var price = (decimal)(await ScalarAsync($"SELECT price FROM products WHERE id = '{deep}'"))!;
        var payload = new CursorPayload("Price:asc", System.Text.Json.JsonSerializer.SerializeToElement(price), deep).Write();

        var (sql, plan) = await ExplainAsync(async (db, request) => await db.Products.ToPageAsync(request, p => p.Price, descending: false), payload);

        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Index Scan using ix_products_price_id", plan, StringComparison.Ordinal);
        Assert.Contains("Index Cond: (ROW(price, id) > ROW(", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }

    private async Task<(string Sql, string Plan)> ExplainAsync(Func<ShopDbContext, PageRequest, Task> page, byte[] payload)
    {
        var capture = new CommandCapture();
        var options = new DbContextOptionsBuilder<ShopDbContext>()
            .UseNpgsql(_database.ConnectionString)
            .UseRampartData(_host.Services)
            .AddInterceptors(capture)
            .Options;
        var request = new PageRequest(20, "cursor", payload, _host.Services.GetRequiredService<CursorProtector>());
        await using (var db = new ShopDbContext(options))
        {
            await page(db, request);
        }

        var (text, parameters) = capture.Last ?? throw new InvalidOperationException("No query was captured.");
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + text, connection);
        explain.Parameters.AddRange(parameters);
        await using var reader = await explain.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }

        return (text, string.Join('\n', plan));
    }

    private async Task<Guid> IdAtAsync(string sql) => (Guid)(await ScalarAsync(sql))!;

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public (string Text, NpgsqlParameter[] Parameters)? Last { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Last = (command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray());
            return ValueTask.FromResult(result);
        }
    }
}
