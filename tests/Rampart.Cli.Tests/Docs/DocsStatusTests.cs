using System.Text.RegularExpressions;
using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Docs;

/// <summary>
/// The status table in docs/README.md tells users what works: a row marked shipped must be accepted by the command and
/// name a test that exists; a row in progress must still be refused, so shipping it forces the table to change.
/// </summary>
public sealed partial class DocsStatusTests
{
    private const string Shipped = "shipped";
    private const string InProgress = "in progress";

    private static readonly string Root = RepositoryRoot.Find();

    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var match in File.ReadLines(Path.Combine(Root, "docs", "README.md")).Select(line => StatusRow().Match(line)).Where(m => m.Success))
        {
            rows.Add(match.Groups["feature"].Value, match.Groups["status"].Value, match.Groups["test"].Value);
        }

        return rows;
    }

    [Fact]
    public void StatusTable_ListsEveryVerb()
    {
        var features = Rows().Select(row => (string)row[0]).ToList();
        var verbs = RampartCli.Build(Context()).Subcommands.Select(command => command.Name);

        Assert.All(verbs, verb => Assert.Contains(features, feature => feature == $"rampart {verb}" || feature.StartsWith($"rampart {verb} ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void StatusRow_AgreesWithTheCommandAndTheTests(string feature, string status, string exercisedBy)
    {
        Assert.Contains(status, new[] { Shipped, InProgress });
        var accepted = Accepts(feature.Split(' ')[1..]);
        if (status == Shipped)
        {
            Assert.True(accepted, $"'{feature}' is listed as shipped, but the rampart command refuses it.");
            Assert.True(TestExists(exercisedBy), $"'{feature}' names '{exercisedBy}', which is no test method under tests/.");
        }
        else
        {
            Assert.False(accepted, $"'{feature}' is accepted by the rampart command: mark it shipped and name the test that exercises it.");
            Assert.Equal(string.Empty, exercisedBy);
        }
    }

    /// <summary>The verb exists, the option is one of its own, and a value given is one the command takes.</summary>
    private static bool Accepts(string[] words)
    {
        var root = RampartCli.Build(Context());
        if (root.Subcommands.FirstOrDefault(command => command.Name == words[0]) is not { } verb)
        {
            return false;
        }

        // Subcommands (rampart add resource) are walked down first; the options are those of the last one.
        var path = new List<string> { words[0] };
        var rest = words[1..];
        while (rest.Length > 0 && verb.Subcommands.FirstOrDefault(command => command.Name == rest[0]) is { } subcommand)
        {
            verb = subcommand;
            path.Add(rest[0]);
            rest = rest[1..];
        }

        if (rest.Length == 0)
        {
            return verb.Subcommands.Count == 0 || path.Count > 1;
        }

        var option = verb.Options.FirstOrDefault(o => o.Name == rest[0] || o.Aliases.Contains(rest[0]));
        if (option is null || rest.Length == 1)
        {
            return option is not null;
        }

        // Patterns are checked against the shipped templates when the verb runs, not by the parser.
        if (option.Name == "--pattern")
        {
            return TemplateCatalog.Installed.Patterns.Contains(rest[1], StringComparer.Ordinal);
        }

        string[] arguments = [.. path, .. verb.Arguments.Select(_ => "Sample"), rest[0], rest[1]];
        return root.Parse(arguments).Errors.Count == 0;
    }

    private static bool TestExists(string reference)
    {
        var parts = reference.Split('.');
        if (parts.Length != 2)
        {
            return false;
        }

        var method = new Regex($@"\[(Fact|Theory)[^\]]*\][^{{;]*?\b(Task|void)\s+{Regex.Escape(parts[1])}\s*\(", RegexOptions.Singleline, TimeSpan.FromSeconds(5));
        return Directory.EnumerateFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => Path.GetFileNameWithoutExtension(path) == parts[0])
            .Any(path => method.IsMatch(File.ReadAllText(path)));
    }

    private static CliContext Context() => new(TextWriter.Null, TextWriter.Null, TextReader.Null, Root, isInteractive: false, useColor: false);

    [GeneratedRegex(@"^\| `(?<feature>rampart [^`]+)` \| (?<status>[a-z]+(?: [a-z]+)*) \|\s*`?(?<test>[A-Za-z0-9_.]*)`?\s*\|$")]
    private static partial Regex StatusRow();
}
