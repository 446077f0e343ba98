using System.Text.RegularExpressions;

namespace Rampart.Scaffolding.Templates;

/// <summary>
/// Replaces a template's placeholder name with the user's name where it stands as a whole word (an identifier,
/// a namespace or path segment): <c>Skeleton</c> → <c>Shop</c> and its lower-case form <c>skeleton</c> → <c>shop</c>.
/// <c>SkeletonFactory</c> or <c>Skeletons</c> are left alone. The upper-case form is renamed only as the first segment of
/// an environment variable name: <c>SKELETON_TEST_POSTGRES</c> → <c>SHOP_TEST_POSTGRES</c>.
/// </summary>
internal sealed class Placeholder
{
    private readonly Regex _word;
    private readonly Regex _variable;
    private readonly string _upperName;
    private readonly string _name;
    private readonly string _lowerName;
    private readonly string _lowerPlaceholder;

    public Placeholder(string placeholder, string name)
    {
        _name = name;
        _lowerName = name.ToLowerInvariant();
        _lowerPlaceholder = placeholder.ToLowerInvariant();
        var alternatives = Regex.Escape(placeholder) + "|" + Regex.Escape(_lowerPlaceholder);
        _word = new Regex($"(?<![A-Za-z0-9_])(?:{alternatives})(?![A-Za-z0-9_])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        _upperName = name.ToUpperInvariant();
        _variable = new Regex($"(?<![A-Za-z0-9_]){Regex.Escape(placeholder.ToUpperInvariant())}(?=_[A-Z0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    }

    public string Replace(string text) =>
        _variable.Replace(
            _word.Replace(text, match => string.Equals(match.Value, _lowerPlaceholder, StringComparison.Ordinal) ? _lowerName : _name),
            _upperName);
}
