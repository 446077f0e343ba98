namespace Rampart.Scaffolding.Dev;

/// <summary>
/// Watches a solution's <c>src</c> folder (<see cref="WatchedFiles"/>) with the framework's
/// <see cref="FileSystemWatcher"/> and hands out debounced batches of changed paths, relative to the solution.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private readonly string _solution;
    private readonly FileSystemWatcher _watcher;
    private readonly ChangeDebouncer _debouncer;

    public SourceWatcher(string solutionDirectory, TimeProvider time, TimeSpan quietPeriod)
    {
        _solution = solutionDirectory;
        _debouncer = new ChangeDebouncer(time, quietPeriod);
        _watcher = new FileSystemWatcher(Path.Combine(solutionDirectory, WatchedFiles.Folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            // A burst (a branch switch) must not overflow the default 8 KB buffer and lose the change that matters.
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Seen(e.FullPath);
        _watcher.Created += (_, e) => Seen(e.FullPath);
        _watcher.Deleted += (_, e) => Seen(e.FullPath);
        _watcher.Renamed += (_, e) => Seen(e.FullPath);
        _watcher.Error += (_, _) => _debouncer.Notify(WatchedFiles.Folder);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>The next batch of changed files, relative to the solution with forward slashes.</summary>
    public Task<IReadOnlyList<string>> NextAsync(CancellationToken cancellationToken) => _debouncer.NextAsync(cancellationToken);

    public void Dispose()
    {
        _watcher.Dispose();
        _debouncer.Dispose();
    }

    private void Seen(string fullPath)
    {
        var relative = Path.GetRelativePath(Path.Combine(_solution, WatchedFiles.Folder), fullPath);
        if (WatchedFiles.IsWatched(relative))
        {
            _debouncer.Notify(Path.GetRelativePath(_solution, fullPath).Replace('\\', '/'));
        }
    }
}
