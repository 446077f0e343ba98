using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotQueryDatabaseInLoopAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotQueryDatabaseInLoopAnalyzerTests
{
    [Fact]
    public Task EfQueryAndSaveChanges_InsideForeach_Report() => Verify.VerifyAsync(("Orders/Recalculate.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class Recalculate
        {
            public static async Task RunAsync(ShopDb db, IReadOnlyList<Guid> customerIds, CancellationToken ct)
            {
                foreach (var id in customerIds)
                {
                    var orders = await db.Orders.Where(o => o.CustomerId == id).[|ToListAsync(ct)|];
                    await db.[|SaveChangesAsync(ct)|];
                }
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task FindInsideForAndWhile_Report() => Verify.VerifyAsync(("Orders/Lookup.cs", """
        using Shop.Data;

        namespace Shop.Orders;

        public static class Lookup
        {
            public static int Run(ShopDb db, Guid[] ids)
            {
                var found = 0;
                for (var i = 0; i < ids.Length; i++)
                {
                    if (db.Orders.[|Find(ids[i])|] is not null) found++;
                }

                var j = 0;
                while (j < ids.Length)
                {
                    found += db.Customers.[|Count(c => c.Id == ids[j])|];
                    j++;
                }

                return found;
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task PerItemLinqOverMemory_WithQuery_Reports() => Verify.VerifyAsync(("Orders/Totals.cs", """
        using Shop.Data;

        namespace Shop.Orders;

        public static class Totals
        {
            public static List<decimal> Run(ShopDb db, List<Guid> customerIds) =>
                customerIds.Select(id => db.Orders.Where(o => o.CustomerId == id).[|Sum(o => o.Total)|]).ToList();
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task DapperAndDbCommand_InsideLoop_Report() => Verify.VerifyAsync("""
        using System.Data.Common;
        using Dapper;

        namespace Shop.Orders;

        public static class Archive
        {
            public static async Task RunAsync(DbConnection connection, DbCommand command, int[] ids)
            {
                foreach (var id in ids)
                {
                    await connection.[|ExecuteAsync("update orders set archived = true where id = @id", new { id })|];
                    command.[|ExecuteNonQuery()|];
                }
            }
        }
        """);

    [Fact]
    public Task SingleQueryBeforeLoop_AndSaveAfter_DoesNotReport() => Verify.VerifyAsync(("Orders/Recalculate.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class Recalculate
        {
            public static async Task RunAsync(ShopDb db, IReadOnlyList<Guid> customerIds, CancellationToken ct)
            {
                var orders = await db.Orders.Where(o => customerIds.Contains(o.CustomerId)).ToListAsync(ct);
                foreach (var order in orders)
                {
                    order.Total = order.Lines.Count;
                }

                await db.SaveChangesAsync(ct);
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task LambdaInsideQueryableExpression_DoesNotReport() => Verify.VerifyAsync(("Orders/Big.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class Big
        {
            public static Task<List<Customer>> RunAsync(ShopDb db) =>
                db.Customers.Where(c => db.Orders.Count(o => o.CustomerId == c.Id) > 10).ToListAsync();
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task InMemoryLinqInsideLoop_DoesNotReport() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public static class Memory
        {
            public static int Run(List<int[]> batches)
            {
                var total = 0;
                foreach (var batch in batches)
                {
                    total += batch.Count(x => x > 0);
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task ListForEachAndParallelForEach_Report() => Verify.VerifyAsync(("Orders/Touch.cs", """
        using Shop.Data;

        namespace Shop.Orders;

        public static class Touch
        {
            public static void Run(ShopDb db, List<Order> orders, Guid[] ids)
            {
                orders.ForEach(o => db.[|SaveChanges()|]);
                Parallel.ForEach(ids, id => db.Orders.[|Find(id)|]);
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task RepositoryCallsInsideLoop_Report() => Verify.VerifyAsync(("Orders/Pricing.cs", """
        using Shop.Data;

        namespace Shop.Orders;

        public interface IProductRepository
        {
            Task<Customer?> GetByIdAsync(Guid id, CancellationToken ct);
            Customer? FindBySku(string sku);
            void Add(Customer customer);
        }

        public static class Pricing
        {
            public static async Task RunAsync(IProductRepository products, IReadOnlyList<Guid> ids, string[] skus, CancellationToken ct)
            {
                foreach (var id in ids)
                {
                    var product = await products.[|GetByIdAsync(id, ct)|];
                }

                for (var i = 0; i < skus.Length; i++)
                {
                    _ = products.[|FindBySku(skus[i])|];
                    products.Add(new Customer());
                }
            }
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task HelperThatQueriesCalledInLoop_Reports() => Verify.VerifyAsync(("Orders/Report.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public sealed class Report(ShopDb db)
        {
            public async Task<List<decimal>> TotalsAsync(IEnumerable<Guid> customerIds)
            {
                var totals = new List<decimal>();
                foreach (var id in customerIds)
                {
                    totals.Add(await [|TotalOfAsync(id)|]);
                    totals.Add(Round(id));
                }

                return totals;
            }

            private Task<decimal> TotalOfAsync(Guid customerId) => db.Orders.Where(o => o.CustomerId == customerId).SumAsync(o => o.Total);

            private static decimal Round(Guid id) => id.GetHashCode() % 10;
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task RetryAndPollingLoops_DoNotReport() => Verify.VerifyAsync(("Orders/Cancel.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class Cancel
        {
            private const int MaxAttempts = 3;

            public static async Task RunAsync(ShopDb db, Guid id, CancellationToken ct)
            {
                for (var attempt = 1; ; attempt++)
                {
                    var order = await db.Orders.FirstAsync(o => o.Id == id, ct);
                    try
                    {
                        await db.SaveChangesAsync(ct);
                        return;
                    }
                    catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
                    {
                    }
                }
            }

            public static async Task DrainAsync(ShopDb db, CancellationToken ct)
            {
                while (true)
                {
                    var batch = await db.Orders.Take(100).ToListAsync(ct);
                    if (batch.Count == 0)
                    {
                        return;
                    }

                    await db.SaveChangesAsync(ct);
                }
            }

            public static async Task RetryAsync(ShopDb db, CancellationToken ct)
            {
                for (var retries = 0; retries < MaxAttempts; retries++)
                {
                    await db.SaveChangesAsync(ct);
                }
            }
        }
        """), Snippets.ModelFile);
}
