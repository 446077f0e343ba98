using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.RequestLimits;

/// <summary>
/// Raises Kestrel's request-line and header limits above the application's, so the application sees (and shapes)
/// requests over its own limits instead of Kestrel rejecting them with a bare status before any middleware runs.
/// </summary>
internal sealed class KestrelLimitsSetup(IOptions<RequestLimitsOptions> options) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        var limits = options.Value;
        var server = kestrel.Limits;
        server.MaxRequestLineSize = Math.Max(server.MaxRequestLineSize, limits.MaxUrlLength * RequestLimitsOptions.ServerHeadroom);
        server.MaxRequestHeadersTotalSize = Math.Max(server.MaxRequestHeadersTotalSize, limits.MaxHeadersBytes * RequestLimitsOptions.ServerHeadroom);
        server.Http2.MaxRequestHeaderFieldSize = Math.Max(server.Http2.MaxRequestHeaderFieldSize, limits.MaxHeadersBytes * RequestLimitsOptions.ServerHeadroom);
    }
}
