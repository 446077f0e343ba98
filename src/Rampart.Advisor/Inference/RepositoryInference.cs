using System.Globalization;

namespace Rampart.Advisor.Inference;

/// <summary>Turns <see cref="RepositoryFacts"/> into answers (source <see cref="AnswerSource.Inferred"/>, with the evidence); what cannot be inferred stays unanswered.</summary>
public static class RepositoryInference
{
    private static readonly TimeSpan SixMonths = TimeSpan.FromDays(182);
    private static readonly TimeSpan TwoYears = TimeSpan.FromDays(730);

    /// <summary>The answers the facts support.</summary>
    public static AnswerSet Infer(RepositoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var answers = AnswerSet.Empty;
        if (facts.AuthorsLastYear is int authors and > 0)
        {
            var team = authors switch { 1 => "solo", <= 5 => "2-5", <= 15 => "6-15", _ => "15+" };
            answers = answers.With(QuestionIds.Team, team, AnswerSource.Inferred, Invariant($"{authors} distinct git author(s) in the last year"));
        }

        if (facts.HistoryAge is TimeSpan age)
        {
            var lifespan = age < SixMonths ? "prototype" : age < TwoYears ? "1-2y" : "3y+";
            answers = answers.With(QuestionIds.Lifespan, lifespan, AnswerSource.Inferred, Invariant($"git history is {(int)age.TotalDays} days old"));
        }

        var complexity = facts.EntityCount > 25 || facts.ProjectCount > 8 || facts.EndpointCount > 100 ? "complex"
            : facts.EntityCount <= 5 && facts.ProjectCount <= 2 && facts.EndpointCount <= 20 ? "crud"
            : "moderate";
        answers = answers.With(QuestionIds.Complexity, complexity, AnswerSource.Inferred,
            Invariant($"{facts.EntityCount} entities, {facts.EndpointCount} endpoints, {facts.ProjectCount} projects"));

        var integrations = facts.BrokerClients.Count + facts.HttpClientCount;
        var brokers = facts.BrokerClients.Count == 0 ? "no broker client" : $"broker clients {string.Join(", ", facts.BrokerClients)}";
        answers = answers.With(QuestionIds.Integrations, integrations switch { 0 => "none", <= 3 => "few", _ => "many" }, AnswerSource.Inferred,
            Invariant($"{brokers}; {facts.HttpClientCount} HTTP client(s)"));

        if (facts.HubCount > 0)
        {
            answers = answers.With(QuestionIds.RealTime, "notifications", AnswerSource.Inferred, Invariant($"{facts.HubCount} SignalR hub(s) mapped"));
        }

        if (facts.BackgroundServiceCount > 0 || facts.BrokerClients.Count > 0)
        {
            var background = facts.BrokerClients.Count > 0 ? "event-driven" : "scheduled";
            answers = answers.With(QuestionIds.Background, background, AnswerSource.Inferred,
                Invariant($"{facts.BackgroundServiceCount} background service(s), {facts.BrokerClients.Count} broker client(s)"));
        }

        return answers;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
