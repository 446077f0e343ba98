using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rampart.Analyzers.Rules;
using Rampart.Analyzers.Tests.Support;

namespace Rampart.Analyzers.Tests;

public class SuppressionAndConfigurationTests
{
    private const string ConsoleUse = """
        namespace Shop.Orders;

        public static class Shipping
        {
            public static void Ship() => Console.WriteLine("shipping");
        }
        """;

    [Fact]
    public async Task Rule_ReportsWithDefaultSeverity_WhenNotConfigured()
    {
        var diagnostics = await RunAsync(ConsoleUse, null);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(diagnostic.IsSuppressed);
    }

    [Fact]
    public async Task Severity_RaisedToError_ByConfiguration()
    {
        var diagnostics = await RunAsync(ConsoleUse, ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("RMP4003", ReportDiagnostic.Error));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task Rule_TurnedOff_ByConfiguration()
    {
        var diagnostics = await RunAsync(ConsoleUse, ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("RMP4003", ReportDiagnostic.Suppress));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task PragmaWithReason_SuppressesOccurrence()
    {
        var diagnostics = await RunAsync("""
            namespace Shop.Orders;

            public static class Shipping
            {
            #pragma warning disable RMP4003 // The tool owns its console.
                public static void Ship() => Console.WriteLine("shipping");
            #pragma warning restore RMP4003
            }
            """, null);

        Assert.True(Assert.Single(diagnostics).IsSuppressed);
    }

    [Fact]
    public async Task SuppressMessageWithJustification_SuppressesOccurrence()
    {
        var diagnostics = await RunAsync("""
            using System.Diagnostics.CodeAnalysis;

            namespace Shop.Orders;

            public static class Shipping
            {
                [SuppressMessage("Rampart", "RMP4003", Justification = "The tool owns its console.")]
                public static void Ship() => Console.WriteLine("shipping");
            }
            """, null);

        Assert.True(Assert.Single(diagnostics).IsSuppressed);
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string code, ImmutableDictionary<string, ReportDiagnostic>? options) =>
        AnalyzerVerifier<DoNotWriteToConsoleAnalyzer>.RunAsync(
            [MarkupSource.Parse(AnalyzerVerifier<DoNotWriteToConsoleAnalyzer>.ProjectDirectory + "Shipping.cs", code)], options, reportSuppressed: true);
}
