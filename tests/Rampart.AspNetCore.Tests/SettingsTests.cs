using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

public sealed class SettingsTests
{
    [Fact]
    public async Task MissingRequiredSetting_StopsStartUpWithOneLineNamingIt()
    {
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?>
        {
            ["Sample:ConnectionString"] = null,
        });
        await using (app)
        {
            var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

            var failure = Assert.Single(exception.Failures);
            Assert.Equal("Setting 'Sample:ConnectionString' is missing or invalid: expected a PostgreSQL connection string.", failure);
            Assert.DoesNotContain('\n', failure);
        }
    }

    [Fact]
    public async Task MissingRequiredSetting_NeverListens()
    {
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?> { ["Sample:ConnectionString"] = null });
        await using (app)
        {
            await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            Assert.All(addresses, address => Assert.EndsWith(":0", address, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Rampart:RateLimiting:Anonymous:PermitLimit", "0", "Setting 'Rampart:RateLimiting:Anonymous:PermitLimit' is missing or invalid: expected a whole number of requests from 1 to 100000000.")]
    [InlineData("Rampart:RateLimiting:Roles:admin:Window", "00:00:00", "Setting 'Rampart:RateLimiting:Roles:admin:Window' is missing or invalid: expected a duration from 00:00:01 to 1.00:00:00.")]
    [InlineData("Rampart:RequestBody:MaxBytes", "-1", "Setting 'Rampart:RequestBody:MaxBytes' is missing or invalid: expected a positive number of bytes.")]
    [InlineData("Rampart:ForwardedHeaders:TrustedProxies:0", "not-an-ip", "Setting 'Rampart:ForwardedHeaders:TrustedProxies:0' is missing or invalid: expected an IP address such as 10.0.0.5.")]
    [InlineData("Rampart:Shutdown:DrainTimeout", "02:00:00", "Setting 'Rampart:Shutdown:DrainTimeout' is missing or invalid: expected a duration from 00:00:00 to 01:00:00.")]
    [InlineData("Rampart:Cors:AllowedOrigins:0", "https://app.example.com/path", "Setting 'Rampart:Cors:AllowedOrigins:0' is missing or invalid: expected an origin such as https://app.example.com (scheme and host, no path).")]
    public async Task InvalidRampartSetting_StopsStartUpNamingIt(string key, string value, string expected)
    {
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?> { [key] = value });
        await using (app)
        {
            var exception = await Record.ExceptionAsync(() => app.StartAsync());

            Assert.NotNull(exception);
            Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StartupFailure_RunAsync_WritesOneLineAndReturnsTheConfigurationExitCode()
    {
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?> { ["Sample:ConnectionString"] = null });
        await using (app)
        {
            using var error = new StringWriter();

            var exitCode = await StartupFailure.RunAsync(app, error);

            Assert.Equal(StartupFailure.ConfigurationExitCode, exitCode);
            Assert.Equal("Setting 'Sample:ConnectionString' is missing or invalid: expected a PostgreSQL connection string." + Environment.NewLine, error.ToString());
        }
    }

    [Theory]
    [InlineData("Rampart:RateLimiting:Anonymous:PermitLimit", "many", "Setting 'Rampart:RateLimiting:Anonymous:PermitLimit' is missing or invalid: expected a whole number.")]
    [InlineData("Rampart:Shutdown:DrainTimeout", "soon", "Setting 'Rampart:Shutdown:DrainTimeout' is missing or invalid: expected a duration such as 00:00:30.")]
    [InlineData("Rampart:RateLimiting:Enabled", "maybe", "Setting 'Rampart:RateLimiting:Enabled' is missing or invalid: expected true or false.")]
    public async Task StartupFailure_ValueOfTheWrongType_WritesOneLineNamingTheSetting(string key, string value, string expected)
    {
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?> { [key] = value });
        await using (app)
        {
            using var error = new StringWriter();

            var exitCode = await StartupFailure.RunAsync(app, error);

            Assert.Equal(StartupFailure.ConfigurationExitCode, exitCode);
            Assert.Equal(expected + Environment.NewLine, error.ToString());
            Assert.DoesNotContain(value, error.ToString(), StringComparison.Ordinal);
        }
    }
}
