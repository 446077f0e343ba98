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

    /// <summary>Compiles the files with a data model whose EF Core package did not restore.</summary>
    private static Task VerifyWithoutEfCoreAsync(params (string Path, string Markup)[] files) =>
        Verify.VerifyAsync(SnippetReferences.Without("Microsoft.EntityFrameworkCore"), [.. files, ("Data/BlogContext.cs", UnrestoredContext)]);

    private const string UnrestoredContext = """
        using Microsoft.EntityFrameworkCore;

        namespace Blog.Data;

        public sealed class Tag
        {
            public string? TagId { get; set; }
        }

        public sealed class Article
        {
            public Guid Id { get; set; }
            public Guid AuthorId { get; set; }
        }

        public sealed class BlogContext(DbContextOptions<BlogContext> options) : DbContext(options)
        {
            public DbSet<Tag> Tags { get; init; } = null!;
            public DbSet<Article> Articles { get; init; } = null!;
        }
        """;

    [Fact]
    public Task UnboundReadsWhereEfCoreDidNotRestore_ReportByShape() => VerifyWithoutEfCoreAsync(
        ("Program.cs", """
        using Blog.Data;
        using Microsoft.EntityFrameworkCore;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/articles", (BlogContext db) => [|db.Articles.OrderBy(a => a.Id).ToListAsync()|]);
        app.MapGet("/tags", (BlogContext db) => [|db.Set<Tag>().AsNoTracking().ToArrayAsync()|]);
        app.Run();
        """),
        ("Features/ListTags.cs", """
        using Blog.Data;
        using Microsoft.EntityFrameworkCore;

        namespace Blog.Features;

        public sealed record ListTags;

        public sealed class ListTagsHandler(BlogContext context)
        {
            public async Task<List<string>> Handle(ListTags request, CancellationToken cancellationToken)
            {
                var tags = await [|context
                    .Tags.OrderBy(t => t.TagId)
                    .AsNoTracking()
                    .ToListAsync(cancellationToken)|];
                return tags.Select(t => t.TagId ?? string.Empty).ToList();
            }
        }
        """));

    [Fact]
    public Task ScopedOrBoundedReadsWhereEfCoreDidNotRestore_DoNotReport() => VerifyWithoutEfCoreAsync(
        ("Program.cs", """
        using Blog.Data;
        using Microsoft.EntityFrameworkCore;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/mine", (BlogContext db, Guid author) => db.Articles.Where(a => a.AuthorId == author).ToListAsync());
        app.MapGet("/top", (BlogContext db) => db.Articles.OrderBy(a => a.Id).Take(20).ToListAsync());
        app.MapGet("/first", (BlogContext db) => db.Articles.FirstOrDefaultAsync());
        app.MapPost("/export", (BlogContext db) => db.Articles.ToListAsync());
        app.MapGet("/names", (List<Tag> tags) => tags.Select(t => t.TagId).ToList());
        app.Run();
        """));

    [Fact]
    public Task DapperOnUnresolvedConnection_ReportsUnboundedSql() => Verify.VerifyAsync(
        SnippetReferences.All,
        ("Program.cs", """
        using Dapper;
        using MySqlConnector;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/catalog", async (MySqlConnection db) =>
        {
            const string sql = "SELECT Id, Name FROM catalog";

            return await db.[|QueryAsync<Item>(sql)|];
        });
        app.MapGet("/catalog/{id}", async (int id, MySqlConnection db) =>
            await db.QueryFirstOrDefaultAsync<Item>("SELECT Id, Name FROM catalog WHERE Id = @id", new { id }));
        app.MapGet("/cheap", async (MySqlConnection db) => await db.QueryAsync<Item>("SELECT Id, Name FROM catalog WHERE Price < 10"));
        app.Run();

        public sealed record Item(int Id, string Name);
        """));

    [Fact]
    public Task QueryOnUnresolvedTypeWithoutDapper_DoesNotReport() => Verify.VerifyAsync(
        SnippetReferences.Without("Dapper"),
        ("Program.cs", """
        using Search;

        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/items", async (SearchClient search) => await search.QueryAsync<Item>("SELECT * FROM items"));
        app.Run();

        public sealed record Item(int Id);
        """));
}
