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

            public static Task<int> Raw(ShopDb db, string id) => db.Database.ExecuteSqlRawAsync([|$"delete from orders where id = '{id}'"|]);

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

    [Fact]
    public Task ValuesThatCannotCarryInput_DoNotReport() => Verify.VerifyAsync(("Tests/Databases.cs", """
        using System.Data.Common;
        using Microsoft.EntityFrameworkCore;
        using Shop.Data;

        namespace Shop.Tests;

        public sealed class TestDatabase
        {
            private TestDatabase(string name) => Name = name;

            public string Name { get; }

            public static TestDatabase Create(DbCommand command)
            {
                var name = "test_" + Guid.NewGuid().ToString("N")[..20];
                command.CommandText = $"CREATE DATABASE \"{name}\"";
                return new TestDatabase(name);
            }

            public void Drop(DbCommand command) => command.CommandText = $"DROP DATABASE IF EXISTS \"{Name}\"";

            public static Task<int> Purge(ShopDb db, Guid id, int days) =>
                db.Database.ExecuteSqlRawAsync($"delete from orders where id = '{id}' and age > {days}");
        }
        """), Snippets.ModelFile);

    [Fact]
    public Task MemberSetFromOutside_Reports() => Verify.VerifyAsync(("Tests/Databases.cs", """
        using System.Data.Common;

        namespace Shop.Tests;

        public sealed class TenantDatabase(string name)
        {
            public string Name { get; } = name;

            public void Drop(DbCommand command) => command.CommandText = [|$"DROP DATABASE \"{Name}\""|];
        }
        """));
}
