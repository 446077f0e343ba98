using System.Text;

namespace Rampart.Scaffolding.Templates;

/// <summary>
/// Turns a template folder into the files of a new solution, in memory: excluded and conditional files dropped,
/// the placeholder renamed in paths and contents, option directives evaluated. Writes nothing.
/// </summary>
internal static class TemplateInstantiator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<PlannedFile> Plan(string templateDirectory, TemplateManifest manifest, string name, IReadOnlySet<string> defined)
    {
        var placeholder = new Placeholder(manifest.Placeholder, name);
        var templateSymbols = manifest.Symbols.Keys.ToHashSet(StringComparer.Ordinal);
        var files = new List<PlannedFile>();
        foreach (var path in Directory.EnumerateFiles(templateDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(templateDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
            if (manifest.Exclude.Any(glob => PathGlob.IsMatch(glob, relative))
                || manifest.ConditionalFiles.Any(file => PathGlob.IsMatch(file.Glob, relative) && !file.Keeps(defined)))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var target = placeholder.Replace(relative);
            if (IsBinary(bytes))
            {
                files.Add(new PlannedFile(target, bytes));
                continue;
            }

            var text = Utf8.GetString(bytes);
            text = ConditionalText.Apply(text, templateSymbols, defined, relative);
            text = placeholder.Replace(text);
            files.Add(new PlannedFile(target, Utf8.GetBytes(text)));
        }

        return files;
    }

    private static bool IsBinary(ReadOnlySpan<byte> bytes) => bytes.Contains((byte)0);
}
