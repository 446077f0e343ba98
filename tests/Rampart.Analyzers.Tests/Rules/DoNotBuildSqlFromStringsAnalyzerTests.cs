using Rampart.Analyzers.Tests.Support;
using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotBuildSqlFromStringsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotBuildSqlFromStringsAnalyzerTests
{
    [Fact]
    public Task BuiltSqlIntoRawApis_Reports() => Verify.VerifyAsync(("Orders/Search.cs", """
        using System.Data.Common;
        using Dapper;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class Search
        {
            public static IQueryable<Order> Ef(ShopDb db, string sku) =>
                db.Orders.FromSqlRaw([|"select * from orders where sku = '" + sku + "'"|]);

            public static Task<int> Raw(ShopDb db, Guid id) => db.Database.ExecuteSqlRawAsync([|$"delete from orders where id = '{id}'"|]);

            public static Task<IEnumerable<Order>> Dapper(DbConnection connection, string status)
            {
                var sql = $"select * from orders where status = '{status}'";
                return connection.QueryAsync<Order>([|sql|]);
            }

            public static void Command(DbCommand command, string table) => command.CommandText = [|string.Format("select count(*) from {0}", table)|];
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task ParameterisedSql_DoesNotReport() => Verify.VerifyAsync(("Orders/Search.cs", """
        using System.Data.Common;
        using Dapper;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Orders;

        public static class Search
        {
            private const string Table = "orders";

            public static IQueryable<Order> Ef(ShopDb db, string sku) => db.Orders.FromSql($"select * from orders where sku = {sku}");

            public static Task<int> Raw(ShopDb db, Guid id) => db.Database.ExecuteSqlRawAsync("delete from " + Table + " where id = {0}", id);

            public static Task<IEnumerable<Order>> Dapper(DbConnection connection, string status) =>
                connection.QueryAsync<Order>("select * from orders where status = @status", new { status });
        }
        """), Snippets.ModelFile);
}
