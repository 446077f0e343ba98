using Rampart.Audit.Tests.Support;

namespace Rampart.Audit.Tests;

public sealed class SuppressionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Run_PragmaAndSuppressMessage_SuppressedFindingsExcluded()
    {
        _folder.Write("Work.cs", """
            using System.Diagnostics.CodeAnalysis;

            public static class Work
            {
                public static void A()
                {
            #pragma warning disable TST0001 // Kept until the v2 client ships.
                    Flaw();
            #pragma warning restore TST0001
                    Flaw();
                }

                [SuppressMessage("Testing", "TST0001", Justification = "Generated shape.")]
                public static void B() => Flaw();

                private static void Flaw() { }
            }
            """);

        var result = await Audits.RunAsync(_folder.Path);

        Assert.Equal(["TST0001 Work.cs:10"], Audits.Keys(result));
    }

    public void Dispose() => _folder.Dispose();
}
