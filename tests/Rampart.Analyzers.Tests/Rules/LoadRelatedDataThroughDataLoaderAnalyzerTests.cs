using Microsoft.CodeAnalysis;
using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.LoadRelatedDataThroughDataLoaderAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class LoadRelatedDataThroughDataLoaderAnalyzerTests
{
    [Fact]
    public Task EfQueriesInAsyncResolvers_OfAnObjectType_Report() => Verify.VerifyAsync(("Graph/CustomerType.cs", """
        using GraphQL;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class CustomerType : ObjectGraphType<Customer>
        {
            public CustomerType()
            {
                Field(customer => customer.Name);
                Field<ListGraphType<OrderType>>("orders").ResolveAsync(async context =>
                {
                    var db = context.RequestServices!.GetRequiredService<ShopDb>();
                    return await db.Orders.Where(o => o.CustomerId == context.Source.Id).OrderBy(o => o.Id).[|ToListAsync(context.CancellationToken)|];
                });
                Field<OrderType>("latestOrder").ResolveAsync(async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Orders.[|FirstOrDefaultAsync(o => o.CustomerId == context.Source.Id)|]);
                Field<IntGraphType>("orderCount").ResolveAsync(async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Orders.[|CountAsync(o => o.CustomerId == context.Source.Id)|]);
            }
        }

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType() => Field(order => order.Total);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task EfQueriesInSyncResolvers_WithAnInjectedContext_Report() => Verify.VerifyAsync(("Graph/OrderType.cs", """
        using GraphQL.Types;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType(ShopDb db)
            {
                Field(order => order.Total);
                Field<StringGraphType>("customerName").Resolve(context => db.Customers.[|Find(context.Source.CustomerId)|]?.Name);
                Field<IntGraphType>("siblingCount").Resolve(context => db.Orders.Where(o => o.CustomerId == context.Source.CustomerId).[|Count()|]);
                Field<ListGraphType<OrderType>>("siblings").Resolve(context => db.Orders.[|Where(o => o.CustomerId == context.Source.CustomerId)|]);
                Field<ListGraphType<OrderType>>("everyOrder").Resolve(_ => [|db.Orders|]);
                Field<ListGraphType<StringGraphType>>("skus").Resolve(context => context.Source.Lines.AsQueryable().Select(l => l.Sku));
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task DapperAndDbCommandInResolvers_Report() => Verify.VerifyAsync(("Graph/OrderType.cs", """
        using System.Data.Common;
        using Dapper;
        using GraphQL;
        using GraphQL.Types;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType()
            {
                Field<ListGraphType<StringGraphType>>("skus").ResolveAsync(async context =>
                {
                    var connection = context.RequestServices!.GetRequiredService<DbConnection>();
                    return await connection.[|QueryAsync<string>("select sku from order_lines where order_id = @id", new { id = context.Source.Id })|];
                });
                Field<IntGraphType>("lineCount").Resolve(context =>
                {
                    using var command = context.RequestServices!.GetRequiredService<DbConnection>().CreateCommand();
                    command.CommandText = "select count(*) from order_lines";
                    return command.[|ExecuteScalar()|];
                });
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task MethodGroupResolver_ThatQueries_ReportsTheQuery() => Verify.VerifyAsync(("Graph/CustomerType.cs", """
        using GraphQL;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class CustomerType : ObjectGraphType<Customer>
        {
            public CustomerType()
            {
                Field<ListGraphType<OrderType>>("orders").ResolveAsync(OrdersOfAsync);
                Field<StringGraphType>("greeting").Resolve(Greeting);
            }

            private static async Task<object?> OrdersOfAsync(IResolveFieldContext<Customer> context) =>
                await context.RequestServices!.GetRequiredService<ShopDb>().Orders.Where(o => o.CustomerId == context.Source.Id).[|ToListAsync()|];

            private static object? Greeting(IResolveFieldContext<Customer> context) => "hello " + context.Source.Name;
        }

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType() => Field(order => order.Total);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task LegacyFieldAsync_ConnectionAndScopedServiceResolvers_Report() => Verify.VerifyAsync(("Graph/CustomerType.cs", """
        using GraphQL;
        using GraphQL.MicrosoftDI;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class CustomerType : ObjectGraphType<Customer>
        {
            public CustomerType()
            {
        #pragma warning disable CS0618 // The snippet uses the legacy overload on purpose.
                FieldAsync<ListGraphType<OrderType>>("orders", resolve: async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Orders.Where(o => o.CustomerId == context.Source.Id).[|ToListAsync()|]);
        #pragma warning restore CS0618
                Connection<OrderType>("orderPage").ResolveAsync(async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Orders.Where(o => o.CustomerId == context.Source.Id).Take(10).[|ToListAsync()|]);
                Field<DecimalGraphType>("spent").Resolve().WithScope().WithService<ShopDb>().ResolveAsync(async (context, db) =>
                    (object?)await db.Orders.Where(o => o.CustomerId == context.Source.Id).[|SumAsync(o => o.Total)|]);
            }
        }

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType() => Field(order => order.Total);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task SchemaFirstResolverClass_Reports_AndItsQueryClassDoesNot() => Verify.VerifyAsync(("Graph/Resolvers.cs", """
        using GraphQL;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        [GraphQLMetadata("Customer")]
        public sealed class CustomerResolvers(ShopDb db)
        {
            public Task<List<Order>> Orders(IResolveFieldContext<Customer> context) =>
                db.Orders.Where(o => o.CustomerId == context.Source.Id).[|ToListAsync()|];
        }

        [GraphQLMetadata("Query")]
        public sealed class QueryResolvers(ShopDb db)
        {
            public Task<List<Customer>> Customers() => db.Customers.Take(50).ToListAsync();
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task AutoRegisteredClrTypes_ReportTheirQueryingMethods_NotThoseOfTheRoot() => Verify.VerifyAsync(("Graph/Nodes.cs", """
        using GraphQL;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class CustomerNode
        {
            public Guid Id { get; init; }

            public Task<List<Order>> Orders([FromServices] ShopDb db) => db.Orders.Where(o => o.CustomerId == Id).[|ToListAsync()|];

            [Ignore]
            public Task<int> Audit(ShopDb db) => db.Orders.CountAsync();
        }

        public sealed class OrderNode
        {
            public Guid CustomerId { get; init; }

            public Task<Customer?> Customer([FromServices] ShopDb db) => db.Customers.[|FirstOrDefaultAsync(c => c.Id == CustomerId)|];
        }

        public sealed class OrderGraph : AutoRegisteringObjectGraphType<OrderNode>;

        public sealed class Root
        {
            public Task<List<Customer>> Customers([FromServices] ShopDb db) => db.Customers.Take(20).ToListAsync();

            public Task<List<CustomerNode>> Nodes([FromServices] ShopDb db) => db.Customers.Take(20).Select(c => new CustomerNode { Id = c.Id }).ToListAsync();
        }

        public sealed class ShopSchema : Schema
        {
            public ShopSchema(IServiceProvider services)
                : base(services)
            {
                Query = new AutoRegisteringObjectGraphType<Root>();
                var page = new ObjectGraphType { Name = "Page" };
                page.Field<ListGraphType<AutoRegisteringObjectGraphType<CustomerNode>>>("customers");
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task RootTypes_ByNameOrAsTheSchemasRoot_DoNotReport() => Verify.VerifyAsync(("Graph/Schema.cs", """
        using GraphQL;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class ShopQuery : ObjectGraphType
        {
            public ShopQuery()
            {
                Field<ListGraphType<CustomerType>>("customers").ResolveAsync(async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Customers.Take(50).ToListAsync());
            }
        }

        public sealed class OrderMutations : ObjectGraphType
        {
            public OrderMutations(ShopDb db)
            {
                Field<IntGraphType>("archiveAll").ResolveAsync(async _ => await db.Orders.ExecuteDeleteAsync());
            }
        }

        public sealed class Catalogue : ObjectGraphType
        {
            public Catalogue(ShopDb db) => Field<IntGraphType>("customerCount").ResolveAsync(async _ => await db.Customers.CountAsync());
        }

        public sealed class Writes : ObjectGraphType
        {
            public Writes(ShopDb db) => Field<IntGraphType>("touch").ResolveAsync(async _ => await db.SaveChangesAsync());
        }

        public sealed class ShopSchema : Schema
        {
            public ShopSchema(IServiceProvider services) : base(services)
            {
                Query = services.GetRequiredService<Catalogue>();
            }

            public static ISchema Build(IServiceProvider services, ShopDb db) => new Schema(services) { Mutation = new Writes(db) };
        }

        public sealed class CustomerType : ObjectGraphType<Customer>
        {
            public CustomerType() => Field(customer => customer.Name);
        }

        public static class CatalogueFields
        {
            // A module adding its fields to the host's root query: a plain ObjectGraphType is not a per-parent type.
            public static void AddTo(ObjectGraphType query) =>
                query.Field<IntGraphType>("orderCount").ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ShopDb>().Orders.CountAsync());
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ModuleSchemaPartsOnTheComposedRoot_AndALoaderOverAModuleContract_DoNotReport_ADirectQueryDoes() => Verify.VerifyAsync(("Graph/Parts.cs", """
        using GraphQL;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Rampart.AspNetCore.GraphQL.DataLoaders;
        using Shop.Data;

        namespace Shop.Graph;

        public interface IGraphQLSchemaPart
        {
            void AddQueries(ObjectGraphType query);
        }

        public interface ICustomerDirectory
        {
            Task<IReadOnlyDictionary<Guid, Customer>> GetCustomersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);
        }

        public sealed class ShopSchema : Schema
        {
            public ShopSchema(IServiceProvider services, IEnumerable<IGraphQLSchemaPart> parts)
                : base(services)
            {
                var query = new ObjectGraphType { Name = "Query" };
                foreach (var part in parts)
                {
                    part.AddQueries(query);
                }

                Query = query;
            }
        }

        public sealed class OrdersSchemaPart : IGraphQLSchemaPart
        {
            public void AddQueries(ObjectGraphType query)
            {
                query.Connection<OrderType>("orders").ResolveAsync(async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Orders.OrderBy(o => o.Id).Take(20).ToListAsync());
                query.Field<OrderType>("order").Argument<NonNullGraphType<IdGraphType>>("id").ResolveAsync(async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Orders.FindAsync(context.GetArgument<Guid>("id")));
            }
        }

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType()
            {
                Field(order => order.Total);
                Field("customer", new GraphQLTypeReference("Customer")).Resolve(context => context.LoadOne<Guid, Customer>("orderCustomers", context.Source.CustomerId,
                    async (ids, ct) =>
                    {
                        var customers = await context.RequestServices!.GetRequiredService<ICustomerDirectory>().GetCustomersAsync(ids, ct);
                        return customers.ToDictionary(pair => pair.Key, pair => (Customer?)pair.Value);
                    }));
                Field("buyer", new GraphQLTypeReference("Customer")).ResolveAsync(async context =>
                    await context.RequestServices!.GetRequiredService<ShopDb>().Customers.[|FindAsync(context.Source.CustomerId)|]);
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ResolversThroughTheBlocksBatchLoaders_DoNotReport() => Verify.VerifyAsync(("Graph/OrderType.cs", """
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Rampart.AspNetCore.GraphQL.DataLoaders;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType(ShopDb db)
            {
                Field(order => order.Total);
                Field<CustomerType>("customer").Resolve(context => context.LoadOne<Guid, Customer>("customers", context.Source.CustomerId,
                    async (ids, ct) => await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (Customer?)c, ct)));
                Field<ListGraphType<OrderType>>("siblings").Resolve(context => context.LoadMany<Guid, Order>("ordersByCustomer", context.Source.CustomerId,
                    async (ids, ct) => (await db.Orders.Where(o => ids.Contains(o.CustomerId)).ToListAsync(ct)).ToLookup(o => o.CustomerId)));
                Field<CustomerType>("buyer").Resolve(context => context.LoadOne<Guid, Customer>("customers", context.Source.CustomerId, CustomersAsync));
            }

            private static Task<IReadOnlyDictionary<Guid, Customer?>> CustomersAsync(IReadOnlyList<Guid> ids, CancellationToken ct) =>
                Task.FromResult<IReadOnlyDictionary<Guid, Customer?>>(new Dictionary<Guid, Customer?>());
        }

        public sealed class CustomerType : ObjectGraphType<Customer>
        {
            public CustomerType() => Field(customer => customer.Name);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ResolversThroughGraphQLNetDataLoadersOrAnApplicationLoader_DoNotReport() => Verify.VerifyAsync(
        SnippetReferences.All.Add(GraphQLDataLoader),
        ("Graph/OrderType.cs", """
        using GraphQL.DataLoader;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class CustomerLoader(ShopDb db)
        {
            public Task<Customer?> LoadAsync(Guid id, CancellationToken ct) => db.Customers.FirstOrDefaultAsync(c => c.Id == id, ct);
        }

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType(IDataLoaderContextAccessor accessor, ShopDb db, CustomerLoader customers)
            {
                Field<CustomerType>("customer").Resolve(context => accessor.Context!.GetOrAddBatchLoader<Guid, Customer>("customers",
                    async (ids, ct) => await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)).LoadAsync(context.Source.CustomerId));
                Field<CustomerType>("buyer").ResolveAsync(async context => await customers.LoadAsync(context.Source.CustomerId, context.CancellationToken));
            }
        }

        public sealed class CustomerType : ObjectGraphType<Customer>
        {
            public CustomerType() => Field(customer => customer.Name);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ResolversReadingTheParentsLoadedProperties_DoNotReport() => Verify.VerifyAsync(("Graph/OrderType.cs", """
        using GraphQL.Types;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType()
            {
                Field(order => order.Total);
                Field<ListGraphType<StringGraphType>>("skus").Resolve(context => context.Source.Lines.Select(l => l.Sku).ToList());
                Field<IntGraphType>("lineCount").Resolve(context => context.Source.Lines.Count(l => l.Sku.Length > 0));
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task QueryBesideALoaderInOneResolver_Reports() => Verify.VerifyAsync(("Graph/OrderType.cs", """
        using GraphQL;
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Rampart.AspNetCore.GraphQL.DataLoaders;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType(ShopDb db)
            {
                Field<CustomerType>("customer").ResolveAsync(async context =>
                {
                    var exists = await db.Customers.[|AnyAsync(c => c.Id == context.Source.CustomerId)|];
                    return exists ? context.LoadOne<Guid, Customer>("customers", context.Source.CustomerId,
                        async (ids, ct) => await db.Customers.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (Customer?)c, ct)) : null;
                });
            }
        }

        public sealed class CustomerType : ObjectGraphType<Customer>
        {
            public CustomerType() => Field(customer => customer.Name);
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task GraphQLNotRestored_ReadsResolversByName() => Verify.VerifyAsync(
        SnippetReferences.Without("GraphQL", "Rampart.AspNetCore.GraphQL"),
        ("Graph/OrderType.cs", """
        using GraphQL.Types;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Graph;

        public sealed class OrderType : ObjectGraphType<Order>
        {
            public OrderType(ShopDb db)
            {
                Field<CustomerType>("customer").ResolveAsync(async context => await db.Customers.[|FirstAsync()|]);
                Field<CustomerType>("buyer").Resolve(context => context.LoadOne<Guid, Customer>("customers", context.Source.CustomerId,
                    async (ids, ct) => await db.Customers.ToDictionaryAsync(c => c.Id, c => (Customer?)c)));
            }
        }

        public sealed class OrderQuery : ObjectGraphType
        {
            public OrderQuery(ShopDb db) => Field<IntGraphType>("orders").ResolveAsync(async _ => await db.Orders.CountAsync());
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task QueriesOutsideResolvers_DoNotReport() => Verify.VerifyAsync(("Orders/Totals.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public sealed class Totals(ShopDb db)
        {
            public Task<decimal> OfAsync(Guid customerId) => db.Orders.Where(o => o.CustomerId == customerId).SumAsync(o => o.Total);

            public Func<Guid, Task<int>> Counter() => id => db.Orders.CountAsync(o => o.CustomerId == id);
        }
        """), Snippets.ModelFile);

    /// <summary>GraphQL.NET's DataLoader package, which the test host does not carry: its accessor and batch loader API.</summary>
    private static readonly MetadataReference GraphQLDataLoader = SnippetReferences.Stub("GraphQL.DataLoader", """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace GraphQL.DataLoader
        {
            public interface IDataLoaderContextAccessor { DataLoaderContext? Context { get; set; } }

            public sealed class DataLoaderContext { }

            public interface IDataLoader<TKey, T> { IDataLoaderResult<T> LoadAsync(TKey key); }

            public static class DataLoaderContextExtensions
            {
                public static IDataLoader<TKey, T> GetOrAddBatchLoader<TKey, T>(
                    this DataLoaderContext context, string loaderKey, Func<IEnumerable<TKey>, CancellationToken, Task<Dictionary<TKey, T>>> fetch)
                    where TKey : notnull => throw new NotSupportedException();
            }
        }
        """);
}
