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
    private readonly List<(string Directory, Dictionary<string, byte[]> Files)> _watched = [];

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

    /// <summary>
    /// Remembers every file in <paramref name="relativeDirectory"/>, so that <see cref="Undo"/> also removes what a tool
    /// adds there and restores what it changes (dotnet ef's migration files and model snapshot).
    /// </summary>
    public void Watch(string relativeDirectory)
    {
        var directory = Path.Combine(root, relativeDirectory);
        var files = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.ReadAllBytes)
            : [];
        _watched.Add((directory, files));
    }

    public void Undo()
    {
        foreach (var (directory, files) in _watched.Where(w => Directory.Exists(w.Directory)))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(path => !files.ContainsKey(path)))
            {
                File.Delete(path);
            }

            foreach (var (path, content) in files)
            {
                File.WriteAllBytes(path, content);
            }
        }

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
