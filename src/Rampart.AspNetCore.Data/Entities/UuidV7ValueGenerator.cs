using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace Rampart.AspNetCore.Data.Entities;

/// <summary>Generates UUIDv7 keys in the application, so ids are known before the insert and sort by creation time.</summary>
internal sealed class UuidV7ValueGenerator : ValueGenerator<Guid>
{
    public override bool GeneratesTemporaryValues => false;

    public override Guid Next(EntityEntry entry) => Guid.CreateVersion7();
}
