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
}
