using System.Diagnostics;
using System.Globalization;
using Rampart.LocalServers;
using Rampart.Scaffolding.Doctor;

namespace Rampart.Scaffolding.Dev;

/// <summary>
/// <c>rampart dev</c>: starts the solution's local servers, builds and starts the service against them, reports its URLs
/// once it is ready, streams its logs, and on cancellation stops everything it started, by pid.
/// </summary>
public sealed class DevSession
{
    /// <summary>The port the API listens on by default, when free.</summary>
    public const int DefaultApiPort = 5080;

    private readonly ProjectSettings _settings;
    private readonly IReadOnlyList<ILocalServer> _servers;
    private readonly int? _apiPort;

    /// <summary>Creates a session over explicit servers (tests substitute their own).</summary>
    public DevSession(string solutionDirectory, ProjectSettings settings, IReadOnlyList<ILocalServer> servers, int? apiPort)
    {
        SolutionDirectory = solutionDirectory;
        _settings = settings;
        _servers = servers;
        _apiPort = apiPort;
    }

    /// <summary>The solution folder (holding rampart.json).</summary>
    public string SolutionDirectory { get; }

    /// <summary>The folder holding the servers' data (git-ignored).</summary>
    public static string DataDirectoryOf(string solutionDirectory) => Path.Combine(solutionDirectory, ".rampart", "dev");

    /// <summary>A session for the solution in or above <paramref name="path"/>, with the servers its settings call for.</summary>
    public static DevSession ForSolution(string path, int? apiPort)
    {
        var solution = SolutionFolder.Find(path);
        var settings = ProjectSettings.Load(solution);
        var data = DataDirectoryOf(solution);
        List<ILocalServer> servers = [new LocalPostgres(Path.Combine(data, "postgres"), settings.Database)];
        if (string.Equals(settings.Broker, "rabbitmq", StringComparison.OrdinalIgnoreCase))
        {
            servers.Add(new LocalRabbitMq(Path.Combine(data, "rabbitmq")));
        }

        if (string.Equals(settings.Cache, ProjectSettings.RedisCache, StringComparison.OrdinalIgnoreCase))
        {
            servers.Add(new LocalRedis(Path.Combine(data, "redis")));
        }

        return new DevSession(solution, settings, servers, apiPort);
    }

    /// <summary>The checks <c>rampart doctor</c> runs, for this solution and port: run them before <see cref="RunAsync"/>.</summary>
    public Task<DoctorReport> CheckAsync(CancellationToken cancellationToken) =>
        new DevDoctor(SolutionDirectory, _settings, _apiPort, MachineProbe.Instance).CheckAsync(cancellationToken);

    /// <summary>Deletes the local servers' data (stopping a server left running on it first).</summary>
    public async Task ResetAsync(IServerOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var server in _servers)
        {
            await server.ResetAsync();
        }

        output.Info("Local data wiped.");
    }

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled (returns null) or, without <see cref="DevRunOptions.Watch"/>,
    /// the service exits by itself (returns its exit code).
    /// </summary>
    public async Task<int?> RunAsync(IServerOutput output, DevRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var started = new List<ILocalServer>();
        try
        {
            var environment = ServiceEnvironment(options);
            // Every program the settings call for is installed first (as root on Debian), from the doctor's table.
            foreach (var program in SystemPrograms.All.Where(program => program.NeededBy(_settings)))
            {
                await program.FindOrInstallAsync(MachineProbe.Instance, output, cancellationToken);
            }

            foreach (var server in _servers)
            {
                output.Info($"Starting {server.Name}...");
                started.Add(server);
                var endpoint = await server.StartAsync(output, cancellationToken);
                output.Info($"{server.Name} on 127.0.0.1:{endpoint.Port} (pid {endpoint.ProcessId})");
                foreach (var (key, value) in endpoint.ServiceSettings)
                {
                    environment[key] = value;
                }
            }

            var ports = InstancePorts(_apiPort, options.Instances, LoopbackPort.IsFree, LoopbackPort.Free);
            var urls = ports.Select(port => new DevUrls(new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"))).ToList();
            environment["ASPNETCORE_URLS"] = urls[0].Api.ToString().TrimEnd('/');
            var project = Path.GetFullPath(Path.Combine(SolutionDirectory, _settings.Host));
            if (options.Watch)
            {
                var watch = new DevWatch(SolutionDirectory, project, environment, urls[0], output);
                await watch.RunAsync(clock, cancellationToken);
                return null;
            }

            output.Info($"Building {Path.GetFileName(project)} (restore and compile)...");
            string assembly;
            try
            {
                assembly = await DevHost.BuildAsync(SolutionDirectory, project, outputDirectory: null, cancellationToken);
            }
            catch (DevBuildException ex)
            {
                throw new ScaffoldingException(ex.Message, "Fix the build errors above (dotnet build), then run rampart dev again (or rampart dev --watch, which waits for the fix).", ScaffoldingErrorKind.Environment, ex);
            }

            if (urls.Count == 1)
            {
                await using var service = DevService.Start(assembly, project, environment, urls[0], output);
                output.Info($"Service started (pid {service.Id}); it applies pending migrations, then listens. Waiting for {urls[0].Ready}");
                await ReportReadinessAsync(service, urls[0], clock, output, cancellationToken);
                await service.Exited.WaitAsync(cancellationToken);
                output.Info($"The service stopped by itself (exit code {service.ExitCode}).");
                return service.ExitCode;
            }

            return await RunInstancesAsync(assembly, project, environment, urls, clock, output, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Info("Stopping...");
            return null;
        }
        finally
        {
            for (var index = started.Count - 1; index >= 0; index--)
            {
                await StopQuietlyAsync(started[index], output);
            }

            output.Info("Everything rampart dev started has stopped.");
        }
    }

    /// <summary>
    /// The ports of <paramref name="count"/> instances: the first is <paramref name="requested"/>, else
    /// <see cref="DefaultApiPort"/> when free, else a free one; every other instance gets a free port of its own.
    /// </summary>
    internal static IReadOnlyList<int> InstancePorts(int? requested, int count, Func<int, bool> isFree, Func<int> free)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, DevRunOptions.MaxInstances);
        List<int> ports = [requested ?? (isFree(DefaultApiPort) ? DefaultApiPort : free())];
        while (ports.Count < count)
        {
            // A free port is only free until someone binds it: never hand out the same one twice.
            var port = free();
            if (!ports.Contains(port))
            {
                ports.Add(port);
            }
        }

        return ports;
    }

    /// <summary>
    /// The environment of instance <paramref name="index"/> (0-based) of several: its own URL, and only the first one
    /// applies migrations, so they run once, before the other instances start.
    /// </summary>
    internal static Dictionary<string, string> InstanceEnvironment(IReadOnlyDictionary<string, string> shared, DevUrls urls, int index)
    {
        var environment = new Dictionary<string, string>(shared, StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = urls.Api.ToString().TrimEnd('/'),
        };
        if (index > 0)
        {
            environment["Rampart__Migrations__ApplyOnStartup"] = "false";
        }

        return environment;
    }

    /// <summary>
    /// The line printed when several instances run without Redis: what they do not share. Short enough for an
    /// 80-column terminal after the <c>rampart dev</c> prefix, so it stays one line.
    /// </summary>
    internal static string? PerInstanceWarning(ProjectSettings settings, int instances) =>
        instances > 1 && !string.Equals(settings.Cache, ProjectSettings.RedisCache, StringComparison.OrdinalIgnoreCase)
            ? "Rate limits, cache and SignalR are per instance (no --cache redis)."
            : null;

    /// <summary>
    /// Several instances of the built service: the first applies migrations and becomes ready, then the others start.
    /// An instance that stops by itself is reported and the others keep serving; returns the last one's exit code
    /// when none is left, or null when cancelled.
    /// </summary>
    private async Task<int?> RunInstancesAsync(string assembly, string project, Dictionary<string, string> environment, List<DevUrls> urls, Stopwatch clock, IServerOutput output, CancellationToken cancellationToken)
    {
        if (PerInstanceWarning(_settings, urls.Count) is { } warning)
        {
            output.Info(warning);
        }

        var services = new List<DevService>();
        try
        {
            var first = DevService.Start(assembly, project, InstanceEnvironment(environment, urls[0], 0), urls[0], output, "app1");
            services.Add(first);
            output.Info($"Instance 1 started (pid {first.Id}); it applies pending migrations, then listens. Waiting for {urls[0].Ready}");
            if (!await first.WaitReadyAsync(cancellationToken))
            {
                output.Info(first.Exited.IsCompleted
                    ? "Instance 1 stopped before it was ready; the other instances are not started."
                    : $"Instance 1 does not answer {urls[0].Ready} with 200; the other instances are not started (Ctrl-C stops it).");
                await first.Exited.WaitAsync(cancellationToken);
                return first.ExitCode;
            }

            for (var index = 1; index < urls.Count; index++)
            {
                var service = DevService.Start(assembly, project, InstanceEnvironment(environment, urls[index], index), urls[index], output, $"app{index + 1}");
                services.Add(service);
                output.Info($"Instance {index + 1} started (pid {service.Id}).");
            }

            var ready = await Task.WhenAll(services.Skip(1).Select(service => service.WaitReadyAsync(cancellationToken)));
            output.Info($"Ready in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s: {urls.Count} instances on the same servers");
            for (var index = 0; index < urls.Count; index++)
            {
                var state = index == 0 || ready[index - 1] ? string.Empty : ", not ready yet";
                output.Info($"  Instance {index + 1} (pid {services[index].Id}{state})");
                output.Info($"    API     {urls[index].Api}");
                output.Info($"    Docs    {urls[index].Docs}");
                output.Info($"    Health  {urls[index].Ready}");
            }

            output.Info("Ctrl-C stops every instance and everything rampart dev started.");
            var running = services.Select((service, index) => (Service: service, Number: index + 1)).ToList();
            while (running.Count > 0)
            {
                var exited = await Task.WhenAny(running.Select(instance => instance.Service.Exited)).WaitAsync(cancellationToken);
                var stopped = running.First(instance => instance.Service.Exited == exited);
                running.Remove(stopped);
                output.Info(running.Count > 0
                    ? $"Instance {stopped.Number} (pid {stopped.Service.Id}) stopped (exit code {stopped.Service.ExitCode}); {running.Count} still serving."
                    : $"Instance {stopped.Number} (pid {stopped.Service.Id}) stopped (exit code {stopped.Service.ExitCode}); none is left.");
                if (running.Count == 0)
                {
                    return stopped.Service.ExitCode;
                }
            }

            return null;
        }
        finally
        {
            // Every instance gets SIGTERM at once, so they drain in parallel rather than one after the other.
            await Task.WhenAll(services.Select(service => service.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Prints the URLs once the service is ready, with the time since <paramref name="clock"/> started; one line when <paramref name="again"/>.</summary>
    internal static async Task ReportReadinessAsync(DevService service, DevUrls urls, Stopwatch clock, IServerOutput output, CancellationToken cancellationToken, bool again = false)
    {
        var ready = await service.WaitReadyAsync(cancellationToken);
        if (ready && again)
        {
            output.Info($"Ready again in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s: {urls.Api}");
        }
        else if (ready)
        {
            output.Info($"Ready in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s:");
            output.Info($"  API     {urls.Api}");
            output.Info($"  Docs    {urls.Docs}");
            output.Info($"  Health  {urls.Ready}");
            output.Info("Ctrl-C stops everything rampart dev started.");
        }
        else if (!service.Exited.IsCompleted)
        {
            output.Info($"The service is running but {urls.Ready} does not answer 200 yet; API {urls.Api}, docs {urls.Docs}");
        }
    }

    internal static Dictionary<string, string> ServiceEnvironment(DevRunOptions options) => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Rampart__Migrations__ApplyOnStartup"] = "true",
        // The service's output is a pipe, so its console would never colour by itself; rampart dev knows the terminal.
        ["Logging__Console__FormatterOptions__ColorBehavior"] = options.Color ? "Enabled" : "Disabled",
        ["Rampart__Logging__Format"] = options.JsonLogs ? "Json" : "Auto",
    };

    private static async Task StopQuietlyAsync(ILocalServer server, IServerOutput output)
    {
        try
        {
            await server.StopAsync();
        }
#pragma warning disable CA1031 // One server failing to stop must not leave the others running; the failure is reported.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            output.Info($"Could not stop {server.Name}: {ex.Message}");
        }
    }
}
