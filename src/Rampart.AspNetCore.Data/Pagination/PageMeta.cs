namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>Paging information of a collection response.</summary>
/// <param name="Limit">The page size asked for.</param>
/// <param name="NextCursor">Pass it as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record PageMeta(int Limit, string? NextCursor);
