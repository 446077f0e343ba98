namespace Rampart.Analyzers.Tests.Support;

/// <summary>Shared snippet files: a small shop data model that test snippets build on.</summary>
internal static class Snippets
{
    public const string ModelPath = "Data/ShopDb.cs";

    public const string Model = """
        using Microsoft.EntityFrameworkCore;

        namespace Shop.Data;

        public sealed class Order
        {
            public Guid Id { get; set; }
            public Guid CustomerId { get; set; }
            public decimal Total { get; set; }
            public List<OrderLine> Lines { get; set; } = [];
        }

        public sealed class OrderLine
        {
            public Guid Id { get; set; }
            public string Sku { get; set; } = "";
        }

        public sealed class Customer
        {
            public Guid Id { get; set; }
            public string Name { get; set; } = "";
        }

        public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
        {
            public DbSet<Order> Orders => Set<Order>();
            public DbSet<Customer> Customers => Set<Customer>();
        }
        """;

    public static (string Path, string Markup) ModelFile => (ModelPath, Model);
}
