namespace Rampart.Advisor.Adr;

/// <summary>How an architecture decision record is numbered and labelled.</summary>
public sealed record AdrOptions
{
    /// <summary>The record's number, written as four digits. Defaults to 1 (<c>0001</c>).</summary>
    public int Number { get; init; } = 1;

    /// <summary>The status line. Defaults to <c>Accepted</c>.</summary>
    public string Status { get; init; } = "Accepted";

    /// <summary>The title after the number; null means <c>Architecture: &lt;pattern name&gt;</c>. Defaults to null.</summary>
    public string? Title { get; init; }
}
