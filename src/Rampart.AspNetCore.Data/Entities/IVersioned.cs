namespace Rampart.AspNetCore.Data.Entities;

/// <summary>An entity with a <c>version</c> concurrency token, incremented on every update.</summary>
public interface IVersioned
{
    /// <summary>The version; 1 after insert, +1 on each saved change. Sent as the HTTP <c>ETag</c>.</summary>
    long Version { get; set; }
}
