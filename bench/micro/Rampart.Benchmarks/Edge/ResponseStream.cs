using System.Buffers;
namespace Rampart.Benchmarks.Edge;

/// <summary>The response body as a write-only stream over the same buffer; the first write starts the response.</summary>
internal sealed class ResponseStream(InMemoryExchange exchange) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => exchange.StartResponseAsync().GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => exchange.StartResponseAsync();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        exchange.StartResponseAsync().GetAwaiter().GetResult();
        exchange.BodyBuffer.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await exchange.StartResponseAsync();
        exchange.BodyBuffer.Write(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
