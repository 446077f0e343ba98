using Rampart.AspNetCore.Envelopes;
using Skeleton.Application.Common;

namespace Skeleton.Api.Paging;

/// <summary>A use case's page in the contract's list envelope: <c>{data: […], meta: {limit, nextCursor}}</c>.</summary>
internal static class PageEnvelopes
{
    public static PageEnvelope<T> ToEnvelope<T>(this PagedList<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageEnvelope<T>(page.Items, new PageMeta(page.Limit, page.NextCursor));
    }
}
