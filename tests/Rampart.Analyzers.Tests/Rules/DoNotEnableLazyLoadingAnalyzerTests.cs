using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.DoNotEnableLazyLoadingAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class DoNotEnableLazyLoadingAnalyzerTests
{
    // The proxies package is not referenced by the tests; this stands in for its extension method.
    private const string ProxiesStub = """
        namespace Microsoft.EntityFrameworkCore
        {
            public static class ProxiesExtensions
            {
                public static DbContextOptionsBuilder UseLazyLoadingProxies(this DbContextOptionsBuilder builder, bool useLazyLoadingProxies = true) => builder;
            }
        }
        """;

    [Fact]
    public Task ProxiesAndLazyFlag_Report() => Verify.VerifyAsync(("Data/ShopDb.cs", """
        using Microsoft.EntityFrameworkCore;

        namespace Shop.Data;

        public sealed class ShopDb : DbContext
        {
            public ShopDb() => [|ChangeTracker.LazyLoadingEnabled = true|];

            protected override void OnConfiguring(DbContextOptionsBuilder options) => options.[|UseLazyLoadingProxies()|];
        }
        """), ("Data/Proxies.cs", ProxiesStub));

    [Fact]
    public Task DisabledLazyLoading_DoesNotReport() => Verify.VerifyAsync(("Data/ShopDb.cs", """
        using Microsoft.EntityFrameworkCore;

        namespace Shop.Data;

        public sealed class ShopDb : DbContext
        {
            public ShopDb() => ChangeTracker.LazyLoadingEnabled = false;

            protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseLazyLoadingProxies(false);
        }
        """), ("Data/Proxies.cs", ProxiesStub));
}
