using Microsoft.AspNetCore.Mvc;

namespace Skeleton.Tests.Architecture.Planted.Domain.Orders;

/// <summary>Planted: a domain rule that answers in ASP.NET Core's problem details instead of a domain error.</summary>
internal static class OrderAnsweringHttp
{
    public static ProblemDetails CannotCancel() => new() { Status = 409, Detail = "The order cannot be cancelled." };
}
