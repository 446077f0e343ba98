using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotReturnEntitiesFromEndpointsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotReturnEntitiesFromEndpointsAnalyzerTests
{
    [Fact]
    public Task MinimalApi_ReturningEntities_Reports() => Verify.VerifyAsync(("Program.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", (ShopDb db) => [|db.Orders.Take(50).ToListAsync()|]);
        app.MapGet("/orders/{id}", async (Guid id, ShopDb db) => TypedResults.Ok([|await db.Orders.FindAsync(id)|]));
        app.Run();
        """), Snippets.ModelFile);

    [Fact]
    public Task Controller_ReturningEntity_Reports() => Verify.VerifyAsync(("Api/CustomersController.cs", """
        using Microsoft.AspNetCore.Mvc;
        using Shop.Data;

        namespace Shop.Api;

        [ApiController]
        [Route("customers")]
        public sealed class CustomersController(ShopDb db) : ControllerBase
        {
            [HttpGet("{id}")]
            public ActionResult<Customer> Get(Guid id) => [|db.Customers.Find(id)|]!;

            [HttpGet("first")]
            public IActionResult First() => Ok([|db.Customers.First()|]);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task MethodGroupHandler_ReturningEntity_Reports() => Verify.VerifyAsync(("Program.cs", """
        using Shop.Data;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/customers/{id}", Handlers.GetCustomer);
        app.Run();

        static class Handlers
        {
            public static Customer? GetCustomer(Guid id, ShopDb db) => [|db.Customers.Find(id)|];
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ReturningProjectedContract_DoesNotReport() => Verify.VerifyAsync(("Program.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/orders", (ShopDb db) => db.Orders.Take(50).Select(o => new OrderResponse(o.Id, o.Total)).ToListAsync());
        app.MapGet("/orders/{id}", async (Guid id, ShopDb db) =>
            await db.Orders.FindAsync(id) is { } order ? Results.Ok(new OrderResponse(order.Id, order.Total)) : Results.NotFound());
        app.Run();

        record OrderResponse(Guid Id, decimal Total);
        """), Snippets.ModelFile);

    [Fact]
    public Task NonEndpointMethodReturningEntity_DoesNotReport() => Verify.VerifyAsync(("Data/Queries.cs", """
        using Shop.Data;

        namespace Shop.Data;

        public sealed class Queries(ShopDb db)
        {
            public Customer? Find(Guid id) => db.Customers.Find(id);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task EntityKnownByConfiguration_Reports() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Metadata.Builders;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/invoices/latest", () => [|new Invoice()|]);
        app.Run();

        sealed class Invoice { public Guid Id { get; set; } }

        sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
        {
            public void Configure(EntityTypeBuilder<Invoice> builder) => builder.HasKey(i => i.Id);
        }

        sealed class BillingDb(DbContextOptions<BillingDb> options) : DbContext(options);
        """);
}
