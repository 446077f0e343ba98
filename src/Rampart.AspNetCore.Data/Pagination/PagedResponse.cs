namespace Rampart.AspNetCore.Data.Pagination;

/// <summary>A collection response: <c>{"data": [...], "meta": {...}}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Data">The items.</param>
/// <param name="Meta">Paging information.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Data, PageMeta Meta);
