#if RAMPART_JOBS_QUARTZ
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Rampart.AspNetCore.Jobs;
using Skeleton.Infrastructure.Orders;
using Skeleton.Infrastructure.Persistence;
using Skeleton.Tests.Catalog;
using Skeleton.Tests.Support;

namespace Skeleton.Tests.Orders;

/// <summary>
/// The stale-order cancel, fired now through the service's own scheduler: the Quartz job in the infrastructure, the use
/// case it calls, the one cancel and the real database.
/// </summary>
public sealed class CancelStalePendingOrdersTests(ServiceApp app) : IClassFixture<ServiceApp>
{
    [Fact]
    public async Task Run_PendingPastTheTimeout_CancelledAndTheOthersLeftAlone()
    {
        using var admin = await app.CreateAdminClientAsync();
        var tea = (await admin.CreateProductAsync(stock: 10)).Id();
        using var customer = await Customer.RegisterAsync(app);
        var stale = await SettledOrderAsync(customer, tea);
        var recent = await SettledOrderAsync(customer, tea);
        var answered = await SettledOrderAsync(customer, tea);
        // As if Catalog had never answered: two orders back to pending, one of them placed an hour ago.
        await ExecuteAsync($"UPDATE {AppDbContext.Schema}.orders SET status = 'pending', created_at = now() - interval '1 hour' WHERE id = @id", stale);
        await ExecuteAsync($"UPDATE {AppDbContext.Schema}.orders SET status = 'pending' WHERE id = @id", recent);

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = RampartJobs.KeyOf(CancelStalePendingOrdersJob.Name);
        await scheduler.TriggerJob(job);

        await Eventually.UntilAsync(async () => (await customer.Client.GetOrderAsync(stale)).Status() == "cancelled", "the stale order to be cancelled");
        // The run ends when the store has recorded it (TriggerJob's one-off trigger is gone beside the cron one): a host
        // stopped before that leaves Quartz retrying the record until the shutdown timeout.
        await Eventually.UntilAsync(async () => (await scheduler.GetTriggersOfJob(job)).Count == 1, "the job store to record the run");
        Assert.Equal("pending", (await customer.Client.GetOrderAsync(recent)).Status());
        Assert.Equal("confirmed", (await customer.Client.GetOrderAsync(answered)).Status());
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:05:00")]
    [InlineData("8.00:00:00")]
    public void PendingTimeout_OutOfRange_Invalid(string timeout)
    {
        var options = new StalePendingOrdersOptions { PendingTimeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }

    private static async Task<string> SettledOrderAsync(Customer customer, string product)
    {
        var order = await customer.Client.PlaceOrderAsync((product, 1));
        Assert.Equal("confirmed", (await customer.Client.SettledAsync(order.Id())).Status());
        return order.Id();
    }

    private async Task ExecuteAsync(string sql, string id)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", Guid.Parse(id));
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
#endif
