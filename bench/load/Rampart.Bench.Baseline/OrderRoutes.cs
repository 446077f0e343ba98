using Npgsql;
using NpgsqlTypes;

namespace Rampart.Bench.Baseline;

/// <summary>
/// <c>POST /api/v1/orders</c>: reads the live products' prices, then inserts the pending order and its items in one
/// transaction. The customer is a fixed id: the baseline checks no token.
/// </summary>
internal static class OrderRoutes
{
    private static readonly Guid Customer = Guid.Parse("0192f000-0000-7000-8000-000000000001");

    public static void MapOrderRoutes(this IEndpointRouteBuilder app) => app.MapPost("/api/v1/orders", PlaceAsync);

    private static async Task<IResult> PlaceAsync(PlaceOrderRequest request, NpgsqlDataSource db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Items is not { Count: > 0 and <= 100 } lines || lines.Any(l => l.Quantity is < 1 or > 1000))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad order");
        }

        var ids = lines.Select(l => l.ProductId).ToArray();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var prices = new Dictionary<Guid, decimal>(ids.Length);
        await using (var select = new NpgsqlCommand("SELECT id, price FROM products WHERE id = ANY($1) AND deleted_at IS NULL", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                prices[reader.GetGuid(0)] = reader.GetDecimal(1);
            }
        }

        if (prices.Count != ids.Distinct().Count())
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unknown product");
        }

        var now = time.GetUtcNow();
        var items = lines.Select(l => new OrderItemResponse(l.ProductId, l.Quantity, prices[l.ProductId])).ToArray();
        var order = new OrderResponse(Guid.CreateVersion7(now), Customer, "pending", items, items.Sum(i => i.UnitPrice * i.Quantity), now, now, 1, null);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            var insertOrder = new NpgsqlBatchCommand(
                "INSERT INTO orders (id, customer_id, status, total, version, created_at, updated_at) VALUES ($1, $2, 'pending', $3, 1, $4, $4)");
            insertOrder.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = order.Id });
            insertOrder.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = order.CustomerId });
            insertOrder.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = order.Total });
            insertOrder.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            var insertItems = new NpgsqlBatchCommand(
                "INSERT INTO order_items (order_id, product_id, quantity, unit_price) SELECT $1, p, q, u FROM unnest($2::uuid[], $3::int[], $4::numeric[]) AS t(p, q, u)");
            insertItems.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = order.Id });
            insertItems.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. items.Select(i => i.ProductId)] });
            insertItems.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. items.Select(i => i.Quantity)] });
            insertItems.Parameters.Add(new NpgsqlParameter<decimal[]> { TypedValue = [.. items.Select(i => i.UnitPrice)] });
            batch.BatchCommands.Add(insertOrder);
            batch.BatchCommands.Add(insertItems);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/orders/{order.Id}", new DataEnvelope<OrderResponse>(order));
    }
}
