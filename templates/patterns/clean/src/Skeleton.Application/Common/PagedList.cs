namespace Skeleton.Application.Common;

/// <summary>One page of a list: its items, the limit asked for, and the cursor of the next page (null on the last).</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Limit, string? NextCursor);
