#if RAMPART_API_GRAPHQL
using System.Collections.Concurrent;
using System.Diagnostics;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.GraphQL;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

/// <summary>
/// <c>order.items[].product</c> goes through a batch loader to Catalog's contract: a page of orders with items and
/// products costs the same SQL statements whatever its size. Counted from Npgsql's own trace of every command, for the
/// one request whose <c>traceparent</c> the test sent.
/// </summary>
public sealed class OrderProductsBatchingTests(ShopApp app) : IClassFixture<ShopApp>
{
    private const string OrdersWithProducts = """
        query Page($first: Int) { orders(first: $first) { edges { node { id items { quantity product { id sku } } } } } }
        """;

    [Fact]
    public async Task Orders_WithItemsAndProducts_CostTheSameStatementsForOneOrderAsForSix()
    {
        using var admin = await app.CreateAdminClientAsync();
        var products = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            products.Add((await admin.CreateProductAsync(stock: 100)).Id());
        }

        using var customer = await Customer.RegisterAsync(app);
        for (var i = 0; i < 6; i++)
        {
            await customer.Client.PlaceOrderAsync((products[i], 1), (products[(i + 1) % 6], 2));
        }

        var (one, oneOrder) = await CountStatementsAsync(customer.Client, first: 1);
        var (six, sixOrders) = await CountStatementsAsync(customer.Client, first: 6);

        Assert.Equal(6, sixOrders.GetProperty("edges").GetArrayLength());
        Assert.All(sixOrders.GetProperty("edges").EnumerateArray().SelectMany(edge => edge.GetProperty("node").GetProperty("items").EnumerateArray()),
            item => Assert.StartsWith("SKU-", item.GetProperty("product").GetProperty("sku").GetString(), StringComparison.Ordinal));
        Assert.Single(oneOrder.GetProperty("edges").EnumerateArray());
        Assert.True(one >= 2, $"the orders and their products take at least two statements; counted {one}");
        Assert.Equal(one, six);
    }

    private static async Task<(int Statements, System.Text.Json.JsonElement Orders)> CountStatementsAsync(HttpClient client, int first)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var statements = new StatementCounter(traceId);
        var headers = new Dictionary<string, string> { ["traceparent"] = $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01" };

        var orders = (await client.QueryAsync(OrdersWithProducts, new { first }, headers)).Data().GetProperty("orders");
        return (statements.Count, orders);
    }

    /// <summary>Counts the SQL commands Npgsql traces within one trace: the request's, and nobody else's.</summary>
    private sealed class StatementCounter : IDisposable
    {
        private readonly ConcurrentBag<string> _statements = [];
        private readonly ActivityListener _listener;

        public StatementCounter(ActivityTraceId traceId)
        {
            _listener = new ActivityListener
            {
                // The host's request activity carries the trace to the resolvers' commands; Npgsql traces each command.
                ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                    options.TraceId == traceId ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
                ActivityStopped = activity =>
                {
                    if (activity.Source.Name == "Npgsql" && (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string statement)
                    {
                        _statements.Add(statement);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Count => _statements.Count;

        public void Dispose() => _listener.Dispose();
    }
}
#endif
