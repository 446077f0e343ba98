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
}
