using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotWriteToConsoleAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotWriteToConsoleAnalyzerTests
{
    [Fact]
    public Task ConsoleInRequestCode_Reports() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public static class Shipping
        {
            public static void Ship(Guid orderId)
            {
                [|Console.WriteLine($"Shipping {orderId}")|];
                [|Console.Write("done")|];
            }
        }
        """);

    [Fact]
    public Task ConsoleInTopLevelProgramAndLogger_DoNotReport() => Verify.VerifyAsync("""
        Console.WriteLine("Starting");
        var logger = LoggerFactory.Create(b => { }).CreateLogger("Shop");
        logger.LogInformation("Started");
        Console.Error.WriteLine("stderr is the host's business");
        """);

    [Fact]
    public Task ConsoleInHandlerLambdaOfTopLevelProgram_Reports() => Verify.VerifyAsync("""
        var app = WebApplication.CreateBuilder(args).Build();
        Console.WriteLine("Starting");
        app.MapGet("/ping", () =>
        {
            [|Console.WriteLine("ping")|];
            return "pong";
        });
        app.Run();
        """);
}
