using System.CommandLine;
using Rampart.Advisor;
using Rampart.Cli.Advise;
using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Generation;
using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.New;

/// <summary>The <c>rampart new</c> verb: generates a solution from a pattern template.</summary>
internal static class NewCommand
{
    private const string Description = """
        Generate a new ASP.NET Core service in a chosen pattern.

        Examples:
          rampart new                                      at a terminal: asks for the name, then the advisor's questions
          rampart new Shop                                 the advisor picks the pattern (all defaults: modular monolith) and records it as an ADR
          rampart new order-service                        the solution OrderService in ./order-service
          rampart new Shop --team 2-5 --complexity moderate answer the advisor's questions as flags
          rampart new Shop --pattern vertical-slice        choose the pattern yourself (no ADR is written)
          rampart new Shop --example shop                  the Shop example: Identity, Catalog and Orders modules
          rampart new Shop --broker rabbitmq -o src/shop   with RabbitMQ, into ./src/shop
          rampart new Shop --example shop --jobs           with scheduled jobs (Quartz.NET, once per firing across instances)
          rampart new Shop --example shop --cache redis    rate limits, cache and SignalR shared across instances on Redis
          rampart new Shop --example shop --api both       GraphQL beside REST at /graphql (modular-monolith), over the same use cases
          rampart new Shop --dry-run                       list the files without writing them
        """;

    public static Command Create(CliContext context) => Create(context, context.Templates);

    public static Command Create(CliContext context, TemplateCatalog catalog)
    {
        var name = new Argument<string?>("name")
        {
            Description = "The solution name, used as the root namespace and project prefix: a C# identifier, or words joined by hyphens or underscores (my-shop becomes MyShop). Asked for at a terminal when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var pattern = new Option<string?>("--pattern", "-p") { Description = $"The architecture pattern, one of the shipped templates ({string.Join(", ", catalog.Patterns)}). Without it, the advisor chooses from the questionnaire flags (prompting at a terminal for the rest) and records its decision in docs/adr/0001-architecture.md." };
        var questionnaire = QuestionnaireOptions.Create();
        var example = new Option<string>("--example") { Description = "The example to generate, or none for a clean skeleton.", DefaultValueFactory = _ => GenerationRequest.NoExample };
        example.AcceptOnlyFromAmong("shop", GenerationRequest.NoExample);
        var output = new Option<string?>("--output", "-o") { Description = "The folder to generate into. Defaults to ./<name>." };
        var broker = new Option<string>("--broker") { Description = "The message broker.", DefaultValueFactory = _ => "inprocess" };
        broker.AcceptOnlyFromAmong([.. GenerationRequest.Brokers]);
        var jobs = new Option<bool>("--jobs") { Description = "Add scheduled jobs: Quartz.NET with its clustered job store on the service's PostgreSQL, so each firing runs on one instance (the Shop cancels orders left pending). Offered by every pattern." };
        var cache = new Option<string>("--cache") { Description = "Where the state instances share lives: memory (per process, nothing to install) or redis (rate limits, cache and the SignalR backplane across every instance; rampart dev starts a local redis-server).", DefaultValueFactory = _ => ProjectSettings.MemoryCache };
        cache.AcceptOnlyFromAmong([.. GenerationRequest.Caches]);
        var api = new Option<string>("--api") { Description = "The API styles to serve: rest (the default), or both: GraphQL at /graphql beside REST, over the same use cases, rules and error codes (the modular-monolith template so far; graphql without REST is not served yet). Without it, the advisor's answer --queries deep-relations chooses both where the pattern serves it.", DefaultValueFactory = _ => ProjectSettings.RestApi };
        api.AcceptOnlyFromAmong([.. GenerationRequest.Apis]);
        var dryRun = new Option<bool>("--dry-run") { Description = "List the files that would be generated; write nothing." };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty folder, replacing same-named files." };

        var command = new Command("new", Description) { name, pattern, example, output, broker, jobs, cache, api, dryRun, force };
        questionnaire.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(pattern);
            var answers = questionnaire.Bind(parse);
            if (chosen is not null && answers.Answers.Count > 0)
            {
                throw new CliException(
                    $"--pattern and the advisor's answers ({string.Join(", ", answers.Answers.Select(a => $"--{a.Question.Id}"))}) do not go together: with --pattern the advisor does not run, so the answers would be ignored.",
                    "Leave out --pattern to let the advisor choose from the answers (and record why), or leave out the answers to generate the pattern you named.",
                    ExitCodes.Usage);
            }

            var solutionName = SolutionName.Resolve(context, parse.GetValue(name));
            var decision = chosen is null
                ? ArchitectureDecision.Decide(context, answers, prompt: !parse.GetValue(dryRun))
                : null;
            if (decision is not null)
            {
                AdvisedPattern.EnsureShipped(decision, catalog);
            }

            var request = new GenerationRequest(
                solutionName.Name,
                context.ResolvePath(parse.GetValue(output) ?? solutionName.Typed),
                chosen ?? decision!.Pattern.ToId(),
                parse.GetValue(example)!,
                parse.GetValue(broker)!,
                parse.GetValue(dryRun),
                parse.GetValue(force),
                parse.GetValue(jobs) ? GenerationRequest.QuartzJobs : GenerationRequest.NoJobs,
                parse.GetValue(cache)!,
                ChooseApi(parse, api, decision));
            GenerationResult result;
            try
            {
                result = new SolutionGenerator(catalog).Generate(request);
            }
            catch (ScaffoldingException ex)
            {
                throw new CliException(ex.Message, ex.Fix, ex.Kind == ScaffoldingErrorKind.Environment ? ExitCodes.Environment : ExitCodes.InvalidInput);
            }

            if (decision is not null && !result.DryRun)
            {
                // The ADR records the pattern that was generated: the generator used the advisor's own choice.
                await ArchitectureDecision.RecordAsync(context, decision, result.OutputDirectory, cancellationToken);
            }

            NewReport.Write(context, request, result, decision);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The API styles asked for; without <c>--api</c>, GraphQL beside REST when the advisor recommends it.</summary>
    private static string ChooseApi(ParseResult parse, Option<string> api, Recommendation? decision) =>
        parse.GetResult(api) is { Implicit: false } || decision is not { ServesAdvisedGraphQL: true }
            ? parse.GetValue(api)!
            : ProjectSettings.BothApis;
}
