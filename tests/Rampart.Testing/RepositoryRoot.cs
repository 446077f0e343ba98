using System.Runtime.CompilerServices;

namespace Rampart.Testing;

/// <summary>Locates the repository the tests are compiled from (the folder holding Rampart.slnx), from their sources.</summary>
public static class RepositoryRoot
{
    /// <summary>The repository root above <paramref name="sourceFile"/> (the caller's source file).</summary>
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
