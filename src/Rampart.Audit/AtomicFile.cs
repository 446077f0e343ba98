namespace Rampart.Audit;

/// <summary>Writes a file so readers see the old content or the new one, never half of it.</summary>
public static class AtomicFile
{
    /// <summary>Writes the bytes to a temporary file beside the target, then moves it over the target.</summary>
    /// <exception cref="AuditException">The folder cannot be written.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new AuditException($"'{path}' cannot be written: {ex.Message}", "Choose a writable location, or fix the folder's permissions.", ex);
        }
    }
}
