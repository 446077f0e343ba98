namespace Rampart.AspNetCore.Envelope;

/// <summary>The success envelope for a page of a collection: <c>{"data": […], "meta": {"limit": n, "nextCursor": …}}</c>.</summary>
/// <typeparam name="TItem">The item's response schema.</typeparam>
/// <param name="Data">The items of this page, in the collection's stable order.</param>
/// <param name="Meta">The page size asked for and the cursor of the next page.</param>
public sealed record PageEnvelope<TItem>(IReadOnlyList<TItem> Data, PageMeta Meta);
