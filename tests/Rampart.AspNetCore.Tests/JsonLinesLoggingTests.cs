using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Logging;

#pragma warning disable CA1848, CA1873 // The tests call the logger directly on purpose: they check what the sink writes.

namespace Rampart.AspNetCore.Tests;

public sealed class JsonLinesLoggingTests
{
    [Fact]
    public void Log_ThroughRampartJsonConsole_IsOneFrameworkJsonLineWithScopesInUtc()
    {
        var output = new MemoryStream();
        using (var services = Services(output))
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop.Orders");
            using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-1" }))
            {
                logger.LogInformation(new EventId(7, "Placed"), "Placed order {OrderId}", 42);
            }
        }

        var line = JsonDocument.Parse(Assert.Single(Lines(output))).RootElement;
        Assert.Equal("Shop.Orders", line.GetProperty("Category").GetString());
        Assert.Equal("Information", line.GetProperty("LogLevel").GetString());
        Assert.Equal(7, line.GetProperty("EventId").GetInt32());
        Assert.Equal("Placed order 42", line.GetProperty("Message").GetString());
        Assert.Equal(42, line.GetProperty("State").GetProperty("OrderId").GetInt32());
        Assert.EndsWith("Z", line.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
        Assert.Contains(line.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("RequestId", out var id) && id.GetString() == "req-1");
    }

    [Fact]
    public void Log_BelowTheConsoleLevelOfConfiguration_IsNotWritten()
    {
        var output = new MemoryStream();
        using (var services = Services(output, new Dictionary<string, string?> { ["Logging:Console:LogLevel:Default"] = "Warning" }))
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop");
            logger.LogInformation("quiet");
            logger.LogWarning("loud");
        }

        Assert.Equal("loud", JsonDocument.Parse(Assert.Single(Lines(output))).RootElement.GetProperty("Message").GetString());
    }

    [Fact]
    public async Task Write_ManyThreadsThroughASmallQueue_EveryLineOnceAndWhole()
    {
        var output = new MemoryStream();
        using (var writer = new LogLineWriter(output, capacity: 8))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            {
                for (var i = 0; i < 2_000; i++)
                {
                    writer.Write($"{{\"t\":{t},\"i\":{i}}}\n");
                }
            })));
        }

        var lines = Lines(output);
        Assert.Equal(16_000, lines.Count);
        Assert.Equal(16_000, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
    }

    [Fact]
    public void Write_AfterDispose_IsStillWritten()
    {
        var output = new MemoryStream();
        var writer = new LogLineWriter(output, capacity: 4);
        writer.Write("first\n");
        writer.Dispose();

        writer.Write("late\n");

        Assert.Equal(["first", "late"], Lines(output));
    }

    [Fact]
    public async Task Write_OutputBroken_LoggersNeverWait()
    {
        using var writer = new LogLineWriter(new BrokenStream(), capacity: 4);

        var logging = Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                writer.Write("line\n");
            }
        });

        Assert.Same(logging, await Task.WhenAny(logging, Task.Delay(TimeSpan.FromSeconds(30))));
        await logging;
    }

    private static ServiceProvider Services(Stream output, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddSingleton(new LogLineWriter(output, capacity: 64));
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddRampartJsonConsole();
        });
        return services.BuildServiceProvider();
    }

    private static List<string> Lines(MemoryStream output) =>
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private sealed class BrokenStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw new IOException("The pipe is closed.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("The pipe is closed.");
    }
}
