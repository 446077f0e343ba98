using System.ComponentModel;

namespace Rampart.AspNetCore.Envelopes;

/// <summary>The success envelope for one resource: <c>{"data": …}</c>.</summary>
/// <typeparam name="TData">The resource's response schema.</typeparam>
/// <param name="Data">The resource.</param>
/// <remarks>Immutable, as <see cref="PageEnvelope{TItem}"/> is: a cached envelope is served as the stored instance.</remarks>
[ImmutableObject(true)]
public sealed record DataEnvelope<TData>(TData Data);
