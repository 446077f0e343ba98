using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Messaging.Inbox;

namespace Rampart.AspNetCore.Messaging;

/// <summary>
/// One <c>AddRampartMessaging&lt;TDbContext&gt;</c> registration: the DbContext that holds its outbox and its
/// consumers' inbox, and the name of its <see cref="MessagingOptions"/> (named options, one per DbContext).
/// </summary>
internal sealed record MessagingContext(Type DbContextType)
{
    /// <summary>The name of this context's <see cref="MessagingOptions"/>.</summary>
    public string Name => NameOf(DbContextType);

    /// <summary>The consumer pipeline that delivers into this context's inbox.</summary>
    public Type PipelineType => typeof(ConsumerPipeline<>).MakeGenericType(DbContextType);

    public static string NameOf(Type dbContextType) => dbContextType.FullName ?? dbContextType.Name;

    public static string NameOf<TDbContext>()
        where TDbContext : DbContext => NameOf(typeof(TDbContext));
}
