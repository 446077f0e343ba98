using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotUseOffsetPaginationAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotUseOffsetPaginationAnalyzerTests
{
    [Fact]
    public Task VariableSkipOnQuery_Reports() => Verify.VerifyAsync(("Orders/ListOrders.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class ListOrders
        {
            public static Task<List<Order>> PageAsync(ShopDb db, int page, int size) =>
                db.Orders.OrderBy(o => o.Id).[|Skip((page - 1) * size)|].Take(size).ToListAsync();
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ConstantSkipOrInMemorySkip_DoesNotReport() => Verify.VerifyAsync(("Orders/ListOrders.cs", """
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class ListOrders
        {
            public static Task<List<Order>> SecondAsync(ShopDb db) => db.Orders.OrderBy(o => o.Id).Skip(1).Take(1).ToListAsync();

            public static List<int> Page(List<int> items, int page) => items.Skip(page * 10).Take(10).ToList();

            public static Task<List<Order>> AfterAsync(ShopDb db, Guid after, int size) =>
                db.Orders.Where(o => o.Id.CompareTo(after) > 0).OrderBy(o => o.Id).Take(size).ToListAsync();
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task OffsetInSqlText_Reports() => Verify.VerifyAsync("""
        using System.Data.Common;
        using Dapper;

        namespace Shop.Orders;

        public static class OrderQueries
        {
            private const string Page = [|"SELECT id, total FROM orders ORDER BY id OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY"|];

            public static Task<IEnumerable<decimal>> Totals(DbConnection connection, int skip, int take) =>
                connection.QueryAsync<decimal>(Page, new { Skip = skip, Take = take });

            public static string Postgres(int limit, int offset) => [|$"SELECT * FROM orders ORDER BY id LIMIT {limit} OFFSET {offset}"|];

            public static string MySql(int offset) => [|"SELECT * FROM orders ORDER BY id LIMIT " + offset + ", 20"|];
        }
        """);

    [Fact]
    public Task FixedOffsetOrNotSql_DoesNotReport() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public static class Texts
        {
            public const string First = "SELECT * FROM orders ORDER BY id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY";
            public const string Keyset = "SELECT * FROM orders WHERE id > @After ORDER BY id LIMIT @Take";
            public static string Zone(int hours) => $"Time zone offset {hours} hours from UTC";
        }
        """);

    [Fact]
    public Task SkipOnSpecificationBuilder_Reports() => Verify.VerifyAsync("""
        namespace Shop.Catalog;

        public interface ISpecificationBuilder<T>
        {
            ISpecificationBuilder<T> Skip(int skip);
            ISpecificationBuilder<T> Take(int take);
        }

        public sealed class CatalogPage
        {
            public CatalogPage(ISpecificationBuilder<string> query, int skip, int take) => query.[|Skip(skip)|].Take(take);

            public static void First(ISpecificationBuilder<string> query) => query.Skip(0).Take(10);
        }
        """);
}
