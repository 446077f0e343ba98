using System.Globalization;
using Rampart.Testing;

namespace Rampart.Advisor.Tests;

public sealed class WeightsDocumentationTests
{
    [Fact]
    public void AdvisorDoc_WeightTable_MatchesCodeForEveryAnswer()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "advisor.md"));
        var table = doc[doc.IndexOf("<!-- weights:begin -->", StringComparison.Ordinal)..doc.IndexOf("<!-- weights:end -->", StringComparison.Ordinal)];
        var lines = table.Split('\n').Where(l => l.StartsWith('|')).ToList();

        var header = Cells(lines[0]);
        Assert.Equal(["question", "answer", .. DecisionWeights.Columns.Select(p => p.ToId())], header);

        var documented = lines.Skip(2).Select(Cells).ToDictionary(c => (c[0], c[1]), c => c.Skip(2).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList());
        var expected = Questionnaire.Questions.SelectMany(q => q.Options.Select(o => (q.Id, o.Id))).ToList();
        Assert.Equal(expected, documented.Keys.ToList());
        foreach (var (question, option) in expected)
        {
            Assert.Equal(DecisionWeights.Row(question, option), documented[(question, option)]);
        }
    }

    private static List<string> Cells(string line) =>
        [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
