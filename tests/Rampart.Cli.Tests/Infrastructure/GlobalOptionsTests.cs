using System.Text.RegularExpressions;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;
using Rampart.Scaffolding.Templates;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Infrastructure;

/// <summary>Options of the root command that every verb accepts, and how colour is decided.</summary>
public sealed partial class GlobalOptionsTests : IDisposable
{
    private static readonly string Rampart = Path.Combine(AppContext.BaseDirectory, "rampart.dll");
    private readonly ScaffoldCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string> Verbs() =>
        [.. RampartCli.Build(new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, ".", false, false)).Subcommands.Select(verb => verb.Name)];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void NoColor_EveryVerb_AcceptsIt(string verb)
    {
        var root = RampartCli.Build(new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, ".", false, true));

        var parse = root.Parse([verb, "--no-color"]);

        Assert.DoesNotContain(parse.Errors, error => error.Message.Contains("--no-color", StringComparison.Ordinal));
        Assert.True(parse.GetValue<bool>(GlobalOptions.NoColorName));
    }

    [Fact]
    public async Task Version_PrintsTheToolAndTheShippedBuildingBlocks()
    {
        var code = await _cli.RunAsync("--version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^rampart \d+\.\d+\.\d+", _cli.Output);
        Assert.Contains($"building blocks {BuildingBlockFeed.Load(TemplateCatalog.Installed.PackageFeedDirectory).Version}", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_ListsEachVerbOnOneLine()
    {
        var code = await _cli.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--no-color", _cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Examples:", _cli.Output, StringComparison.Ordinal);
        foreach (var verb in Verbs())
        {
            Assert.Matches(new Regex($@"^  {verb} +\S", RegexOptions.Multiline), _cli.Output);
        }
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public async Task Colour_AtARealTerminal_OnlyWithoutNoColorOrTheOption(bool noColorVariable, bool noColorOption, bool expectColour)
    {
        // script(1) gives the process a pseudo-terminal, as a person's shell would.
        var command = $"dotnet {Rampart} new Demo --dry-run{(noColorOption ? " --no-color" : string.Empty)}";
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TERM"] = "xterm-256color",
            [CliContext.NoColorVariable] = noColorVariable ? "1" : string.Empty,
        };

        var (exitCode, output) = await TestProcess.RunAsync("script", ["-qec", command, "/dev/null"], _cli.WorkingDirectory, TimeSpan.FromMinutes(1), environment);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Would create", output, StringComparison.Ordinal);
        Assert.Equal(expectColour, AnsiColour().IsMatch(output));
    }

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex AnsiColour();
}
