using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotBlockOnAsyncAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotBlockOnAsyncAnalyzerTests
{
    [Fact]
    public Task ResultWaitAndGetResult_Report() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public sealed class Pricing(HttpClient http)
        {
            public string Price(string sku) => [|http.GetStringAsync("/prices/" + sku).Result|];

            public void Warm() => http.GetAsync("/warm").[|Wait()|];

            public void WarmAll() => Task.[|WaitAll(http.GetAsync("/a"), http.GetAsync("/b"))|];

            public int Count() => CountAsync().GetAwaiter().[|GetResult()|];

            public string Cached(ValueTask<string> pending) => [|pending.Result|];

            private static Task<int> CountAsync() => Task.FromResult(1);
        }
        """);

    [Fact]
    public Task AwaitedTasksAndEntryPoint_DoNotReport() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public static class Pricing
        {
            public static async Task<int> SumAsync(Task<int> first, Task<int> second)
            {
                await Task.WhenAll(first, second);
                return first.Result + second.Result;
            }

            public static async Task<int> OneAsync(Task<int> pending)
            {
                await pending;
                return pending.Result;
            }

            public static Task<int> Doubled(Task<int> pending) => pending.ContinueWith(t => t.Result * 2);

            public static int Main() => Task.FromResult(0).GetAwaiter().GetResult();
        }
        """);

    [Fact]
    public Task BlockingInHandlerLambdaOfTopLevelProgram_Reports() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        var warmed = Task.FromResult(1).Result;
        app.MapGet("/slow", (HttpClient client) => [|client.GetStringAsync("https://example.test").Result|]);
        app.MapGet("/wait", () => Task.Delay(10).[|Wait()|]);
        app.Run();
        """);
}
