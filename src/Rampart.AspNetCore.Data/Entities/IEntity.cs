namespace Rampart.AspNetCore.Data.Entities;

/// <summary>An entity with an application-generated UUIDv7 primary key (time-ordered, so inserts stay index-friendly).</summary>
public interface IEntity
{
    /// <summary>The primary key; generated with <see cref="Guid.CreateVersion7()"/> when left empty.</summary>
    Guid Id { get; }
}
