using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Tests.Support.AllRules>;

namespace Rampart.Analyzers.Tests;

/// <summary>A service written the way the rules ask raises nothing, from any rule: the cross-rule false-positive guard.</summary>
public class CompliantServiceTests
{
    private const string Program = """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.EntityFrameworkCore;
        using Shop.Modules.Catalog;
        using Shop.Modules.Orders;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<ShopOptions>().BindConfiguration("Shop").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddDbContext<OrdersDb>(o => o.UseNpgsqlStub(builder.Configuration.GetConnectionString("Orders")));
        builder.Services.AddHttpClient<CarrierClient>(c => c.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddHealthChecks();
        builder.Services.AddAuthorization();
        builder.Services.AddValidation();

        var app = builder.Build();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapOrders();
        api.MapCatalog();
        app.Run();

        public sealed class ShopOptions
        {
            [System.ComponentModel.DataAnnotations.Range(1, 500)]
            public int MaxPageSize { get; set; } = 100;
        }

        static class NpgsqlStub
        {
            public static DbContextOptionsBuilder UseNpgsqlStub(this DbContextOptionsBuilder builder, string? connectionString) => builder;
        }
        """;

    private const string Orders = """
        using System.ComponentModel.DataAnnotations;
        using Microsoft.EntityFrameworkCore;
        using Shop.Modules.Catalog.Contracts;

        namespace Shop.Modules.Orders;

        public sealed class Order
        {
            public Guid Id { get; init; }
            public string Sku { get; init; } = "";
            public int Quantity { get; init; }
        }

        public sealed class OrdersDb(DbContextOptions<OrdersDb> options) : DbContext(options)
        {
            public DbSet<Order> Orders => Set<Order>();
        }

        public sealed record PlaceOrder([property: Required, StringLength(32)] string Sku, [property: Range(1, 100)] int Quantity);

        public sealed record OrderResponse(Guid Id, string Sku, int Quantity);

        public sealed record OrderPage(IReadOnlyList<OrderResponse> Items, Guid? Next);

        public static class OrderEndpoints
        {
            public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder routes)
            {
                var orders = routes.MapGroup("/orders");
                orders.MapGet("/", ListAsync);
                orders.MapPost("/", PlaceAsync).RequireIdempotencyKey();
                return routes;
            }

            private static async Task<OrderPage> ListAsync(OrdersDb db, Guid? after, int? limit, CancellationToken ct)
            {
                var size = Math.Clamp(limit ?? 50, 1, 100);
                var items = await db.Orders
                    .Where(o => after == null || o.Id.CompareTo(after.Value) > 0)
                    .OrderBy(o => o.Id)
                    .Take(size)
                    .Select(o => new OrderResponse(o.Id, o.Sku, o.Quantity))
                    .ToListAsync(ct);
                return new OrderPage(items, items.Count == size ? items[^1].Id : null);
            }

            private static async Task<IResult> PlaceAsync(
                PlaceOrder request, OrdersDb db, ICatalog catalog, TimeProvider time, ILogger<OrdersDb> logger, CancellationToken ct)
            {
                if (!await catalog.ExistsAsync(request.Sku, ct))
                {
                    return Results.Problem(title: "Unknown product.", statusCode: 422);
                }

                var order = new Order { Id = Guid.CreateVersion7(time.GetUtcNow()), Sku = request.Sku, Quantity = request.Quantity };
                db.Orders.Add(order);
                await db.SaveChangesAsync(ct);
                OrderPlaced(logger, order.Id);
                return Results.Created($"/api/orders/{order.Id}", new OrderResponse(order.Id, order.Sku, order.Quantity));
            }

            // The [LoggerMessage] generator does not run in snippets; Define is what it generates.
            private static readonly Action<ILogger, Guid, Exception?> OrderPlacedMessage =
                LoggerMessage.Define<Guid>(LogLevel.Information, new EventId(1, "OrderPlaced"), "Order {OrderId} placed");

            private static void OrderPlaced(ILogger logger, Guid orderId) => OrderPlacedMessage(logger, orderId, null);
        }

        public static class IdempotencyConventions
        {
            public static RouteHandlerBuilder RequireIdempotencyKey(this RouteHandlerBuilder builder) => builder;
        }

        public sealed class CarrierClient(HttpClient http)
        {
            public Task<string> TrackAsync(string code, CancellationToken ct) => http.GetStringAsync("/track/" + Uri.EscapeDataString(code), ct);
        }
        """;

    private const string Catalog = """
        using Dapper;
        using System.Data.Common;
        using Shop.Modules.Catalog.Contracts;

        namespace Shop.Modules.Catalog.Contracts
        {
            public interface ICatalog
            {
                Task<bool> ExistsAsync(string sku, CancellationToken ct);
            }
        }

        namespace Shop.Modules.Catalog
        {
            public sealed class SqlCatalog(DbConnection connection) : ICatalog
            {
                public async Task<bool> ExistsAsync(string sku, CancellationToken ct) =>
                    await connection.ExecuteScalarAsync<int>(new CommandDefinition("select count(*) from products where sku = @sku", new { sku }, cancellationToken: ct)) > 0;
            }

            public static class CatalogEndpoints
            {
                public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder routes)
                {
                    routes.MapGet("/catalog/{sku}", async (string sku, ICatalog catalog, CancellationToken ct) =>
                        await catalog.ExistsAsync(sku, ct) ? Results.NoContent() : Results.NotFound());
                    return routes;
                }
            }
        }
        """;

    [Fact]
    public Task CompliantModularService_RaisesNothing() => Verify.VerifyAsync(
        ("Program.cs", Program),
        ("Modules/Orders/Orders.cs", Orders),
        ("Modules/Catalog/Catalog.cs", Catalog));
}
