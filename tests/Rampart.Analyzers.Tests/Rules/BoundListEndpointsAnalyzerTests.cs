using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.BoundListEndpointsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class BoundListEndpointsAnalyzerTests
{
    [Fact]
    public Task ListWithoutTake_Reports() => Verify.VerifyAsync(("Program.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", (ShopDb db) => [|db.Orders.Where(o => o.Total > 0).ToListAsync()|]);
        app.MapGet("/customers", (ShopDb db) => [|db.Customers|]);
        app.Run();
        """), Snippets.ModelFile);

    [Fact]
    public Task LocalFunctionHandlerWithoutTake_Reports() => Verify.VerifyAsync(("Program.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/customers", ListCustomers);
        app.Run();

        static Task<List<Customer>> ListCustomers(ShopDb db) => [|db.Customers.ToListAsync()|];
        """), Snippets.ModelFile);

    [Fact]
    public Task ControllerActionWithoutTake_Reports() => Verify.VerifyAsync(("Api/OrdersController.cs", """
        using Microsoft.AspNetCore.Mvc;
        using Shop.Data;

        namespace Shop.Api;

        [ApiController]
        public sealed class OrdersController(ShopDb db) : ControllerBase
        {
            [HttpGet("orders")]
            public IActionResult List() => Ok([|db.Orders.Select(o => o.Id).ToList()|]);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task BoundedQueries_DoNotReport() => Verify.VerifyAsync(("Program.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", (ShopDb db, int limit) => db.Orders.OrderBy(o => o.Id).Take(Math.Min(limit, 100)).ToListAsync());
        app.MapPost("/orders/export", (ShopDb db) => db.Orders.ToListAsync());
        app.MapGet("/orders/{id}", (ShopDb db, Guid id) => db.Orders.FirstOrDefaultAsync(o => o.Id == id));
        app.MapGet("/skus", (List<string> skus) => skus.ToList());
        app.Run();
        """), Snippets.ModelFile);

    [Fact]
    public Task HandlersAndQueryServicesWithoutLimit_Report() => Verify.VerifyAsync(("Orders/Queries.cs", """
        using System.Data.Common;
        using Dapper;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public interface IRequestHandler<TRequest, TResponse>
        {
            Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
        }

        public sealed record ListCustomers;

        public sealed class ListCustomersHandler(ShopDb db) : IRequestHandler<ListCustomers, List<Customer>>
        {
            public Task<List<Customer>> Handle(ListCustomers request, CancellationToken cancellationToken) =>
                [|db.Customers.OrderBy(c => c.Name).ToListAsync(cancellationToken)|];
        }

        public sealed class OrderQueries(DbConnection connection)
        {
            private const string AllOrders = "SELECT id, total FROM orders ORDER BY id";

            public Task<IEnumerable<Order>> AllAsync() => connection.[|QueryAsync<Order>(AllOrders)|];

            public IEnumerable<Order> Everyone() => connection.[|Query<Order>("SELECT * FROM customers ORDER BY name")|];
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ScopedBoundedOrNotARequest_DoNotReport() => Verify.VerifyAsync(("Orders/Queries.cs", """
        using System.Data.Common;
        using Dapper;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public sealed class OrderQueries(DbConnection connection, ShopDb db)
        {
            public Task<IEnumerable<Order>> ForCustomerAsync(Guid customerId) =>
                connection.QueryAsync<Order>("SELECT * FROM orders WHERE customer_id = @customerId", new { customerId });

            public Task<IEnumerable<Order>> PageAsync(int take) => connection.QueryAsync<Order>("SELECT * FROM orders ORDER BY id LIMIT @take", new { take });

            public Task<int> CountAsync() => connection.QuerySingleAsync<int>("SELECT count(*) FROM orders");

            public Task<IEnumerable<Order>> PendingAsync() => connection.QueryAsync<Order>("SELECT * FROM outbox WHERE processed_at IS NULL");

            public Task<List<Order>> OfCustomerAsync(Guid customerId) => db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
        }

        public sealed class NightlyExport(ShopDb db)
        {
            public Task<List<Order>> RunAsync() => db.Orders.ToListAsync();
        }
        """), Snippets.ModelFile);
}
