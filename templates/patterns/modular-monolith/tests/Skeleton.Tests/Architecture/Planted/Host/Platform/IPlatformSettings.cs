namespace Skeleton.Tests.Architecture.Planted.Host.Platform;

/// <summary>Stands for the composition root's own settings.</summary>
internal interface IPlatformSettings;
