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
}
