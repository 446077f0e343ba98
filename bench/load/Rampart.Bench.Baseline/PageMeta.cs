namespace Rampart.Bench.Baseline;

/// <summary>A page's size and the cursor of the next page (null on the last page).</summary>
internal sealed record PageMeta(int Limit, string? NextCursor);
