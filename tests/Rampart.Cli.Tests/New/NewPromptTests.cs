using Rampart.Advisor;
using Rampart.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Rampart.Cli.Tests.New;

/// <summary><c>rampart new</c> at a terminal without a name: it asks for one, then runs the advisor's questionnaire.</summary>
public sealed class NewPromptTests : IDisposable
{
    private readonly ScaffoldCliRun _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task New_NoNameAtATerminal_AsksForItRefusingBadAnswersThenAsksTheQuestionnaire()
    {
        var console = new TestConsole().Interactive().Width(160);
        console.Input.PushTextWithEnter("class");
        console.Input.PushTextWithEnter("order-service");
        foreach (var question in Questionnaire.Questions)
        {
            console.Input.PushTextWithEnter(question.Id == "team" ? "6-15" : string.Empty);
        }

        using var error = new StringWriter();
        var context = new CliContext(TextWriter.Null, error, TextReader.Null, _work.WorkingDirectory, isInteractive: true, useColor: false) { Console = console };

        var code = await RampartCli.RunAsync(["new", "--example", "none"], context);

        Assert.True(code == ExitCodes.Success, error.ToString() + console.Output);
        Assert.Contains("Name of the new service", console.Output, StringComparison.Ordinal);
        Assert.Contains("The name 'class' is a C# keyword.", console.Output, StringComparison.Ordinal);
        Assert.Contains("Using OrderService as the solution name", console.Output, StringComparison.Ordinal);
        Assert.Contains("How many engineers will work on this service?", console.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_work.PathOf("order-service", "OrderService.slnx")));
        var adr = await File.ReadAllTextAsync(_work.PathOf("order-service", "docs", "adr", "0001-architecture.md"));
        Assert.Contains("6-15", adr, StringComparison.Ordinal);
    }
}
