using System.Text;
using System.Threading.Channels;

namespace Rampart.AspNetCore.Logging;

/// <summary>
/// Writes log lines to a stream from one background task: loggers add to a bounded lock-free queue; the writer
/// drains everything queued into a buffer and flushes once the queue is empty, so under load many lines share one
/// write call and at rest each line is out within moments. When the queue is full, loggers wait (nothing is dropped),
/// as the framework's console logger does. Disposing drains what is queued and flushes.
/// </summary>
internal sealed class LogLineWriter : IDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);
    private readonly Channel<string> _lines;
    private readonly TextWriter _output;
    private readonly Task _pump;

    public LogLineWriter(Stream output, int capacity)
    {
        _output = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };
        _lines = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Queues a line; waits while the queue is full; after disposal the line is written directly.</summary>
    public void Write(string line)
    {
        if (_lines.Writer.TryWrite(line))
        {
            return;
        }

        while (true)
        {
            // Full: wait for room, as the framework's logger does (QueueFullMode.Wait). Completed: write it ourselves.
            var waiting = _lines.Writer.WaitToWriteAsync();
#pragma warning disable CA2012 // The ValueTask is consumed exactly once, synchronously: a logger call cannot await.
            var open = waiting.IsCompleted ? waiting.Result : waiting.AsTask().GetAwaiter().GetResult();
#pragma warning restore CA2012
            if (!open)
            {
                lock (_output)
                {
                    _output.Write(line);
                    _output.Flush();
                }

                return;
            }

            if (_lines.Writer.TryWrite(line))
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        if (_lines.Writer.TryComplete())
        {
            _pump.Wait(DrainTimeout);
        }
    }

    private async Task PumpAsync()
    {
        var reader = _lines.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            lock (_output)
            {
                try
                {
                    while (reader.TryRead(out var line))
                    {
                        _output.Write(line);
                    }

                    _output.Flush();
                }
                catch (IOException)
                {
                    // The output is gone (a closed pipe): keep draining so a logger never waits on it.
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }
    }
}
