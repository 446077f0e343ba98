using System.Text.Json.Nodes;
using Rampart.Advisor.Json;
using Rampart.Advisor.Tests.Support;
using Rampart.Testing;

namespace Rampart.Advisor.Tests;

public sealed class AdviceJsonTests
{
    private static readonly JsonSchemaCheck Schema = JsonSchemaCheck.FromText(AdviceJson.Schema);

    public static TheoryData<string[]> Profiles => new()
    {
        Array.Empty<string>(),
        new[] { "team=solo", "lifespan=prototype", "complexity=crud", "time-to-market=asap" },
        new[] { "experience=senior", "complexity=complex", "lifespan=3y+", "read-write=divergent", "background=event-driven" },
        new[] { "integrations=many", "testability=critical", "real-time=interactive", "queries=deep-relations", "sign-in=external-provider", "scaling=microservices" },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Serialize_Profile_ConformsToCommittedSchema(string[] answers)
    {
        var json = AdviceJson.Serialize(ArchitectureAdvisor.Recommend(Answers.Of(answers)));

        Assert.Empty(Schema.Violations(json));
    }

    [Fact]
    public void Serialize_InferredAndPromptedAnswers_ConformToSchemaWithEvidence()
    {
        var answers = AnswerSet.Empty
            .With("team", "6-15", AnswerSource.Inferred, "9 distinct git author(s) in the last year")
            .With("lifespan", "3y+", AnswerSource.Prompt);

        var document = JsonNode.Parse(AdviceJson.Serialize(ArchitectureAdvisor.Recommend(answers)))!;

        Assert.Empty(Schema.Violations(document.ToJsonString()));
        Assert.Equal("9 distinct git author(s) in the last year", document["answers"]![0]!["evidence"]!.GetValue<string>());
        Assert.Equal("prompt", document["answers"]![1]!["source"]!.GetValue<string>());
        Assert.Null(document["answers"]![1]!["evidence"]);
    }

    [Fact]
    public void Schema_EmbeddedCopy_IsTheCommittedFile()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "src", "Rampart.Advisor", "Json", "advise.schema.json"));

        Assert.Equal(committed, AdviceJson.Schema);
    }

    [Fact]
    public void Validator_TamperedOutput_ReportsEachViolation()
    {
        var document = JsonNode.Parse(AdviceJson.Serialize(ArchitectureAdvisor.Recommend(AnswerSet.Empty)))!.AsObject();
        document["pattern"] = "microservices";
        document.Remove("rationale");
        document["extra"] = true;
        document["answers"]![0]!["source"] = "guess";

        var errors = Schema.Violations(document.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith("/pattern ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("(root) required:", StringComparison.Ordinal) && e.Contains("rationale", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/extra ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/answers/0/source ", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_NoAnswers_ReportsDefaultPatternAndEveryQuestionDefaulted()
    {
        var document = JsonNode.Parse(AdviceJson.Serialize(ArchitectureAdvisor.Recommend(AnswerSet.Empty)))!;

        Assert.Equal("modular-monolith", document["pattern"]!.GetValue<string>());
        Assert.Equal(1, document["schemaVersion"]!.GetValue<int>());
        Assert.Equal(Questionnaire.Questions.Select(q => q.Id), document["defaulted"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.All(document["answers"]!.AsArray(), a => Assert.Equal("default", a!["source"]!.GetValue<string>()));
    }
}
