using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Data.Entities;

namespace Skeleton.Tests.Architecture.Planted.Products;

/// <summary>Planted: an entity that saves itself.</summary>
internal sealed class PlantedProduct : Entity
{
    public Task<int> SaveAsync(DbContext db)
    {
        db.Add(this);
        return db.SaveChangesAsync();
    }
}
