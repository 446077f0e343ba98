using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Quartz;
using Quartz.Diagnostics;
using Rampart.AspNetCore.Jobs;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the scheduled-jobs block.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Runs the jobs added in <paramref name="configure"/> on Quartz.NET with its clustered job store in the service's
    /// PostgreSQL (<c>ConnectionStrings:Database</c>, schema <c>scheduler</c>): every instance joins one cluster, each firing
    /// runs on one instance, a job never overlaps itself, and the firings of an instance that stops are recovered by another.
    /// The store's tables are created by the <c>migrate</c> command. The scheduler starts once the application has started,
    /// lets running jobs finish on shutdown (their token is cancelled), and stays out of <c>/health/ready</c>: a scheduler
    /// problem is not a reason to take the instance out of the load balancer. Settings: <c>Rampart:Jobs</c>.
    /// </summary>
    public static IServiceCollection AddRampartJobs(this IServiceCollection services, IConfiguration configuration, Action<RampartJobs> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(configure);
        var jobs = new RampartJobs();
        configure(jobs);

        services.AddSingleton(jobs);
        services.AddOptions<RampartJobsOptions>().BindConfiguration(RampartJobsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RampartJobsOptions>, RampartJobsOptionsValidator>());
        services.AddRampartMigrationRunner<JobStoreMigrationRunner>();
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(QuartzInstrumentation.ActivitySourceName));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(QuartzInstrumentation.MeterName));

        // Quartz takes its store and triggers while services are registered, so the settings are read here; the same
        // settings are validated before the host starts (RampartJobsOptionsValidator), which is where a bad value stops it.
        var settings = configuration.GetSection(RampartJobsOptions.SectionName).Get<RampartJobsOptions>() ?? new RampartJobsOptions();
        var connectionString = configuration.GetConnectionString(settings.ConnectionStringName) ?? string.Empty;
        // Every start stores the triggers again (a changed schedule takes effect); relative to the stored trigger, so the
        // firings missed while no instance ran are still seen as misfires and handled by the job's misfire rule.
        services.Configure<QuartzOptions>(quartz => quartz.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = settings.SchedulerName ?? Assembly.GetEntryAssembly()?.GetName().Name ?? "rampart";
                scheduler.GenerateInstanceId = true;
                scheduler.DefaultTimeZone = TimeZoneInfo.Utc;
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs; // running jobs see their token cancelled, then are awaited
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering(cluster => cluster.CheckinInterval = settings.CheckinInterval);
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = JobStoreSchema.Prefix(settings.Schema);
                    options.MisfireThreshold = settings.MisfireThreshold;
                    options.SchemaProvisioning = SchemaProvisioning.Validate;
                });
            });
            quartz.AddJobLogScope();
            quartz.AddJobTimeout(settings.JobTimeout);
            quartz.AddJobListener<JobRunLog>([GroupMatcher<JobKey>.GroupEquals(RampartJobs.Group)]);
            foreach (var job in jobs.Registrations)
            {
                Schedule(quartz, job, settings.Schedules.GetValueOrDefault(job.Name));
            }
        });

        if (settings.Enabled)
        {
            // Not Quartz's own hosted service: a job store that is down at start must not stop the service.
            services.TryAddSingleton(TimeProvider.System);
            services.AddHostedService<JobSchedulerService>();
        }

        return services;
    }

    private static void Schedule(IQuartzBuilder quartz, JobRegistration job, JobScheduleOptions? configured)
    {
        if (configured is { Enabled: false } || !CronExpression.TryParse(configured?.Cron ?? job.Cron, out var cron))
        {
            return; // switched off, or a cron the validator names before the host starts
        }

        var misfire = (configured?.Misfire ?? job.Misfire) == JobMisfire.Skip
            ? CronTriggerMisfireInstruction.DoNothing
            : CronTriggerMisfireInstruction.FireAndProceed;
        quartz.AddJob(job.JobType, detail => detail
            .WithIdentity(job.Name, RampartJobs.Group)
            .WithDescription(job.Description ?? job.Name)
            .DisallowConcurrentExecution());
        quartz.AddTrigger(trigger => trigger
            .ForJob(job.Name, RampartJobs.Group)
            .WithIdentity(job.Name, RampartJobs.Group)
            .WithCronSchedule(cron.WithTimeZone(TimeZoneInfo.Utc), schedule => schedule.WithMisfireInstruction(misfire)));
    }
}
