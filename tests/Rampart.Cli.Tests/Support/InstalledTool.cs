using System.Globalization;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Support;

/// <summary>
/// The rampart tool as a user gets it: <c>dotnet pack</c> of the CLI as built for these tests, then
/// <c>dotnet tool install --tool-path</c> into a temporary folder, from a feed holding only that package and with its own
/// NuGet cache (so no other build of the same version is picked up).
/// </summary>
internal sealed class InstalledTool
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    private InstalledTool(string executable, string version)
    {
        Executable = executable;
        Version = version;
    }

    /// <summary>The installed <c>rampart</c> command.</summary>
    public string Executable { get; }

    /// <summary>The tool package's version.</summary>
    public string Version { get; }

    /// <summary>The configuration the tests (and so the CLI and the building blocks) were built in: bin/&lt;Configuration&gt;/net10.0/.</summary>
    public static string Configuration { get; } = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;

    public static async Task<InstalledTool> InstallAsync(string root)
    {
        var repository = RepositoryRoot.Find();
        var feed = Path.Combine(root, "feed");
        var pack = await TestProcess.RunAsync(
            "dotnet", ["pack", Path.Combine(repository, "src", "Rampart.Cli"), "-c", Configuration, "--no-build", "-o", feed, "--nologo", "-v", "q"], repository, Bound);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Assert.Single(Directory.GetFiles(feed, "Rampart.Cli.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["Rampart.Cli.".Length..];

        var config = Path.Combine(root, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="rampart" value="{feed}" /></packageSources></configuration>
            """);
        var tools = Path.Combine(root, "tools");
        var install = await TestProcess.RunAsync(
            "dotnet",
            ["tool", "install", "Rampart.Cli", "--tool-path", tools, "--configfile", config, "--version", version],
            root,
            Bound,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-cache") });
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"(version '{version}') was successfully installed"), install.Output, StringComparison.Ordinal);
        return new InstalledTool(Path.Combine(tools, OperatingSystem.IsWindows() ? "rampart.exe" : "rampart"), version);
    }
}
