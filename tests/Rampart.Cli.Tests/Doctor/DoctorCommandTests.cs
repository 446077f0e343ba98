using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Rampart.Cli.Infrastructure;
using Rampart.Cli.Tests.New;

namespace Rampart.Cli.Tests.Doctor;

/// <summary><c>rampart doctor</c> on this machine (which CI provisions with PostgreSQL), and <c>rampart dev</c> stopping on its checks.</summary>
public sealed class DoctorCommandTests : IDisposable
{
    private readonly ScaffoldCliRun _cli = new();

    public DoctorCommandTests()
    {
        // As root, PostgreSQL runs as the postgres user: it must reach the solution folder for the access check to pass.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_cli.WorkingDirectory, (UnixFileMode)0b111_101_101);
        }
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Doctor_GeneratedSolutionOnAProvisionedMachine_EveryCheckPassesAndExitsZero()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop", "--broker", "rabbitmq"));

        var code = await _cli.RunAsync("doctor", "Shop", "--port", "0");

        Assert.True(code == ExitCodes.Success, _cli.Output + _cli.Error);
        foreach (var check in new[] { ".NET SDK", "Process tools", "PostgreSQL", "RabbitMQ", "API port", "Write access" })
        {
            Assert.Matches($@"(?m)^  ok   {System.Text.RegularExpressions.Regex.Escape(check)} ", _cli.Output);
        }

        Assert.Contains("(global.json pins 10.0.100)", _cli.Output, StringComparison.Ordinal);
        Assert.EndsWith("rampart dev can run here.\n", _cli.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.PathOf("Shop", ".rampart")), "The doctor changes nothing.");
    }

    [Fact]
    public async Task Doctor_OutsideASolution_ChecksWhatEverySolutionNeeds()
    {
        var code = await _cli.RunAsync("doctor");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Not inside a generated solution", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", _cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RabbitMQ   ", _cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_PortInUse_ExitsEnvironmentWithTheFix()
    {
        using var listener = ListenOnAFreePort(out var port);

        var code = await _cli.RunAsync("doctor", "--port", port);

        Assert.Equal(ExitCodes.Environment, code);
        Assert.Contains($"FAIL API port        {port} is in use.", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("fix: Stop what listens on", _cli.Output, StringComparison.Ordinal);
        Assert.Contains("rampart dev cannot run here: 1 problem(s) above.", _cli.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doctor", "nowhere")]
    public async Task Doctor_MissingFolder_IsInvalidInput(params string[] args)
    {
        var code = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("does not exist", _cli.Error, StringComparison.Ordinal);
    }

    private static TcpListener ListenOnAFreePort(out string port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        return listener;
    }

    [Fact]
    public async Task Dev_ACheckFails_StopsWithTheDoctorsAdviceAndStartsNothing()
    {
        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("new", "Shop"));
        using var listener = ListenOnAFreePort(out var port);

        var code = await _cli.RunAsync("dev", "Shop", "--port", port);

        Assert.Equal(ExitCodes.Environment, code);
        Assert.Contains("the same checks as rampart doctor", _cli.Output, StringComparison.Ordinal);
        Assert.Contains($"FAIL API port        {port} is in use.", _cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ok   PostgreSQL", _cli.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.PathOf("Shop", ".rampart")), "Nothing was started or created.");
    }
}
