using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rampart.AspNetCore.Envelope;

/// <summary>
/// Typed results that wrap a response in the success envelope. They are <c>TypedResults</c>, so the OpenAPI
/// document shows the enveloped schema without any attribute.
/// </summary>
public static class Envelope
{
    /// <summary>200 with <c>{"data": data}</c>.</summary>
    public static Ok<DataEnvelope<TData>> Ok<TData>(TData data) => TypedResults.Ok(new DataEnvelope<TData>(data));

    /// <summary>201 with a <c>Location</c> header and <c>{"data": data}</c>.</summary>
    public static Created<DataEnvelope<TData>> Created<TData>(string location, TData data) =>
        TypedResults.Created(location, new DataEnvelope<TData>(data));

    /// <summary>200 with a page: <c>{"data": items, "meta": {"limit": limit, "nextCursor": nextCursor}}</c>.</summary>
    public static Ok<PageEnvelope<TItem>> Page<TItem>(IReadOnlyList<TItem> items, int limit, string? nextCursor) =>
        TypedResults.Ok(new PageEnvelope<TItem>(items, new PageMeta(limit, nextCursor)));
}
