namespace Rampart.Scaffolding.Templates;

/// <summary>
/// Writes generated files all-or-nothing: everything goes to a staging folder first, which then becomes the target
/// folder in one move. On any failure the staging folder is deleted and the target is as it was.
/// </summary>
internal static class StagedWriter
{
    public static void Write(string targetDirectory, IReadOnlyList<PlannedFile> files)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(targetDirectory)) ?? throw new ScaffoldingException($"'{targetDirectory}' has no parent folder.", "Choose another --output folder.");
        // Staging next to the target keeps the final move on one file system (a rename); elsewhere only when the parent does not exist yet.
        var stagingRoot = Directory.Exists(parent) ? parent : Path.GetTempPath();
        var staging = Path.Combine(stagingRoot, $".rampart-new-{Guid.NewGuid():N}");
        var createdParent = false;
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(file.Content.Span);
            }

            if (!Directory.Exists(parent))
            {
                Directory.CreateDirectory(parent);
                createdParent = true;
            }

            MoveIntoPlace(staging, targetDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (createdParent && Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }

            throw new ScaffoldingException($"Could not write the solution to '{targetDirectory}': {ex.Message}", "Check the folder's permissions and free space, then run the command again.", ScaffoldingErrorKind.Environment, ex);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void MoveIntoPlace(string staging, string target)
    {
        if (Directory.Exists(target))
        {
            // An existing folder (empty, or --force): files are moved in one by one, replacing same-named files.
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(staging, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(file, destination, overwrite: true);
            }

            return;
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException) when (!Directory.Exists(target))
        {
            // A rename across file systems is refused: copy, then the staging folder is removed by the caller.
            CopyTree(staging, target);
        }
    }

    private static void CopyTree(string source, string target)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }
        catch
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            throw;
        }
    }
}
