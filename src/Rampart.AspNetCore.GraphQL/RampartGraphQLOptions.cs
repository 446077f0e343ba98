using System.ComponentModel.DataAnnotations;

namespace Rampart.AspNetCore.GraphQL;

/// <summary>The limits of the GraphQL endpoint (bound from <c>Rampart:GraphQL</c>, validated at start-up).</summary>
public sealed class RampartGraphQLOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:GraphQL";

    /// <summary>The deepest selection a document may nest (the operation's own fields are depth 1). Defaults to 10.</summary>
    [Range(1, 100, ErrorMessage = "a whole number from 1 to 100")]
    public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// The highest complexity a document may have: every field costs 1, and a field under a connection or list costs that
    /// much times its <c>first</c> (or the list multiplier). Defaults to 5000.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = "a whole number from 1 to 10000000")]
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>The largest <c>first</c> a connection accepts. Defaults to 100.</summary>
    [Range(1, 10_000, ErrorMessage = "a whole number from 1 to 10000")]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The longest query text accepted, in UTF-8 bytes, checked before it is parsed. Defaults to 16384.</summary>
    [Range(64, 1_048_576, ErrorMessage = "a whole number of bytes from 64 to 1048576")]
    public int MaxQueryBytes { get; set; } = 16_384;

    /// <summary>
    /// Whether introspection (<c>__schema</c>, <c>__type</c>) and the SDL at <c>{pattern}/schema.graphql</c> are served.
    /// Defaults to null: on in Development, off elsewhere.
    /// </summary>
    public bool? Introspection { get; set; }
}
