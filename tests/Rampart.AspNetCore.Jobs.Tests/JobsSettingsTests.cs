using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Jobs.Tests;

/// <summary>A bad setting stops the start with one message that names it, before the scheduler touches the database.</summary>
public sealed class JobsSettingsTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=none";

    [Theory]
    [InlineData("Rampart:Jobs:Schedules:record:Cron", "every five minutes", "Rampart:Jobs:Schedules:record:Cron 'every five minutes' is not a cron expression")]
    [InlineData("Rampart:Jobs:Schedules:recrod:Cron", "0 0 * * * ?", "Rampart:Jobs:Schedules:recrod names no job of this service (its jobs: record)")]
    [InlineData("Rampart:Jobs:Schema", "Scheduler; DROP", "Rampart:Jobs:Schema 'Scheduler; DROP' is invalid")]
    [InlineData("Rampart:Jobs:MisfireThreshold", "00:00:00", "Rampart:Jobs:MisfireThreshold must be positive")]
    public async Task Start_InvalidSetting_FailsNamingIt(string key, string value, string expected)
    {
        using var host = JobsTestHost.Build(Unreachable, "a", jobs => jobs.Add<RecordingJob>("record", "0 0 * * * ?"), new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.True(failure is OptionsValidationException or AggregateException { InnerExceptions: [OptionsValidationException, ..] }, failure.ToString());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoConnectionString_FailsNamingItWithoutAValue()
    {
        using var host = JobsTestHost.Build(string.Empty, "a", jobs => jobs.Add<RecordingJob>("record", "0 0 * * * ?"));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.True(failure is OptionsValidationException or AggregateException { InnerExceptions: [OptionsValidationException, ..] }, failure.ToString());

        Assert.Contains("ConnectionStrings:Database is missing", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_SameNameTwice_Refused()
    {
        var jobs = new RampartJobs().Add<RecordingJob>("record", "0 0 * * * ?");

        var failure = Assert.Throws<ArgumentException>(() => jobs.Add<BlockingJob>("Record", "0 0 * * * ?"));

        Assert.Contains("already added", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_InvalidCronInCode_RefusedAtOnce()
    {
        var failure = Assert.Throws<ArgumentException>(() => new RampartJobs().Add<RecordingJob>("record", "hourly"));

        Assert.Contains("not a cron expression", failure.Message, StringComparison.Ordinal);
    }
}
