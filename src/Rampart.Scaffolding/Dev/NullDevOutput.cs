namespace Rampart.Scaffolding.Dev;

/// <summary>Discards everything.</summary>
internal sealed class NullDevOutput : IDevOutput
{
    public static readonly NullDevOutput Instance = new();

    public void Info(string message)
    {
    }

    public void Log(string source, string line)
    {
    }
}
