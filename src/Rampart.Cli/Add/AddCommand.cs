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
        command.Subcommands.Add(Endpoint(context, new EndpointAdder(catalog)));
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

    private static Command Endpoint(CliContext context, EndpointAdder adder)
    {
        var name = new Argument<string>("area/use-case") { Description = "The area and the use case: orders/place-order gives the area Orders and the use case PlaceOrder." };
        var method = new Option<string>("--method") { Description = "The HTTP method: GET, POST, PUT, PATCH or DELETE (POST, PUT and PATCH take a validated JSON body).", Required = true };
        var route = new Option<string?>("--route") { Description = "The route relative to the area's group: /{id:guid}/cancel, /summary, or / (the group itself). Parameters: {name} (text) or {name:guid|int|long}." };
        var auth = new Option<string?>("--auth") { Description = "Who may call it: anonymous, customer (every signed-in user; the default) or admin." };
        var idempotent = new Option<bool>("--idempotent") { Description = "Require an Idempotency-Key (400 without); a repeat with the same key replays the first answer. POST, PUT and PATCH only." };
        var version = new Option<int>("--version") { Description = "Map it under /api/v<n> (with its OpenAPI document /openapi/v<n>.json) instead of /api/v1.", DefaultValueFactory = _ => 1 };
        var path = new Option<string?>("--path") { Description = "The solution's folder (default: the current folder or the nearest parent with rampart.json)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the files it would create and the diff of the files it would change; write nothing." };
        var force = new Option<bool>("--force") { Description = "Change files even when they have uncommitted changes." };
        var command = new Command("endpoint", """
            One use case in the pattern's own place: its endpoint (a controller action in standard), its request validated at the
            gate (a body for POST, PUT and PATCH; route parameters bound by their constraints), its handler, its response in the
            {"data": ...} envelope, mapped on the area's route group, and HTTP tests of it (the answer, 400 problem+json for an
            invalid body, 401/403 unless anonymous, Idempotency-Key missing and replayed with --idempotent). The handler answers
            the validated route values and request with the time it received them: the place to write the use case.

            Examples:
              rampart add endpoint orders/place-order --method POST --route / --auth customer --idempotent
              rampart add endpoint catalog/get-price --method GET --route /{id:guid}/price --auth anonymous --version 2
              rampart add endpoint reports/rebuild --method PUT --route /{year:int} --auth admin --dry-run

            Where it goes: standard src/<Service>/<Area>/ (a controller of its own on the folder's route; V<n>/ for a later
            version); vertical-slice Features/<Area>/<UseCase>/ (a new area gets its feature class and is mapped in Program.cs);
            modular-monolith src/Modules/<Module>/…/Features/<UseCase>/ (the area is a module that exists).
            """)
        {
            name, method, route, auth, idempotent, version, path, dryRun, force,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, progress => adder.AddAsync(
            new AddEndpointRequest(
                context.ResolvePath(parse.GetValue(path) ?? "."),
                parse.GetValue(name)!,
                parse.GetValue(method)!,
                parse.GetValue(route),
                parse.GetValue(auth),
                parse.GetValue(idempotent),
                parse.GetValue(version),
                parse.GetValue(dryRun),
                parse.GetValue(force)),
            progress,
            cancellationToken)));
        return command;
    }

    // Runs an adder with its steps on stderr, a refusal as the CLI's error (exit 3, or 4 when the environment failed),
    // and reports what it did.
    private static async Task<int> RunAsync(CliContext context, Func<Action<string>, Task<AddResult>> add)
    {
        AddResult result;
        try
        {
            result = await add(step => context.Error.WriteLine($"  {step}"));
        }
        catch (ScaffoldingException ex)
        {
            throw new CliException(ex.Message, ex.Fix, ex.Kind == ScaffoldingErrorKind.Environment ? ExitCodes.Environment : ExitCodes.InvalidInput);
        }

        Report(context, result);
        return ExitCodes.Success;
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

        if (result.Changed.Count > 0)
        {
            output.WriteLine(result.DryRun ? "Would change:" : "Changed:");
            foreach (var (file, description) in result.Changed)
            {
                output.WriteLine($"  {file} ({description})");
            }
        }

        if (result.DryRun)
        {
            if (result.Migration is not null)
            {
                output.WriteLine($"Would make the migration {result.Migration} with dotnet ef.");
            }

            output.WriteLine();
            output.Write(result.Diff);
            output.WriteLine("Nothing was written (--dry-run).");
            return;
        }

        if (result.Migration is not null)
        {
            output.WriteLine($"Migration: {result.Migration} (applied by migrate, or by rampart dev at start).");
        }

        output.WriteLine("Next: dotnet build && dotnet test, then rampart dev to try it.");
    }
}
