using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Skeleton.Tests.Architecture;

/// <summary>Reads which assemblies the service's compiled assemblies reference, from their metadata.</summary>
internal static class CompiledAssemblies
{
    /// <summary>References of every assembly named <paramref name="prefix"/>* in <paramref name="directory"/>, test assemblies aside.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReferencesOf(string directory, string prefix)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, prefix + "*.dll"))
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var name = metadata.GetString(metadata.GetAssemblyDefinition().Name);
            if (name.EndsWith(".Tests", StringComparison.Ordinal))
            {
                continue;
            }

            result[name] = [.. metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))];
        }

        return result;
    }
}
