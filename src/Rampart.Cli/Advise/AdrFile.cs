namespace Rampart.Cli.Advise;

/// <summary>Writes a file all-or-nothing: to a temporary file beside it, then moved into place.</summary>
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

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>; on failure removes the temporary file and any folder it created, and throws a <see cref="Infrastructure.CliException"/>.</summary>
    public static async Task WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        EnsureWritableTarget(path);
        var directory = Path.GetDirectoryName(path)!;
        var firstCreated = FirstMissingAncestor(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(temporary);
            if (firstCreated is not null)
            {
                TryDeleteFolder(firstCreated);
            }

            if (ex is OperationCanceledException)
            {
                throw;
            }

            throw Unwritable(path, ex.Message);
        }
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

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Best effort: the temporary file may not exist or may already be gone.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
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
