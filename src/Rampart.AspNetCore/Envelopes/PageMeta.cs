using System.ComponentModel;

namespace Rampart.AspNetCore.Envelopes;

/// <summary>The <c>meta</c> of a page: the page size used and the opaque cursor of the next page (null on the last page).</summary>
/// <param name="Limit">The page size used.</param>
/// <param name="NextCursor">The cursor to pass as <c>cursor</c> for the next page; null when this is the last page.</param>
[ImmutableObject(true)]
public sealed record PageMeta(int Limit, string? NextCursor);
