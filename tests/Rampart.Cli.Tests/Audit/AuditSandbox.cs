using Rampart.Cli.Infrastructure;

namespace Rampart.Cli.Tests.Audit;

/// <summary>A temp folder holding a copy of a fixture, and a way to run <c>rampart</c> in it with captured output.</summary>
internal sealed class AuditSandbox : IDisposable
{
    public AuditSandbox(string? fixture = "flawed-backend")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rampart-cli-audit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (fixture is not null)
        {
            var source = System.IO.Path.Combine(RepositoryRoot(), "tests", "fixtures", fixture);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                System.IO.File.Copy(file, target);
            }
        }
    }

    public string Path { get; }

    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public string[] Expected() =>
        [.. System.IO.File.ReadAllLines(File("expected-findings.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Runs <c>rampart</c> with the sandbox as working directory.</summary>
    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TextReader.Null, Path, isInteractive: false, useColor: false);
        var exitCode = await RampartCli.RunAsync(args, context);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system only leaves a temp folder behind.
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Rampart.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Rampart.slnx not found above the test's folder.");
    }
}

/// <summary>The exit code and captured output of one run.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error);
