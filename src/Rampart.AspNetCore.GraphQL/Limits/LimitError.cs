using GraphQL.Validation;

namespace Rampart.AspNetCore.GraphQL.Limits;

/// <summary>A document refused by one of the configured limits, with the limit's code.</summary>
internal sealed class LimitError : ValidationError
{
    public LimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
