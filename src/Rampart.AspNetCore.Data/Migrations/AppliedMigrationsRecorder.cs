using System.Diagnostics;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rampart.AspNetCore.Data.Migrations;

/// <summary>
/// Records the migrations one migrator applies, from EF Core's own "applying migration" events. Reading the pending
/// list before migrating would be wrong when another instance holds the migrations lock: by the time this one gets it,
/// the other has applied them. Events of other migrators (other contexts, other hosts in the process) are ignored.
/// </summary>
internal sealed class AppliedMigrationsRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string ApplyingEvent = RelationalEventId.MigrationApplying.Name!;

    private readonly IMigrator _migrator;
    private readonly List<string> _applied = [];
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    private AppliedMigrationsRecorder(IMigrator migrator) => _migrator = migrator;

    public IReadOnlyList<string> Applied
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied];
            }
        }
    }

    public static AppliedMigrationsRecorder Start(IMigrator migrator)
    {
        var recorder = new AppliedMigrationsRecorder(migrator);
        recorder.Add(DiagnosticListener.AllListeners.Subscribe(recorder));
        return recorder;
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            Add(value.Subscribe(this, name => name == ApplyingEvent));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is MigrationEventData data && ReferenceEquals(data.Migrator, _migrator))
        {
            lock (_gate)
            {
                var id = data.Migration.GetType().GetCustomAttribute<MigrationAttribute>()?.Id ?? data.Migration.GetType().Name;
                if (!_applied.Contains(id))
                {
                    _applied.Add(id);
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _subscriptions.ForEach(subscription => subscription.Dispose());
            _subscriptions.Clear();
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    private void Add(IDisposable subscription)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _subscriptions.Add(subscription);
                return;
            }
        }

        subscription.Dispose();
    }
}
