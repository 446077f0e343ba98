namespace Skeleton.Core.Common;

/// <summary>Which page of a list: its size and the opaque cursor of the previous page (null for the first).</summary>
public sealed record PageQuery(int Limit, string? Cursor);
