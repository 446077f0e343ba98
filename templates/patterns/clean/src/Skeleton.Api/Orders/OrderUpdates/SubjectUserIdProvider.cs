using Microsoft.AspNetCore.SignalR;
using Rampart.AspNetCore.Identity;

namespace Skeleton.Api.Orders.OrderUpdates;

/// <summary>SignalR's user id is the identity's user id (the token's <c>sub</c> claim), so <c>Clients.User(customerId)</c> works.</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.FindFirst(RampartClaimTypes.Subject)?.Value;
}
