using Rampart.Advisor;
using Rampart.Advisor.Adr;
using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding;
using Rampart.Scaffolding.Generation;
using Spectre.Console;

namespace Rampart.Cli.New;

/// <summary>What <c>rampart new</c> prints: the files and the next commands.</summary>
internal static class NewReport
{
    public static void Write(CliContext context, GenerationRequest request, GenerationResult result, Recommendation? decision = null)
    {
        var console = context.Console;
        var where = Path.GetRelativePath(context.WorkingDirectory, result.OutputDirectory);
        var verb = result.DryRun ? "Would create" : "Created";
        console.MarkupLine($"[green]{verb}[/] [bold]{Markup.Escape(request.Name)}[/] ({Markup.Escape(result.Pattern)}, broker {Markup.Escape(request.Broker)}{(request.Cache == ProjectSettings.RedisCache ? ", cache redis" : string.Empty)}{(request.Api == ProjectSettings.RestApi ? string.Empty : $", api {Markup.Escape(request.Api)}")}) in [bold]{Markup.Escape(where)}[/]: {result.Files.Count} files");
        foreach (var file in result.Files)
        {
            console.MarkupLine($"  {Markup.Escape(file)}");
        }

        if (decision is not null)
        {
            console.WriteLine();
            var defaulted = decision.Defaulted.Count == 0 ? "" : $" ({decision.Defaulted.Count} answers took the seeds' defaults; see rampart advise --help)";
            console.MarkupLine($"The advisor chose [bold]{Markup.Escape(decision.Pattern.ToDisplayName())}[/]{Markup.Escape(defaulted)}, so this is a {Markup.Escape(result.Pattern)} solution: {Markup.Escape(decision.Rationale[0])}");
            console.MarkupLine(result.DryRun
                ? $"  {Markup.Escape(AdrWriter.DefaultRelativePath)} would record the decision."
                : $"  Recorded in {Markup.Escape(AdrWriter.DefaultRelativePath)}.");
        }

        console.WriteLine();
        if (result.DryRun)
        {
            console.MarkupLine("Dry run: nothing was written. Run the same command without --dry-run to create it.");
            return;
        }

        console.MarkupLine("Next:");
        console.MarkupLine($"  cd {Markup.Escape(QuoteIfNeeded(where))}");
        // The generated tests say whether they need a PostgreSQL server: their database helper is generated with them.
        if (result.Files.Any(file => file.EndsWith("/Support/TestDatabase.cs", StringComparison.Ordinal)))
        {
            var variable = $"{request.Name.ToUpperInvariant()}_TEST_POSTGRES";
            console.MarkupLine($"  dotnet test        [grey]# build and run the tests; they start their own PostgreSQL unless {variable} names a server[/]");
        }
        else
        {
            console.MarkupLine("  dotnet test        [grey]# build and run the tests[/]");
        }

        console.MarkupLine("  rampart dev        [grey]# run it locally with its own PostgreSQL[/]");
    }

    private static string QuoteIfNeeded(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
