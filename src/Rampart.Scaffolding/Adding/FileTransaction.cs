namespace Rampart.Scaffolding.Adding;

/// <summary>
/// Files created and replaced in a solution, undoable as one: <see cref="Undo"/> deletes what was created (and the
/// folders created for it) and puts back what was replaced, so a failed command leaves the tree as it found it.
/// </summary>
internal sealed class FileTransaction(string root)
{
    private readonly List<string> _created = [];
    private readonly List<string> _createdDirectories = [];
    private readonly List<(string Path, string Before)> _replaced = [];

    /// <summary>Writes a new file; an existing one is never overwritten.</summary>
    public void Create(string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        CreateDirectories(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
        }

        _created.Add(path);
    }

    /// <summary>Replaces a file's content, remembering <paramref name="before"/>.</summary>
    public void Replace(string relativePath, string before, string after)
    {
        var path = Path.Combine(root, relativePath);
        _replaced.Add((path, before));
        File.WriteAllText(path, after);
    }

    public void Undo()
    {
        foreach (var (path, before) in _replaced)
        {
            File.WriteAllText(path, before);
        }

        foreach (var path in _created.Where(File.Exists))
        {
            File.Delete(path);
        }

        foreach (var directory in _createdDirectories.AsEnumerable().Reverse().Where(Directory.Exists))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
    }

    private void CreateDirectories(string directory)
    {
        var missing = new Stack<string>();
        for (var current = directory; !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            missing.Push(current);
        }

        foreach (var path in missing)
        {
            Directory.CreateDirectory(path);
            _createdDirectories.Add(path);
        }
    }
}
