using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.UseStructuredLogMessagesAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class UseStructuredLogMessagesAnalyzerTests
{
    [Fact]
    public Task InterpolatedAndConcatenatedMessages_Report() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public sealed class Shipping(ILogger<Shipping> logger)
        {
            public void Ship(Guid orderId, Exception error)
            {
                logger.LogInformation([|$"Shipping order {orderId}"|]);
                logger.LogError(error, [|"Failed to ship " + orderId|]);
                logger.Log(LogLevel.Warning, [|string.Format("Late: {0}", orderId)|]);
            }
        }
        """);

    [Fact]
    public Task TemplatesAndConstants_DoNotReport() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public sealed class Shipping(ILogger<Shipping> logger)
        {
            private const string Prefix = "Orders: ";

            public void Ship(Guid orderId)
            {
                logger.LogInformation("Shipping order {OrderId}", orderId);
                logger.LogInformation(Prefix + "shipping started");
                logger.LogInformation($"{Prefix}constant interpolation");
            }
        }
        """);

    private const string SerilogApi = """
        namespace Serilog;

        public interface ILogger
        {
            void Information(string messageTemplate, params object?[]? propertyValues);
            void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
        }

        public static class Log
        {
            public static void Warning(string messageTemplate, params object?[]? propertyValues) { }
        }
        """;

    [Fact]
    public Task SerilogWithBuiltMessages_Reports() => Verify.VerifyAsync(("Orders/Shipping.cs", """
        namespace Shop.Orders;

        public sealed class Shipping(Serilog.ILogger logger)
        {
            public void Ship(Guid orderId, Exception error)
            {
                logger.Information([|$"Shipping {orderId}"|]);
                logger.Error(error, [|"Failed " + orderId|]);
                Serilog.Log.Warning([|string.Format("Late {0}", orderId)|]);
            }
        }
        """), ("Serilog.cs", SerilogApi));

    [Fact]
    public Task SerilogWithTemplates_DoesNotReport() => Verify.VerifyAsync(("Orders/Shipping.cs", """
        namespace Shop.Orders;

        public sealed class Shipping(Serilog.ILogger logger)
        {
            private const string Prefix = "Order ";

            public void Ship(Guid orderId)
            {
                logger.Information("Shipping {OrderId}", orderId);
                Serilog.Log.Warning(Prefix + "late {OrderId}", orderId);
            }
        }
        """), ("Serilog.cs", SerilogApi));

    [Fact]
    public Task ApplicationLoggerSeamWithBuiltMessage_Reports() => Verify.VerifyAsync("""
        namespace Shop.Orders;

        public interface IAppLogger<T>
        {
            void LogInformation(string message, params object[] args);
        }

        public sealed class Basket(IAppLogger<Basket> logger)
        {
            public void Update(int id, int quantity)
            {
                logger.LogInformation([|$"Updating item {id} to {quantity}"|]);
                logger.LogInformation("Updating item {Id} to {Quantity}", id, quantity);
            }
        }
        """);
}
