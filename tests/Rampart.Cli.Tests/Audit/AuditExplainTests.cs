using System.Xml.Linq;
using Rampart.Analyzers;
using Rampart.Audit.Reporting;
using Rampart.Cli.Infrastructure;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Audit;

/// <summary>
/// Every rule's page ships inside the tool and <c>rampart audit --explain</c> prints it offline; the help link of every
/// rule points at the page of the same name in the product's repository.
/// </summary>
public sealed class AuditExplainTests : IDisposable
{
    private static readonly string Root = RepositoryRoot.Find();
    private readonly AuditSandbox _sandbox = new(fixture: null);

    public static TheoryData<string> RuleIds => [.. RampartAnalyzers.Descriptors.Select(descriptor => descriptor.Id)];

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("RMP2002")]
    [InlineData("rmp2002")]
    public async Task Explain_KnownRule_PrintsItsPageAsInTheRepository(string id)
    {
        var run = await _sandbox.RunAsync("audit", "--explain", id);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "docs", "rules", "RMP2002.md")).ReplaceLineEndings("\n"), run.Out);
        Assert.StartsWith("# RMP2002: Validate request bodies at the gate", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnknownRule_IsAUsageErrorListingTheIds()
    {
        var run = await _sandbox.RunAsync("audit", "--explain", "RMP0000");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--explain names no rule: 'RMP0000'", run.Error, StringComparison.Ordinal);
        Assert.Contains("RMP1001, RMP1002", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HelpLink_EveryRule_NamesAPageThatExistsAndShipsWithTheTool(string id)
    {
        var link = RampartAnalyzers.Find(id)!.HelpLinkUri;
        var prefix = ToolInfo.InformationUri.ToString().TrimEnd('/') + "/blob/main/";

        Assert.StartsWith(prefix, link, StringComparison.Ordinal);
        var page = Path.Combine(Root, link[prefix.Length..]);
        Assert.True(File.Exists(page), $"{id}'s help link {link} names {page}, which does not exist.");
        var shipped = Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");
        Assert.Equal(File.ReadAllText(page), File.ReadAllText(shipped));
    }

    [Fact]
    public void RepositoryUrl_PackagesAndReports_AreTheSameAddress()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        var url = props.Descendants("RepositoryUrl").Single().Value;

        Assert.Equal(url, ToolInfo.InformationUri.ToString().TrimEnd('/'));
    }
}
