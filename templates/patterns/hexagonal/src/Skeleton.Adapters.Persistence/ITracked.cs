namespace Skeleton.Adapters.Persistence;

/// <summary>A core object and the record that stores it, paired for the scope by a repository.</summary>
internal interface ITracked
{
    /// <summary>Copies the core object's state onto the record, before the save.</summary>
    void Apply();

    /// <summary>Copies what the save decided (version, timestamps) back onto the core object.</summary>
    void Stamp();
}
