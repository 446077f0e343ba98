using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Skeleton.Data;

namespace Skeleton.Tests.Architecture.Planted.Tags;

/// <summary>Allowed: a resource without a service, whose controller reads through EF Core directly.</summary>
[ApiController]
[NonController]
[Authorize]
internal sealed class PlantedTagsController(AppDbContext db) : ControllerBase
{
    public Task<int> CountAsync() => db.Database.ExecuteSqlRawAsync("SELECT 1");
}
