using Microsoft.AspNetCore.Http;

namespace Skeleton.Tests.Architecture.Planted.Application.Catalog;

/// <summary>Planted: a use case that reads the caller from the HTTP request instead of the current-user port.</summary>
internal sealed class UseCaseReadingHttpContext(IHttpContextAccessor http)
{
    public bool IsAdmin => http.HttpContext?.User.IsInRole("admin") == true;
}
