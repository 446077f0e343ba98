using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Tests.Sample;
using Rampart.AspNetCore.Tests.Support;

namespace Rampart.AspNetCore.Tests;

/// <summary>Secrets mounted as files (<c>Rampart:Secrets:Directory</c>): read as settings, and validated at start-up.</summary>
public sealed class SecretFilesTests : IDisposable
{
    private readonly DirectoryInfo _secrets = Directory.CreateTempSubdirectory("rampart-secrets-");

    public void Dispose() => _secrets.Delete(recursive: true);

    [Fact]
    public async Task SecretsDirectory_FileNamedAfterASetting_WinsOverOtherSourcesWithoutItsLineBreak()
    {
        await File.WriteAllTextAsync(Path.Combine(_secrets.FullName, "Sample__ConnectionString"), "Host=from-the-file\n");
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?>
        {
            ["Sample:ConnectionString"] = "Host=from-the-environment",
            ["Rampart:Secrets:Directory"] = _secrets.FullName,
        });
        await using (app)
        {
            await app.StartAsync();

            Assert.Equal("Host=from-the-file", app.Services.GetRequiredService<IOptions<SampleSettings>>().Value.ConnectionString);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task SecretsDirectory_Unset_ReadsNoFile()
    {
        var app = SampleHost.Build(new CapturingLoggerProvider());
        await using (app)
        {
            await app.StartAsync();

            Assert.Null(app.Services.GetRequiredService<IOptions<SecretFilesOptions>>().Value.Directory);
            Assert.Equal("Host=localhost", app.Services.GetRequiredService<IOptions<SampleSettings>>().Value.ConnectionString);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task SecretsDirectory_ThatDoesNotExist_StopsStartUpWithOneLineNamingTheSetting()
    {
        var missing = Path.Combine(_secrets.FullName, "not-mounted");
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?> { ["Rampart:Secrets:Directory"] = missing });
        await using (app)
        {
            using var error = new StringWriter();

            var exitCode = await StartupFailure.RunAsync(app, error);

            Assert.Equal(StartupFailure.ConfigurationExitCode, exitCode);
            Assert.Equal(
                "Setting 'Rampart:Secrets:Directory' is missing or invalid: expected an existing directory of secret files, one per setting, named like Identity__AdminPassword." + Environment.NewLine,
                error.ToString());
        }
    }

    [Fact]
    public async Task SecretsDirectory_WithoutARequiredSecret_NamesTheMissingSettingAndPrintsNoSecret()
    {
        const string otherSecret = "s3cret-that-must-not-be-printed";
        await File.WriteAllTextAsync(Path.Combine(_secrets.FullName, "Sample__ApiKey"), otherSecret);
        var app = SampleHost.Build(new CapturingLoggerProvider(), settings: new Dictionary<string, string?>
        {
            ["Sample:ConnectionString"] = null,
            ["Rampart:Secrets:Directory"] = _secrets.FullName,
        });
        await using (app)
        {
            using var error = new StringWriter();

            var exitCode = await StartupFailure.RunAsync(app, error);

            Assert.Equal(StartupFailure.ConfigurationExitCode, exitCode);
            Assert.Equal("Setting 'Sample:ConnectionString' is missing or invalid: expected a PostgreSQL connection string." + Environment.NewLine, error.ToString());
            Assert.DoesNotContain(otherSecret, error.ToString(), StringComparison.Ordinal);
        }
    }
}
