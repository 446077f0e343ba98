using System.IO.Pipelines;

namespace Rampart.Benchmarks.Edge;

/// <summary>The response body as a pipe writer: bytes land in the exchange's buffer; a flush starts the response.</summary>
internal sealed class ResponseWriter(InMemoryExchange exchange) : PipeWriter
{
    private int _flushed;

    public override bool CanGetUnflushedBytes => true;

    public override long UnflushedBytes => exchange.BodyBuffer.WrittenCount - _flushed;

    public override void Advance(int bytes) => exchange.BodyBuffer.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => exchange.BodyBuffer.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => exchange.BodyBuffer.GetSpan(sizeHint);

    /// <summary>Forgets the previous response's flushes.</summary>
    public void Reset() => _flushed = 0;

    public override void CancelPendingFlush()
    {
    }

    public override void Complete(Exception? exception = null)
    {
    }

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        await exchange.StartResponseAsync();
        _flushed = exchange.BodyBuffer.WrittenCount;
        return new FlushResult(isCanceled: false, isCompleted: false);
    }
}
