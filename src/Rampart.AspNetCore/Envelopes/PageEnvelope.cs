using System.ComponentModel;

namespace Rampart.AspNetCore.Envelopes;

/// <summary>The success envelope for a page of a collection: <c>{"data": […], "meta": {"limit": n, "nextCursor": …}}</c>.</summary>
/// <typeparam name="TItem">The item's response schema.</typeparam>
/// <param name="Data">The items of this page, in the collection's stable order.</param>
/// <param name="Meta">The page size asked for and the cursor of the next page.</param>
/// <remarks>
/// Immutable (sealed, <see cref="ImmutableObjectAttribute"/>): a cache that keeps values in process (HybridCache) hands the
/// stored instance to every read instead of deserialising a copy; the items must be immutable too, as response records are.
/// </remarks>
[ImmutableObject(true)]
public sealed record PageEnvelope<TItem>(IReadOnlyList<TItem> Data, PageMeta Meta);
