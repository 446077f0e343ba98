using Rampart.Advisor;
using Rampart.Advisor.Adr;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Advise;

/// <summary>
/// The advisor as a step of another verb: <c>rampart new</c> without <c>--pattern</c> binds <see cref="QuestionnaireOptions"/>
/// on its own command, then calls <see cref="DecideAsync"/> to get the pattern and record the decision in the new solution.
/// </summary>
internal static class ArchitectureDecision
{
    /// <summary>
    /// Completes <paramref name="flags"/> (prompting at a terminal when <paramref name="prompt"/> is true), recommends a
    /// pattern and writes the ADR to <c>docs/adr/0001-architecture.md</c> under <paramref name="solutionRoot"/> (atomically).
    /// </summary>
    public static async Task<Recommendation> DecideAsync(CliContext context, AnswerSet flags, string solutionRoot, bool prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prompter = prompt && context.IsInteractive ? new SpectreAnswerPrompter(context.Console) : null;
        var recommendation = ArchitectureAdvisor.Recommend(AnswerCollector.Collect(flags, AnswerSet.Empty, prompter));
        var path = Path.Combine(solutionRoot, AdrWriter.DefaultRelativePath);
        await AdrFile.WriteAsync(path, new AdrWriter(context.Time).Write(recommendation), cancellationToken);
        return recommendation;
    }
}
