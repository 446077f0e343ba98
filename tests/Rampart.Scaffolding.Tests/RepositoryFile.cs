using System.Runtime.CompilerServices;

namespace Rampart.Scaffolding.Tests;

/// <summary>The repository the tests are compiled from, for files that ship with the tool (CHANGELOG.md).</summary>
internal static class RepositoryFile
{
    public static string Root { get; } = Find();

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Rampart.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Rampart.slnx not found above the test sources.");
    }
}
