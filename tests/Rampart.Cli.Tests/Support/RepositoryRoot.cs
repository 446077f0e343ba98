using System.Runtime.CompilerServices;

namespace Rampart.Cli.Tests.Support;

/// <summary>Locates files of the repository from the test sources.</summary>
internal static class RepositoryRoot
{
    public static string Find([CallerFilePath] string sourceFile = "")
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Rampart.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Rampart.slnx not found above the test sources.");
    }
}
