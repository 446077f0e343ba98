using System.Text;
using Rampart.Audit;

namespace Rampart.Cli.Advise;

/// <summary>Writes the ADR all-or-nothing, with errors that name the <c>--adr</c> option.</summary>
internal static class AdrFile
{
    /// <summary>Fails early (before any prompt or scan) when <paramref name="path"/> is a folder or lies under a file.</summary>
    public static void EnsureWritableTarget(string path)
    {
        if (Directory.Exists(path))
        {
            throw Unwritable(path, "it is a folder");
        }

        var ancestor = Path.GetDirectoryName(path);
        while (ancestor is not null && !Directory.Exists(ancestor))
        {
            if (File.Exists(ancestor))
            {
                throw Unwritable(path, $"'{ancestor}' is a file, not a folder");
            }

            ancestor = Path.GetDirectoryName(ancestor);
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> through the one atomic writer (<see cref="AtomicFile"/>);
    /// on failure removes any folder it created and throws a <see cref="Infrastructure.CliException"/>.
    /// </summary>
    public static Task WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureWritableTarget(path);
        var firstCreated = FirstMissingAncestor(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            AtomicFile.Write(path, Encoding.UTF8.GetBytes(content));
        }
        catch (AuditException ex)
        {
            if (firstCreated is not null)
            {
                TryDeleteFolder(firstCreated);
            }

            throw Unwritable(path, ex.InnerException?.Message ?? ex.Message);
        }

        return Task.CompletedTask;
    }

    private static Infrastructure.CliException Unwritable(string path, string reason) => new(
        $"Cannot write the ADR to '{path}': {reason}",
        "Pass --adr a file path in a folder you can write to, for example docs/adr/0001-architecture.md.");

    private static string? FirstMissingAncestor(string directory)
    {
        string? missing = null;
        for (var current = directory; current is not null && !Directory.Exists(current) && !File.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing = current;
        }

        return missing;
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder may not have been created.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }
}
