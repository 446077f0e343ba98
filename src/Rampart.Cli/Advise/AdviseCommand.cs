using System.CommandLine;
using Rampart.Advisor;
using Rampart.Advisor.Adr;
using Rampart.Advisor.Inference;
using Rampart.Advisor.Json;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Advise;

/// <summary>The <c>rampart advise</c> verb.</summary>
internal static class AdviseCommand
{
    public static Command Create(CliContext context) => Create(context, () => new SpectreAnswerPrompter(context.Console));

    /// <summary>Creates the verb with a prompter factory (tests answer the prompts through it).</summary>
    public static Command Create(CliContext context, Func<IAnswerPrompter> prompter)
    {
        var questions = QuestionnaireOptions.Create();
        var json = new Option<bool>("--json") { Description = "Write the recommendation as JSON (schema in docs/advisor.md) instead of text; never prompts." };
        var adr = new Option<string>("--adr") { Description = "Also write the decision as a Markdown ADR to this path (for example docs/adr/0001-architecture.md).", HelpName = "path" };
        var from = new Option<string>("--from") { Description = "Infer answers from an existing repository (git authors, history age, entities, endpoints, projects, integrations).", HelpName = "repo" };
        var noPrompt = new Option<bool>("--no-prompt") { Description = "Do not ask at a terminal: unanswered questions take their defaults." };

        var command = new Command("advise", "Recommend an architecture pattern from a short questionnaire and record the decision as an ADR.");
        questions.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(json);
        command.Options.Add(adr);
        command.Options.Add(noPrompt);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new AdviseRequest(
                questions.Bind(parse),
                parse.GetValue(from),
                parse.GetValue(json),
                parse.GetValue(adr),
                context.IsInteractive && !parse.GetValue(json) && !parse.GetValue(noPrompt));
            return await RunAsync(context, request, prompter, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, AdviseRequest request, Func<IAnswerPrompter> prompter, CancellationToken cancellationToken)
    {
        var adrPath = request.AdrPath is null ? null : context.ResolvePath(request.AdrPath);
        if (adrPath is not null)
        {
            AdrFile.EnsureWritableTarget(adrPath);
        }

        var inferred = AnswerSet.Empty;
        if (request.From is not null)
        {
            var root = context.ResolvePath(request.From);
            if (!Directory.Exists(root))
            {
                throw new CliException(
                    $"Cannot read the repository '{request.From}': {(File.Exists(root) ? "it is a file, not a folder" : "no such folder")}.",
                    "Pass --from the root folder of an existing repository.");
            }

            RepositoryFacts facts;
            try
            {
                facts = await RepositoryScanner.ScanAsync(root, context.Time.GetUtcNow(), cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"Cannot read the repository '{request.From}': {ex.Message}", "Check that the folder and its files are readable.");
            }

            inferred = RepositoryInference.Infer(facts);
        }

        if (request.Prompt && inferred.Answers.Count > 0)
        {
            await context.Out.WriteLineAsync($"Inferred from {request.From}:");
            foreach (var answer in inferred.Answers.Where(a => !request.Flags.IsAnswered(a.Question.Id)))
            {
                await context.Out.WriteLineAsync($"  {answer.Question.Title}: {answer.Option.Id} ({answer.Evidence})");
            }
        }

        var answers = AnswerCollector.Collect(request.Flags, inferred, request.Prompt ? prompter() : null);
        var recommendation = ArchitectureAdvisor.Recommend(answers);

        if (adrPath is not null)
        {
            var markdown = new AdrWriter(context.Time).Write(recommendation);
            await AdrFile.WriteAsync(adrPath, markdown, cancellationToken);
        }

        if (request.Json)
        {
            await context.Out.WriteLineAsync(AdviceJson.Serialize(recommendation));
        }
        else
        {
            AdviceRenderer.Render(new AdviceRenderer.Output(context.Out, context.Console), recommendation, request.AdrPath);
        }

        return ExitCodes.Success;
    }

    private sealed record AdviseRequest(AnswerSet Flags, string? From, bool Json, string? AdrPath, bool Prompt);
}
