namespace Rampart.Bench.Baseline;

/// <summary>The <c>{"data": […], "meta": {…}}</c> envelope of a page.</summary>
internal sealed record PageEnvelope<TItem>(IReadOnlyList<TItem> Data, PageMeta Meta);
