using System.Globalization;

namespace Rampart.Advisor;

/// <summary>
/// Turns questionnaire answers into a <see cref="Recommendation"/>: a weighted score per pattern (see docs/advisor.md),
/// ties broken toward the seeds' default, with the reasons, the runner-up and what would flip the choice.
/// </summary>
public static class ArchitectureAdvisor
{
    /// <summary>Recommends a pattern and technologies; unanswered questions take their defaults and are reported as such.</summary>
    public static Recommendation Recommend(AnswerSet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var complete = answers.WithDefaults();
        var totals = Totals(complete);
        var scores = Rank(totals);
        var chosen = scores[0].Pattern;

        var factors = complete.Answers
            .Select(a => new Factor(a, DecisionWeights.Points(a.Question.Id, a.Option.Id, chosen)))
            .ToList();
        var toward = factors.Where(f => f.Points > 0).OrderByDescending(f => f.Points).ToList();
        var away = factors.Where(f => f.Points < 0).OrderBy(f => f.Points).ToList();
        var flips = FindFlips(complete, totals, chosen, scores[1].Pattern);

        return new Recommendation(
            complete,
            scores,
            toward,
            away,
            flips,
            Explain(complete, scores, toward, flips),
            TechnologyAdvisor.Advise(complete));
    }

    private static int[] Totals(AnswerSet complete)
    {
        var totals = new int[DecisionWeights.Columns.Count];
        foreach (var answer in complete.Answers)
        {
            var row = DecisionWeights.Row(answer.Question.Id, answer.Option.Id);
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += row[i];
            }
        }

        return totals;
    }

    private static List<PatternScore> Rank(int[] totals) =>
        [.. ArchitecturePatterns.InTieBreakOrder
            .Select(p => new PatternScore(p, totals[Index(p)]))
            .OrderByDescending(s => s.Points)]; // OrderBy is stable, so ties keep the tie-break order.

    private static ArchitecturePattern Winner(int[] totals)
    {
        var best = ArchitecturePatterns.InTieBreakOrder[0];
        foreach (var pattern in ArchitecturePatterns.InTieBreakOrder)
        {
            if (totals[Index(pattern)] > totals[Index(best)])
            {
                best = pattern;
            }
        }

        return best;
    }

    private static int Index(ArchitecturePattern pattern)
    {
        for (var i = 0; i < DecisionWeights.Columns.Count; i++)
        {
            if (DecisionWeights.Columns[i] == pattern)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Unknown pattern.");
    }

    private static List<Flip> FindFlips(AnswerSet complete, int[] totals, ArchitecturePattern chosen, ArchitecturePattern runnerUp)
    {
        var flips = new List<Flip>();
        foreach (var answer in complete.Answers)
        {
            var current = DecisionWeights.Row(answer.Question.Id, answer.Option.Id);
            foreach (var option in answer.Question.Options.Where(o => o != answer.Option))
            {
                var next = DecisionWeights.Row(answer.Question.Id, option.Id);
                var changed = new int[totals.Length];
                for (var i = 0; i < totals.Length; i++)
                {
                    changed[i] = totals[i] - current[i] + next[i];
                }

                var winner = Winner(changed);
                if (winner != chosen)
                {
                    flips.Add(new Flip(answer.Question, answer.Option, option, winner));
                }
            }
        }

        // Stable sort: flips to the runner-up first, then questionnaire order.
        return [.. flips.OrderBy(f => f.Pattern == runnerUp ? 0 : 1)];
    }

    private static List<string> Explain(AnswerSet complete, List<PatternScore> scores, List<Factor> toward, List<Flip> flips)
    {
        var best = scores[0];
        var second = scores[1];
        var lines = new List<string>();
        lines.Add(best.Points == second.Points
            ? string.Create(CultureInfo.InvariantCulture, $"{best.Pattern.ToId()} and {second.Pattern.ToId()} tied at {best.Points} points; the tie goes to {best.Pattern.ToId()}, which comes first in the tie-break order (the seeds' default, then less ceremony).")
            : string.Create(CultureInfo.InvariantCulture, $"{best.Pattern.ToId()} scored {best.Points} points, {best.Points - second.Points} ahead of the runner-up {second.Pattern.ToId()} ({second.Points})."));

        if (complete.Answers.All(a => a.Source == AnswerSource.Default))
        {
            lines.Add("Every question was left at its default, so this is the seeds' default recommendation.");
        }

        var strongest = toward.Take(3).Select(f => $"{f.Answer.Question.Title.ToLowerInvariant()} is {f.Answer.Option.Id} ({f.Reason.TrimEnd('.')})").ToList();
        lines.Add(strongest.Count > 0
            ? $"Strongest reasons: {string.Join("; ", strongest)}."
            : "No single answer favours it strongly; it is the pattern the answers argue against least.");
        lines.Add(flips.Count > 0
            ? $"Closest flip: changing {flips[0].Question.Title.ToLowerInvariant()} from {flips[0].From.Id} to {flips[0].To.Id} would recommend {flips[0].Pattern.ToId()}."
            : "No single changed answer would change this recommendation.");
        return lines;
    }
}
