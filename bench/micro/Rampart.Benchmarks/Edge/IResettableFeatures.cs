namespace Rampart.Benchmarks.Edge;

/// <summary>A feature collection that can forget what the application added during a request.</summary>
internal interface IResettableFeatures
{
    /// <summary>Marks the features present now as the server's own.</summary>
    void SealServerFeatures();

    /// <summary>Removes every feature that is not the server's own.</summary>
    void ResetToServerFeatures();
}
