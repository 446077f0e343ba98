using System.Text;
using Rampart.Scaffolding.Templates;

namespace Rampart.Scaffolding.Generation;

/// <summary>
/// Generates a solution from a pattern template: validates the request, plans every file in memory, then writes them
/// all at once (or, for a dry run, only lists them). Every check happens before the first byte is written.
/// </summary>
public sealed class SolutionGenerator(TemplateCatalog catalog)
{
    private const string PackagesFolder = "packages";

    /// <summary>Generates the solution described by <paramref name="request"/>.</summary>
    /// <exception cref="ScaffoldingException">The request cannot be acted on; nothing was written.</exception>
    public GenerationResult Generate(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ProjectName.Problem(request.Name) is { } problem)
        {
            throw new ScaffoldingException(problem, "Choose a name like 'Shop' or 'OrderService': a C# identifier, not a keyword, not System/Microsoft/Rampart.");
        }

        if (!GenerationRequest.Brokers.Contains(request.Broker, StringComparer.Ordinal))
        {
            throw new ScaffoldingException($"The broker '{request.Broker}' is not supported.", $"Use --broker {string.Join(" or --broker ", GenerationRequest.Brokers)}.");
        }

        var pattern = catalog.ChoosePattern(request.Pattern);
        if (!string.Equals(request.Example, GenerationRequest.NoExample, StringComparison.Ordinal))
        {
            ThrowExampleNotAvailable(request.Example);
        }

        CheckTarget(request);
        var templateDirectory = catalog.PatternDirectory(pattern);
        var manifest = TemplateManifest.Load(templateDirectory);
        var defined = manifest.DefinedSymbols(new Dictionary<string, string>(StringComparer.Ordinal) { ["broker"] = request.Broker });
        var files = TemplateInstantiator.Plan(templateDirectory, manifest, request.Name, defined).ToList();
        RecordSettings(files, request);
        files.AddRange(BuildingBlockPackages());
        files.Sort((left, right) => StringComparer.Ordinal.Compare(left.RelativePath, right.RelativePath));

        if (!request.DryRun)
        {
            StagedWriter.Write(request.OutputDirectory, files);
        }

        return new GenerationResult(request.OutputDirectory, pattern, [.. files.Select(file => file.RelativePath)], request.DryRun);
    }

    private void ThrowExampleNotAvailable(string example)
    {
        var available = catalog.Examples.Count == 0 ? "none yet" : string.Join(", ", catalog.Examples);
        if (catalog.Examples.Contains(example, StringComparer.Ordinal))
        {
            // Examples exist as templates but are not wired into generation yet.
            throw new ScaffoldingException($"The example '{example}' is not available in this version of rampart.", "Use --example none for a clean skeleton.", ScaffoldingErrorKind.Environment);
        }

        throw new ScaffoldingException($"The example '{example}' is not available yet (available examples: {available}).", "Use --example none for a clean skeleton.", ScaffoldingErrorKind.Environment);
    }

    private static void CheckTarget(GenerationRequest request)
    {
        if (File.Exists(request.OutputDirectory))
        {
            throw new ScaffoldingException($"'{request.OutputDirectory}' is a file.", "Choose another --output folder.");
        }

        if (!request.Force && Directory.Exists(request.OutputDirectory) && Directory.EnumerateFileSystemEntries(request.OutputDirectory).Any())
        {
            throw new ScaffoldingException($"The folder '{request.OutputDirectory}' is not empty.", "Choose another --output folder, or add --force to write into it (same-named files are replaced).");
        }
    }

    private static void RecordSettings(List<PlannedFile> files, GenerationRequest request)
    {
        var index = files.FindIndex(file => file.RelativePath == ProjectSettings.FileName);
        if (index < 0)
        {
            throw new ScaffoldingException($"The template has no {ProjectSettings.FileName}.", "Reinstall the rampart tool.", ScaffoldingErrorKind.Environment);
        }

        var settings = ProjectSettings.Parse(Encoding.UTF8.GetString(files[index].Content.Span)) with { Broker = request.Broker };
        files[index] = new PlannedFile(ProjectSettings.FileName, Encoding.UTF8.GetBytes(settings.ToJson()));
    }

    private IEnumerable<PlannedFile> BuildingBlockPackages()
    {
        var feed = catalog.PackageFeedDirectory;
        var packages = Directory.Exists(feed) ? Directory.GetFiles(feed, "Rampart.*.nupkg") : [];
        if (packages.Length == 0)
        {
            throw new ScaffoldingException($"The building-block packages are missing (looked in '{feed}').", "Reinstall the rampart tool, or build it from source (dotnet build src/Rampart.Cli) so it packs them.", ScaffoldingErrorKind.Environment);
        }

        return packages.Select(path => new PlannedFile($"{PackagesFolder}/{Path.GetFileName(path)}", File.ReadAllBytes(path)));
    }
}
