using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Skeleton.Data;

namespace Skeleton.Tests.Architecture.Planted.Products;

/// <summary>Planted: a controller that queries the DbContext although its resource has a service.</summary>
[ApiController]
[NonController]
[Authorize]
internal sealed class PlantedProductsController(AppDbContext db) : ControllerBase
{
    public Task<int> CountAsync() => db.Database.ExecuteSqlRawAsync("SELECT 1");
}
