using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotReferenceModuleInternalsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotReferenceModuleInternalsAnalyzerTests
{
    private const string Orders = """
        namespace Shop.Modules.Orders.Domain
        {
            public sealed class Order { public decimal Total { get; set; } }
        }

        namespace Shop.Modules.Orders.Contracts
        {
            public sealed record OrderSummary(Guid Id, decimal Total);
            public interface IOrdersApi { Task<OrderSummary?> FindAsync(Guid id); }
        }
        """;

    [Fact]
    public Task OtherModulesDomain_Reports() => Verify.VerifyAsync(
        ("Modules/Orders/Orders.cs", Orders),
        ("Modules/Billing/Invoicing.cs", """
            using Shop.Modules.Orders.Domain;

            namespace Shop.Modules.Billing.Application;

            public static class Invoicing
            {
                public static decimal Due([|Order|] order) => order.Total;
                public static decimal Other(Shop.Modules.Orders.Domain.[|Order|] order) => order.Total;
            }
            """));

    [Fact]
    public Task ContractsOwnModuleAndHost_DoNotReport() => Verify.VerifyAsync(
        ("Modules/Orders/Orders.cs", Orders),
        ("Modules/Orders/Pricing.cs", """
            using Shop.Modules.Orders.Domain;

            namespace Shop.Modules.Orders.Application;

            public static class Pricing { public static decimal Of(Order order) => order.Total; }
            """),
        ("Modules/Billing/Invoicing.cs", """
            using Shop.Modules.Orders.Contracts;

            namespace Shop.Modules.Billing.Application;

            public sealed class Invoicing(IOrdersApi orders)
            {
                public async Task<decimal> DueAsync(Guid id) => (await orders.FindAsync(id))?.Total ?? 0;
            }
            """),
        ("Host/Composition.cs", """
            namespace Shop.Host;

            public static class Composition { public static Type Root => typeof(Shop.Modules.Orders.Domain.Order); }
            """));
}
