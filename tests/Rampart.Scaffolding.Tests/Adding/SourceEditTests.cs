using Rampart.Scaffolding.Adding.Edits;

namespace Rampart.Scaffolding.Tests.Adding;

public sealed class SourceEditTests
{
    private const string Context = """
        using Microsoft.EntityFrameworkCore;
        using Rampart.AspNetCore.Data;
        using Shop.Products;

        namespace Shop.Data;

        public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
        {
            public DbSet<Product> Products => Set<Product>();

            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                modelBuilder.AddRampartIdempotency();
                modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
                modelBuilder.ApplyRampartConventions();
            }
        }

        """;

    private const string Program = """
        using Rampart.AspNetCore.Data;
        using Shop.Data;
        using Shop.Products;

        var builder = WebApplication.CreateBuilder(args);

        builder.AddRampartDefaults();
        builder.Services.AddDatabase(builder.Configuration);

        // The service's resources: one line each.
        builder.Services.AddProducts();

        var app = builder.Build();
        app.Run();

        """;

    [Fact]
    public void AddDbSet_AddsTheSetAfterTheLastOneAndTheUsingInOrder()
    {
        var edited = new AddDbSet("src/Shop/Data/AppDbContext.cs", "AppDbContext", "OrderLine", "OrderLines", "Shop.OrderLines").Apply(Context);

        Assert.Equal(
            Context
                .Replace("using Rampart.AspNetCore.Data;\n", "using Rampart.AspNetCore.Data;\nusing Shop.OrderLines;\n", StringComparison.Ordinal)
                .Replace("    public DbSet<Product> Products => Set<Product>();\n", "    public DbSet<Product> Products => Set<Product>();\n\n    public DbSet<OrderLine> OrderLines => Set<OrderLine>();\n", StringComparison.Ordinal),
            edited);
    }

    [Fact]
    public void AddDbSet_InAModuleContextWithoutSets_AddsItAfterTheSchemaConstant()
    {
        const string module = """
            namespace Shop.Modules.Billing.Database;

            internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
            {
                public const string Schema = "billing";

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly);
                }
            }

            """;

        var edited = new AddDbSet("BillingDbContext.cs", "BillingDbContext", "Invoice", "Invoices", "Shop.Modules.Billing.Invoices").Apply(module);

        Assert.Contains("""
                public const string Schema = "billing";

                public DbSet<Invoice> Invoices => Set<Invoice>();

                protected override void OnModelCreating
            """, edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDbSet_InAContextWithoutSets_AddsItFirstAndAppliesTheConfigurationsBeforeTheConventions()
    {
        const string bare = """
            using Microsoft.EntityFrameworkCore;
            using Rampart.AspNetCore.Data;

            namespace Shop.Data;

            public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
            {
                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.AddRampartIdempotency();
                    modelBuilder.ApplyRampartConventions();
                }
            }

            """;

        var edited = new AddDbSet("src/Shop/Data/AppDbContext.cs", "AppDbContext", "Widget", "Widgets", "Shop.Widgets").Apply(bare);

        Assert.Equal("""
            using Microsoft.EntityFrameworkCore;
            using Rampart.AspNetCore.Data;
            using Shop.Widgets;

            namespace Shop.Data;

            public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
            {
                public DbSet<Widget> Widgets => Set<Widget>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.AddRampartIdempotency();
                    modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
                    modelBuilder.ApplyRampartConventions();
                }
            }

            """, edited);
    }

    [Fact]
    public void AddDbSet_ForAMemberThatExists_IsRefused()
    {
        var error = Assert.Throws<ScaffoldingException>(() => new AddDbSet("AppDbContext.cs", "AppDbContext", "Product", "Products", "Shop.Products").Apply(Context));

        Assert.Contains("has a member named Products already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDbSet_WithoutTheContextClass_IsRefused() =>
        Assert.Contains("there is no class AppDbContext", Assert.Throws<ScaffoldingException>(() => new AddDbSet("X.cs", "AppDbContext", "A", "As", "Shop.As").Apply("namespace Shop;\n")).Message, StringComparison.Ordinal);

    [Fact]
    public void AddServiceRegistration_AddsTheCallAfterTheLastServicesCall()
    {
        var edited = new AddServiceRegistration("src/Shop/Program.cs", "AddOrderLines", "Shop.OrderLines").Apply(Program);

        Assert.Equal(
            Program
                .Replace("using Shop.Data;\n", "using Shop.Data;\nusing Shop.OrderLines;\n", StringComparison.Ordinal)
                .Replace("builder.Services.AddProducts();\n", "builder.Services.AddProducts();\nbuilder.Services.AddOrderLines();\n", StringComparison.Ordinal),
            edited);
    }

    [Fact]
    public void AddServiceRegistration_GoesToTheEndOfTheResourcesBlock_NotAfterLaterRegistrations()
    {
        var withMore = Program.Replace("builder.Services.AddProducts();\n", "builder.Services.AddProducts();\nbuilder.Services.AddOrders(builder.Configuration);\n\n// Scheduled jobs.\nbuilder.Services.AddRampartJobs(builder.Configuration, jobs => { });\n", StringComparison.Ordinal);

        var edited = new AddServiceRegistration("src/Shop/Program.cs", "AddCoupons", "Shop.Coupons").Apply(withMore);

        Assert.Contains("builder.Services.AddOrders(builder.Configuration);\nbuilder.Services.AddCoupons();\n\n// Scheduled jobs.", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AddServiceRegistration_WithoutResourcesYet_StartsTheirBlock()
    {
        var skeleton = Program.Replace("\n// The service's resources: one line each.\nbuilder.Services.AddProducts();\n", "", StringComparison.Ordinal).Replace("using Shop.Products;\n", "", StringComparison.Ordinal);

        var edited = new AddServiceRegistration("src/Shop/Program.cs", "AddWidgets", "Shop.Widgets").Apply(skeleton);

        Assert.Contains("builder.Services.AddDatabase(builder.Configuration);\n\n// The service's resources: one line each.\nbuilder.Services.AddWidgets();\n\nvar app", edited, StringComparison.Ordinal);
        Assert.Contains("using Shop.Data;\nusing Shop.Widgets;\n", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void AddServiceRegistration_Twice_IsRefused()
    {
        var once = new AddServiceRegistration("Program.cs", "AddOrderLines", "Shop.OrderLines").Apply(Program);

        var error = Assert.Throws<ScaffoldingException>(() => new AddServiceRegistration("Program.cs", "AddOrderLines", "Shop.OrderLines").Apply(once));

        Assert.Contains("calls AddOrderLines() already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddServiceRegistration_WithoutBuild_IsRefused() =>
        Assert.Contains("no builder.Build()", Assert.Throws<ScaffoldingException>(() => new AddServiceRegistration("Program.cs", "AddX", "Shop.X").Apply("var x = 1;\n")).Message, StringComparison.Ordinal);
}
