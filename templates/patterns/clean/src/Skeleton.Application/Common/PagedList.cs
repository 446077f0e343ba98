using System.ComponentModel;

namespace Skeleton.Application.Common;

/// <summary>One page of a list: its items, the limit asked for, and the cursor of the next page (null on the last).</summary>
/// <remarks>Immutable: the in-process cache hands this same instance to every read instead of deserialising a copy.</remarks>
[ImmutableObject(true)]
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Limit, string? NextCursor);
