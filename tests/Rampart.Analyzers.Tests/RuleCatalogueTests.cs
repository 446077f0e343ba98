using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Rampart.Analyzers.Tests.Support;

namespace Rampart.Analyzers.Tests;

public class RuleCatalogueTests
{
    private static readonly Dictionary<char, string> CategoryByRange = new()
    {
        ['1'] = RuleCategories.Architecture,
        ['2'] = RuleCategories.Api,
        ['3'] = RuleCategories.Data,
        ['4'] = RuleCategories.Resilience,
        ['5'] = RuleCategories.Security,
        ['9'] = RuleCategories.Governance,
    };

    public static TheoryData<string> RuleIds => [.. RampartAnalyzers.Descriptors.Select(d => d.Id)];

    [Fact]
    public void All_ContainsEveryAnalyzerOfTheAssembly_Once()
    {
        var declared = typeof(RampartAnalyzers).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal);
        var listed = RampartAnalyzers.All.Select(a => a.GetType().FullName!).Order(StringComparer.Ordinal);

        Assert.Equal(declared, listed);
    }

    [Fact]
    public void Descriptors_HaveUniqueIds_AtLeastTwenty()
    {
        var ids = RampartAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.True(ids.Count >= 20, $"Only {ids.Count} rules.");
    }

    [Fact]
    public void RuleIdentifiers_AreAllImplemented()
    {
        var constants = typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, RampartAnalyzers.Descriptors.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_IdMatchesCategoryRange(string id)
    {
        var descriptor = RampartAnalyzers.Find(id)!;

        Assert.Matches(new Regex("^RMP[1-9][0-9]{3}$"), id);
        Assert.Equal(CategoryByRange[id[3]], descriptor.Category);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_HasHelpLinkToItsPage_AndOneLineFix(string id)
    {
        var descriptor = RampartAnalyzers.Find(id)!;

        Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var fix = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(string.IsNullOrWhiteSpace(fix));
        Assert.DoesNotContain('\n', fix);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasDocPageWithEverySection(string id)
    {
        var descriptor = RampartAnalyzers.Find(id)!;
        var path = Path.Combine(RepositoryPaths.RulesDocs, id + ".md");

        Assert.True(File.Exists(path), $"{path} is missing.");
        var page = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Why", "## Non-compliant", "## Compliant", "## How to fix", "## What it does not flag" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        Assert.Contains($"| {descriptor.Category} | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasTestClass(string id)
    {
        var analyzer = RampartAnalyzers.All.Single(a => a.SupportedDiagnostics.Any(d => d.Id == id));
        var testName = typeof(RuleCatalogueTests).Namespace + ".Rules." + analyzer.GetType().Name + "Tests";

        Assert.NotNull(typeof(RuleCatalogueTests).Assembly.GetType(testName));
    }

    [Fact]
    public void ReadmeRuleTable_MatchesDescriptors()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.RulesDocs, "README.md"));
        var rows = Regex.Matches(readme, @"^\| \[(RMP\d{4})\]\(\1\.md\) \| (.+?) \| (.+?) \| (.+?) \|$", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value}|{m.Groups[2].Value}|{m.Groups[3].Value}|{m.Groups[4].Value}");
        var expected = RampartAnalyzers.Descriptors.Select(d => $"{d.Id}|{d.Title}|{d.Category}|{d.DefaultSeverity}");

        Assert.Equal(expected, rows);
    }

    [Fact]
    public void DocsFolder_HasNoPageWithoutRule()
    {
        var pages = Directory.GetFiles(RepositoryPaths.RulesDocs, "RMP*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(RampartAnalyzers.Descriptors.Select(d => d.Id), pages);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull() => Assert.Null(RampartAnalyzers.Find("RMP0000"));

    [Fact]
    public void Descriptors_UseSeveritiesTheIdeUnderstands() =>
        Assert.All(RampartAnalyzers.Descriptors, d => Assert.NotEqual(DiagnosticSeverity.Hidden, d.DefaultSeverity));
}
