using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Rampart.Audit.Workspace;

/// <summary>A file analyzers read besides the code (configuration, request samples), loaded once on first use.</summary>
internal sealed class FileText(string path) : AdditionalText
{
    private SourceText? _text;

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        if (_text is not null)
        {
            return _text;
        }

        try
        {
            using var stream = File.OpenRead(Path);
            return _text = SourceText.From(stream, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
