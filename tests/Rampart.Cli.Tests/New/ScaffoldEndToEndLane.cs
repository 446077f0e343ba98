namespace Rampart.Cli.Tests.New;

/// <summary>The end-to-end tests build whole solutions: they run one at a time so they do not compete for the machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScaffoldEndToEndLane
{
    public const string Name = "Scaffold end-to-end";
}
