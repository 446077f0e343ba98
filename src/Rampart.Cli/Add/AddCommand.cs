using System.CommandLine;
using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Adding;
using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.Add;

/// <summary>The <c>rampart add</c> verb: grows a generated solution in its own pattern.</summary>
internal static class AddCommand
{
    private const string Description = """
        Grow a service made by rampart new, in its own pattern: the new code builds, is tested and audit-clean.
        Run it inside the solution (or pass --path). With --dry-run it prints the files and the diff and writes nothing.
        """;

    public static Command Create(CliContext context) => Create(context, context.Templates);

    public static Command Create(CliContext context, TemplateCatalog catalog)
    {
        var command = new Command("add", Description);
        command.Subcommands.Add(Resource(context, new ResourceAdder(catalog)));
        command.Subcommands.Add(Module(context, new ModuleAdder(catalog)));
        return command;
    }

    private static Command Resource(CliContext context, ResourceAdder adder)
    {
        var name = new Argument<string>("name") { Description = "The resource, singular: order-line, order_line and OrderLine all give the type OrderLine and the route /api/v1/order-lines." };
        var fields = new Option<string>("--fields") { Description = $"The fields, space-separated name:type entries (one quoted argument). Types: {ResourceAdder.FieldTypes}.", Required = true };
        var unique = new Option<string[]>("--unique") { Description = "Fields whose live rows must differ (a unique index that ignores deleted rows; 409 on a duplicate). Repeat it or separate with commas.", AllowMultipleArgumentsPerToken = true };
        var positive = new Option<string[]>("--positive") { Description = "Number fields that must be greater than zero (checked at the gate and by the database).", AllowMultipleArgumentsPerToken = true };
        var owned = new Option<bool>("--owned") { Description = "Each row belongs to the user who creates it: only they (and an admin) read, change and delete it; anyone else gets 404." };
        var module = new Option<string?>("--module") { Description = "Modular monolith only, and required there: the module the resource goes into (its DbContext, schema, migrations, endpoints and tests folder)." };
        var path = new Option<string?>("--path") { Description = "The solution's folder (default: the current folder or the nearest parent with rampart.json)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the files it would create and the diff of the files it would change; write nothing." };
        var force = new Option<bool>("--force") { Description = "Change files even when they have uncommitted changes." };
        var command = new Command("resource", $"""
            A full CRUD resource on the building blocks: entity (UUIDv7 id, version, timestamps, soft delete), EF Core mapping and
            a migration made by dotnet ef, list with cursor pagination, get with ETag, create (201, Idempotency-Key), PATCH with
            If-Match (428/412), soft DELETE, validation from the field types, OpenAPI, and its tests.

            Field types: {ResourceAdder.FieldTypes}.

            Examples:
              rampart add resource product --fields "name:string sku:string price:decimal stock:int" --unique sku --positive price
              rampart add resource order-line --fields "quantity:int note:string? status:enum(open,closed)" --owned
              rampart add resource event --fields "title:string startsOn:date endsAt:datetime? public:bool" --dry-run
              rampart add resource invoice --module Billing --fields "number:string total:decimal dueOn:date" --unique number

            Where it goes: standard src/<Service>/<Plural>/; vertical-slice Features/<Plural>/ with a folder per slice;
            modular-monolith the module named by --module (src/Modules/<Module>/…, its DbContext, schema and migrations);
            clean <Plural>/ in each of Domain, Application, Infrastructure and Api (ports registered in AddInfrastructure,
            use cases and routes in Program.cs, the migration in Infrastructure/Persistence/Migrations).
            hexagonal <Plural>/ in the core (domain, ports, use cases), the persistence adapter and the HTTP adapter.
            """)
        {
            name, fields, unique, positive, owned, module, path, dryRun, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new AddResourceRequest(
                context.ResolvePath(parse.GetValue(path) ?? "."),
                parse.GetValue(name)!,
                parse.GetValue(fields)!,
                parse.GetValue(unique) ?? [],
                parse.GetValue(positive) ?? [],
                parse.GetValue(owned),
                parse.GetValue(dryRun),
                parse.GetValue(force),
                parse.GetValue(module));
            AddResult result;
            try
            {
                result = await adder.AddAsync(request, step => context.Error.WriteLine($"  {step}"), cancellationToken);
            }
            catch (ScaffoldingException ex)
            {
                throw new CliException(ex.Message, ex.Fix, ex.Kind == ScaffoldingErrorKind.Environment ? ExitCodes.Environment : ExitCodes.InvalidInput);
            }

            Report(context, result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Module(CliContext context, ModuleAdder adder)
    {
        var name = new Argument<string>("name") { Description = "The module, named for its business area: billing, order-line and OrderLine give Billing and OrderLine (no plural is forced)." };
        var path = new Option<string?>("--path") { Description = "The solution's folder (default: the current folder or the nearest parent with rampart.json)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the files it would create and the diff of the files it would change; write nothing." };
        var force = new Option<bool>("--force") { Description = "Change files even when they have uncommitted changes." };
        var command = new Command("module", """
            A module of a modular monolith: src/Modules/<Name>/<Service>.Modules.<Name> (module class, its own DbContext in its
            own schema with its migrations history there, an empty Features folder) and its .Contracts project, registered in
            the host's module list, referenced by the host and the tests, added to the solution, with its initial migration
            made by dotnet ef (applied by migrate) and a test of it. Other patterns have no modules: it refuses and says why.

            Examples:
              rampart add module billing
              rampart add module order-line --dry-run
              rampart add module Shipping --path ./Shop
            """)
        {
            name, path, dryRun, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new AddModuleRequest(context.ResolvePath(parse.GetValue(path) ?? "."), parse.GetValue(name)!, parse.GetValue(dryRun), parse.GetValue(force));
            AddResult result;
            try
            {
                result = await adder.AddAsync(request, step => context.Error.WriteLine($"  {step}"), cancellationToken);
            }
            catch (ScaffoldingException ex)
            {
                throw new CliException(ex.Message, ex.Fix, ex.Kind == ScaffoldingErrorKind.Environment ? ExitCodes.Environment : ExitCodes.InvalidInput);
            }

            Report(context, result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Report(CliContext context, AddResult result)
    {
        var output = context.Out;
        foreach (var line in result.Normalisation)
        {
            output.WriteLine(line);
        }

        output.WriteLine(result.DryRun ? "Would create:" : "Created:");
        foreach (var file in result.Created)
        {
            output.WriteLine($"  {file}");
        }

        output.WriteLine(result.DryRun ? "Would change:" : "Changed:");
        foreach (var (file, description) in result.Changed)
        {
            output.WriteLine($"  {file} ({description})");
        }

        if (result.DryRun)
        {
            output.WriteLine($"Would make the migration {result.Migration} with dotnet ef.");
            output.WriteLine();
            output.Write(result.Diff);
            output.WriteLine("Nothing was written (--dry-run).");
            return;
        }

        output.WriteLine($"Migration: {result.Migration} (applied by migrate, or by rampart dev at start).");
        output.WriteLine("Next: dotnet build && dotnet test, then rampart dev to try it.");
    }
}
