using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>
/// Keeps idempotency keys in the service's own PostgreSQL database. Each operation is one short statement in its own
/// scope (so never inside the request's transaction); the claim is <c>INSERT … ON CONFLICT</c>, which PostgreSQL
/// serialises per key, so of concurrent claims from any number of instances exactly one wins.
/// </summary>
internal sealed class PostgresIdempotencyStore<TContext>(IServiceScopeFactory scopes) : IIdempotencyStore
    where TContext : DbContext
{
    public async Task<IdempotencyClaimResult> TryClaimAsync(IdempotencyClaimRequest request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var sql = Sql(context).Claim;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var claimed = await context.Database.ExecuteSqlRawAsync(
                sql,
                [request.Scope, request.Key, request.Fingerprint, request.ClaimId, request.LockedUntil, request.Now, request.ExpiresAt],
                cancellationToken);
            if (claimed == 1)
            {
                return new IdempotencyClaimResult(true, null);
            }

            var existing = await context.Set<IdempotencyRecord>().AsNoTracking()
                .SingleOrDefaultAsync(r => r.Scope == request.Scope && r.Key == request.Key, cancellationToken);
            if (existing is not null)
            {
                return new IdempotencyClaimResult(false, existing);
            }
        }

        throw new InvalidOperationException("The idempotency key kept disappearing while being claimed.");
    }

    public async Task CompleteAsync(string scope, string key, Guid claimId, IdempotencyResponse response, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var context = services.ServiceProvider.GetRequiredService<TContext>();
        var headers = System.Text.Json.JsonSerializer.Serialize(response.Headers);
        await context.Database.ExecuteSqlRawAsync(
            Sql(context).Complete, [scope, key, claimId, response.StatusCode, headers, response.Body], cancellationToken);
    }

    public async Task ReleaseAsync(string scope, string key, Guid claimId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var context = services.ServiceProvider.GetRequiredService<TContext>();
        await context.Database.ExecuteSqlRawAsync(Sql(context).Release, [scope, key, claimId], cancellationToken);
    }

    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var context = services.ServiceProvider.GetRequiredService<TContext>();
        return await context.Set<IdempotencyRecord>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    // The statements of a request's path, as plain parameterised SQL: no LINQ translation per call. Built once per
    // context type from its model; the table name comes from the model, never from input.
    private static Statements? _sql;

    private static Statements Sql(DbContext context) => _sql ??= new Statements(TableName(context));

    private sealed class Statements(string table)
    {
        // An expired record, or an abandoned claim of the same request, is taken over by the same statement.
        public string Claim { get; } =
            $$"""
            INSERT INTO {{table}} AS k (scope, key, fingerprint, claim_id, completed, locked_until, created_at, expires_at)
            VALUES ({0}, {1}, {2}, {3}, FALSE, {4}, {5}, {6})
            ON CONFLICT (scope, key) DO UPDATE SET
              fingerprint = EXCLUDED.fingerprint, claim_id = EXCLUDED.claim_id, completed = FALSE,
              locked_until = EXCLUDED.locked_until, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
              response_status = NULL, response_headers = NULL, response_body = NULL
            WHERE k.expires_at <= {5}
               OR (NOT k.completed AND k.locked_until <= {5} AND k.fingerprint = EXCLUDED.fingerprint)
            """;

        // Only the claim's holder completes or releases it: a claim taken over after it timed out is not touched.
        public string Complete { get; } =
            $"UPDATE {table} SET completed = TRUE, locked_until = NULL, response_status = {{3}}, response_headers = {{4}}::jsonb, response_body = {{5}} " +
            "WHERE scope = {0} AND key = {1} AND claim_id = {2}";

        public string Release { get; } = $"DELETE FROM {table} WHERE scope = {{0}} AND key = {{1}} AND claim_id = {{2}} AND NOT completed";
    }

    private static string TableName(DbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(IdempotencyRecord))
            ?? throw new InvalidOperationException(
                $"{typeof(TContext).Name} does not map the idempotency table: call modelBuilder.AddRampartIdempotency() in OnModelCreating.");
        var schema = entity.GetSchema();
        var name = string.Create(CultureInfo.InvariantCulture, $"\"{entity.GetTableName()}\"");
        return schema is null ? name : $"\"{schema}\".{name}";
    }
}
