using Rampart.Cli.Infrastructure;
using Rampart.Scaffolding.Templates;

namespace Rampart.Cli.Tests.New;

/// <summary>Runs the rampart command in-process against captured output, in a temp working folder removed on dispose.</summary>
internal sealed class ScaffoldCliRun : IDisposable
{
    public ScaffoldCliRun()
    {
        WorkingDirectory = Directory.CreateTempSubdirectory("rampart-cli-").FullName;
    }

    public string WorkingDirectory { get; }

    public string Output { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public string PathOf(params string[] parts) => Path.Combine([WorkingDirectory, .. parts]);

    public Task<int> RunAsync(params string[] args) => RunAsync(TemplateCatalog.Installed, args);

    /// <summary>Runs with <paramref name="templates"/> as the tool's templates: a tool that ships other patterns.</summary>
    public async Task<int> RunAsync(TemplateCatalog templates, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TextReader.Null, WorkingDirectory, isInteractive: false, useColor: false) { Templates = templates };
        var code = await RampartCli.RunAsync(args, context);
        Output = output.ToString();
        Error = error.ToString();
        return code;
    }

    /// <summary>Every file under the working folder, relative, with its content: to prove a failed command changed nothing.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(WorkingDirectory, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(WorkingDirectory, path), File.ReadAllText, StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(WorkingDirectory))
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
    }
}
