using System.CommandLine;
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
          rampart new Shop                                 modular monolith skeleton in ./Shop
          rampart new Shop --example shop                  the Shop example: identity, catalog and orders modules
          rampart new Shop --broker rabbitmq -o src/shop   with RabbitMQ, into ./src/shop
          rampart new Shop --dry-run                       list the files without writing them
        """;

    public static Command Create(CliContext context) => Create(context, TemplateCatalog.Installed);

    public static Command Create(CliContext context, TemplateCatalog catalog)
    {
        var name = new Argument<string>("name") { Description = "The solution name: a C# identifier, used as the root namespace and project prefix." };
        var pattern = new Option<string?>("--pattern", "-p") { Description = $"The architecture pattern. Defaults to {TemplateCatalog.DefaultPattern}." };
        var example = new Option<string>("--example") { Description = "The example to generate, or none for a clean skeleton.", DefaultValueFactory = _ => GenerationRequest.NoExample };
        example.AcceptOnlyFromAmong("shop", GenerationRequest.NoExample);
        var output = new Option<string?>("--output", "-o") { Description = "The folder to generate into. Defaults to ./<name>." };
        var broker = new Option<string>("--broker") { Description = "The message broker.", DefaultValueFactory = _ => "inprocess" };
        broker.AcceptOnlyFromAmong([.. GenerationRequest.Brokers]);
        var dryRun = new Option<bool>("--dry-run") { Description = "List the files that would be generated; write nothing." };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty folder, replacing same-named files." };
        var noColor = new Option<bool>("--no-color") { Description = "Plain output without colours (also when NO_COLOR is set or output is redirected)." };

        var command = new Command("new", Description) { name, pattern, example, output, broker, dryRun, force, noColor };
        command.SetAction(parse =>
        {
            var solutionName = parse.GetValue(name)!;
            var request = new GenerationRequest(
                solutionName,
                context.ResolvePath(parse.GetValue(output) ?? solutionName),
                parse.GetValue(pattern),
                parse.GetValue(example)!,
                parse.GetValue(broker)!,
                parse.GetValue(dryRun),
                parse.GetValue(force));
            GenerationResult result;
            try
            {
                result = new SolutionGenerator(catalog).Generate(request);
            }
            catch (ScaffoldingException ex)
            {
                throw new CliException(ex.Message, ex.Fix, ex.Kind == ScaffoldingErrorKind.Environment ? ExitCodes.Environment : ExitCodes.InvalidInput);
            }

            NewReport.Write(context, request, result);
            return ExitCodes.Success;
        });
        return command;
    }
}
