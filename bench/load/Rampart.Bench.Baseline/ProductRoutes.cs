using System.Buffers.Text;
using Npgsql;
using NpgsqlTypes;

namespace Rampart.Bench.Baseline;

/// <summary>
/// The catalog routes on the Shop's <c>products</c> table (the schema comes from the search path the harness sets): by id, keyset pages on id descending (the cursor is the last id's
/// 16 bytes, base64url), and a plain INSERT.
/// </summary>
internal static class ProductRoutes
{
    private const string Columns = "id, sku, name, price, stock, reserved, version, created_at, updated_at";
    private const int DefaultLimit = 20;
    private const int MaxLimit = 100;

    public static void MapProductRoutes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/products/{id:guid}", GetAsync);
        app.MapGet("/api/v1/products", ListAsync);
        app.MapPost("/api/v1/products", CreateAsync);
    }

    private static async Task<IResult> GetAsync(Guid id, NpgsqlDataSource db, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM products WHERE id = $1 AND deleted_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Product not found");
        }

        var product = Read(reader);
        response.Headers.ETag = $"\"{product.Version}\"";
        return TypedResults.Ok(new DataEnvelope<ProductResponse>(product));
    }

    private static async Task<IResult> ListAsync(int? limit, string? cursor, NpgsqlDataSource db, CancellationToken cancellationToken)
    {
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad limit");
        }

        Guid? after = null;
        if (cursor is not null)
        {
            Span<byte> bytes = stackalloc byte[16];
            if (!Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 16)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad cursor");
            }

            after = new Guid(bytes, bigEndian: true);
        }

        await using var command = db.CreateCommand(after is null
            ? $"SELECT {Columns} FROM products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT $1"
            : $"SELECT {Columns} FROM products WHERE deleted_at IS NULL AND id < $2 ORDER BY id DESC LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = size + 1 });
        if (after is { } id)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        }

        var rows = new List<ProductResponse>(size + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Read(reader));
            }
        }

        string? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(rows.Count - 1);
            Span<byte> bytes = stackalloc byte[16];
            rows[^1].Id.TryWriteBytes(bytes, bigEndian: true, out _);
            next = Base64Url.EncodeToString(bytes);
        }

        return TypedResults.Ok(new PageEnvelope<ProductResponse>(rows, new PageMeta(size, next)));
    }

    private static async Task<IResult> CreateAsync(
        CreateProductRequest request, NpgsqlDataSource db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (request is not { Sku.Length: > 0 and <= 64, Name.Length: > 0 and <= 200, Price: > 0, Stock: >= 0 } || !IsSku(request.Sku))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad product");
        }

        var now = time.GetUtcNow();
        var product = new ProductResponse(Guid.CreateVersion7(now), request.Sku, request.Name, request.Price.Value, request.Stock.Value, 0, 1, now, now);
        await using var command = db.CreateCommand(
            "INSERT INTO products (id, sku, name, price, stock, reserved, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 0, 1, $6, $6)");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = product.Id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = product.Sku });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = product.Name });
        command.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = product.Price });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = product.Stock });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Sku taken");
        }

        response.Headers.ETag = "\"1\"";
        return TypedResults.Created($"/api/v1/products/{product.Id}", new DataEnvelope<ProductResponse>(product));
    }

    private static bool IsSku(string sku)
    {
        foreach (var c in sku)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static ProductResponse Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetDecimal(3),
        reader.GetInt32(4),
        reader.GetInt32(5),
        reader.GetInt64(6),
        reader.GetFieldValue<DateTimeOffset>(7),
        reader.GetFieldValue<DateTimeOffset>(8));
}
