using Rampart.Advisor;
using Rampart.Advisor.Adr;
using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Advise;

/// <summary>
/// The advisor as a step of another verb: <c>rampart new</c> without <c>--pattern</c> binds <see cref="QuestionnaireOptions"/>
/// on its own command, calls <see cref="Decide"/> before it writes anything, and <see cref="RecordAsync"/> once the
/// solution exists.
/// </summary>
internal static class ArchitectureDecision
{
    /// <summary>
    /// Completes <paramref name="flags"/> (prompting for the rest at a terminal when <paramref name="prompt"/> is true;
    /// otherwise the seeds' defaults apply) and recommends a pattern.
    /// </summary>
    public static Recommendation Decide(CliContext context, AnswerSet flags, bool prompt)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prompter = prompt && context.IsInteractive ? new SpectreAnswerPrompter(context.Console) : null;
        return ArchitectureAdvisor.Recommend(AnswerCollector.Collect(flags, AnswerSet.Empty, prompter));
    }

    /// <summary>Writes the decision as <c>docs/adr/0001-architecture.md</c> under <paramref name="solutionRoot"/> (atomically).</summary>
    public static async Task<string> RecordAsync(CliContext context, Recommendation recommendation, string solutionRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = Path.Combine(solutionRoot, AdrWriter.DefaultRelativePath);
        await AdrFile.WriteAsync(path, new AdrWriter(context.Time).Write(recommendation), cancellationToken);
        return path;
    }
}
