namespace Skeleton.Core.Common;

/// <summary>One page of a list, newest first, and the cursor of the next page (null on the last).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Limit, string? NextCursor);
