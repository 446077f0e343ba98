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
    private const string PackageVersionsFile = Upgrade.PackageVersionsFile.FileName;
    private const string ExampleOption = "example";
    private const string ApiOption = "api";

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

        if (request.Jobs is not (GenerationRequest.NoJobs or GenerationRequest.QuartzJobs))
        {
            throw new ScaffoldingException($"The jobs option '{request.Jobs}' is not supported.", "Use --jobs for scheduled jobs on Quartz.NET, or leave it out.");
        }

        if (!GenerationRequest.Caches.Contains(request.Cache, StringComparer.Ordinal))
        {
            throw new ScaffoldingException($"The cache '{request.Cache}' is not supported.", $"Use --cache {string.Join(" or --cache ", GenerationRequest.Caches)}.");
        }

        if (!GenerationRequest.Apis.Contains(request.Api, StringComparer.Ordinal))
        {
            throw new ScaffoldingException($"The API style '{request.Api}' is not supported.", $"Use --api {string.Join(" or --api ", GenerationRequest.Apis)}.");
        }

        var pattern = catalog.ChoosePattern(request.Pattern);
        var templateDirectory = catalog.PatternDirectory(pattern);
        var manifest = TemplateManifest.Load(templateDirectory);
        CheckExample(manifest, pattern, request.Example);
        CheckJobs(manifest, pattern, request.Jobs);
        CheckApi(manifest, pattern, request.Api);
        CheckTarget(request);
        var defined = manifest.DefinedSymbols(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["broker"] = request.Broker,
            [ExampleOption] = request.Example,
            ["jobs"] = request.Jobs,
            ["cache"] = request.Cache,
            [ApiOption] = request.Api,
        });
        var files = TemplateInstantiator.Plan(templateDirectory, manifest, request.Name, defined).ToList();
        RecordSettings(files, request);
        var (version, packages) = BuildingBlockPackages();
        PinBuildingBlockVersion(files, version);
        files.AddRange(packages);
        files.Sort((left, right) => StringComparer.Ordinal.Compare(left.RelativePath, right.RelativePath));

        if (!request.DryRun)
        {
            StagedWriter.Write(request.OutputDirectory, files);
        }

        return new GenerationResult(request.OutputDirectory, pattern, [.. files.Select(file => file.RelativePath)], request.DryRun);
    }

    /// <summary>An example exists when the pattern's template has a symbol for it (option <c>example</c>).</summary>
    private static void CheckExample(TemplateManifest manifest, string pattern, string example)
    {
        if (string.Equals(example, GenerationRequest.NoExample, StringComparison.Ordinal))
        {
            return;
        }

        var offered = manifest.Symbols.Values
            .Where(symbol => string.Equals(symbol.Option, ExampleOption, StringComparison.Ordinal))
            .Select(symbol => symbol.Value)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!offered.Contains(example, StringComparer.OrdinalIgnoreCase))
        {
            var available = offered.Count == 0 ? "none" : string.Join(", ", offered);
            throw new ScaffoldingException(
                $"The example '{example}' is not available for the pattern '{pattern}' (available examples: {available}).",
                "Use --example none for a clean skeleton, or choose a pattern that has the example.",
                ScaffoldingErrorKind.Environment);
        }
    }

    /// <summary>Scheduled jobs exist when the pattern's template has a symbol for them (option <c>jobs</c>).</summary>
    private void CheckJobs(TemplateManifest manifest, string pattern, string jobs)
    {
        if (jobs == GenerationRequest.NoJobs || OffersJobs(manifest, jobs))
        {
            return;
        }

        var offering = catalog.Patterns.Where(other => OffersJobs(TemplateManifest.Load(catalog.PatternDirectory(other)), jobs)).ToList();
        throw new ScaffoldingException(
            $"Scheduled jobs (--jobs) are not available for the pattern '{pattern}' yet.",
            offering.Count == 0 ? "Leave out --jobs." : $"Leave out --jobs, or use --pattern {string.Join(" or --pattern ", offering)}, which ship them.",
            ScaffoldingErrorKind.Environment);
    }

    private static bool OffersJobs(TemplateManifest manifest, string jobs) =>
        manifest.Symbols.Values.Any(symbol => symbol.Option == "jobs" && symbol.Value == jobs);

    /// <summary>
    /// An API style other than REST exists when the pattern's template has a symbol for it (option <c>api</c>); REST
    /// needs none, every template serves it.
    /// </summary>
    private void CheckApi(TemplateManifest manifest, string pattern, string api)
    {
        if (api == ProjectSettings.RestApi || OffersApi(manifest, api))
        {
            return;
        }

        var offering = catalog.Patterns.Where(other => OffersApi(TemplateManifest.Load(catalog.PatternDirectory(other)), api)).ToList();
        var alternatives = GenerationRequest.Apis.Where(other => other != ProjectSettings.RestApi && other != api && OffersApi(manifest, other)).ToList();
        var fix = new List<string> { "Leave out --api (REST)" };
        fix.AddRange(alternatives.Select(other => $"use --api {other}"));
        if (offering.Count > 0)
        {
            fix.Add($"use --pattern {string.Join(" or --pattern ", offering)}, which serve{(offering.Count == 1 ? "s" : string.Empty)} it");
        }

        throw new ScaffoldingException(
            $"The API style '{api}' is not available for the pattern '{pattern}' yet ({(offering.Count == 0 ? "no pattern serves it yet" : $"served by: {string.Join(", ", offering)}")}).",
            string.Join(", or ", fix) + ".",
            ScaffoldingErrorKind.Environment);
    }

    private static bool OffersApi(TemplateManifest manifest, string api) =>
        manifest.Symbols.Values.Any(symbol => symbol.Option == ApiOption && symbol.Value == api);

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

        var settings = ProjectSettings.Parse(Encoding.UTF8.GetString(files[index].Content.Span)) with { Broker = request.Broker, Cache = request.Cache, Api = request.Api };
        files[index] = new PlannedFile(ProjectSettings.FileName, Encoding.UTF8.GetBytes(settings.ToJson()));
    }

    private (string Version, List<PlannedFile> Files) BuildingBlockPackages()
    {
        var feed = BuildingBlockFeed.Load(catalog.PackageFeedDirectory);
        return (feed.Version, [.. feed.Packages.Select(path => new PlannedFile($"{PackagesFolder}/{Path.GetFileName(path)}", File.ReadAllBytes(path)))]);
    }

    /// <summary>
    /// Writes the exact version of the shipped building blocks into <c>Directory.Packages.props</c>, so a machine that
    /// restored another build under the same version number never silently uses it (see docs/adr/0072).
    /// </summary>
    private static void PinBuildingBlockVersion(List<PlannedFile> files, string version)
    {
        var index = files.FindIndex(file => file.RelativePath == PackageVersionsFile);
        if (index < 0)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(files[index].Content.Span);
        if (Upgrade.PackageVersionsFile.RampartVersion(text) is null)
        {
            throw new ScaffoldingException($"The template's {PackageVersionsFile} has no <RampartVersion>.", "Reinstall the rampart tool.", ScaffoldingErrorKind.Environment);
        }

        var pinned = Upgrade.PackageVersionsFile.WithRampartVersion(text, version);
        files[index] = new PlannedFile(PackageVersionsFile, Encoding.UTF8.GetBytes(pinned));
    }
}
