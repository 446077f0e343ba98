using Verify = Rampart.Analyzers.Tests.Support.AnalyzerVerifier<Rampart.Analyzers.Rules.JustifySuppressionsAnalyzer>;

namespace Rampart.Analyzers.Tests.Rules;

public class JustifySuppressionsAnalyzerTests
{
    [Fact]
    public Task SuppressionsWithoutReason_Report() => Verify.VerifyAsync("""
        using System.Diagnostics.CodeAnalysis;

        namespace Shop.Orders;

        public static class Legacy
        {
        #pragma warning disable [|RMP4003|]
            public static void Print() => Console.WriteLine("x");
        #pragma warning restore RMP4003

            [[|SuppressMessage("Rampart", "RMP3001:Do not query the database inside a loop")|]]
            public static void Loop() { }

            [[|SuppressMessage("Rampart", "RMP3002", Justification = "")|]]
            public static void Page() { }
        }
        """);

    [Fact]
    public Task JustifiedOrOtherSuppressions_DoNotReport() => Verify.VerifyAsync("""
        using System.Diagnostics.CodeAnalysis;

        namespace Shop.Orders;

        public static class Legacy
        {
        #pragma warning disable RMP4003 // The migration tool prints to its own console.
            public static void Print() => Console.WriteLine("x");
        #pragma warning restore RMP4003

        #pragma warning disable CA1822
            public static void Other() { }
        #pragma warning restore CA1822

            [SuppressMessage("Rampart", "RMP3001", Justification = "Batch of at most three, measured.")]
            public static void Loop() { }
        }
        """);
}
