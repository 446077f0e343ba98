#if RAMPART_ITEM_BODY
using Skeleton.Domain.Common;

namespace Skeleton.Application.Gadgets.RegisterGadget;

/// <summary>
/// The rules of a <see cref="RegisterGadgetCommand"/>: a name of 1–200 characters. The use case checks them for every
/// caller (an endpoint's gate is not the only way in); field errors name the field as the JSON does.
/// </summary>
public static class RegisterGadgetValidation
{
    public const string InvalidCode = "validation.failed";
    public const int NameMaxLength = 200;

    /// <summary>Null when the command is valid, else the error with a message per field.</summary>
    public static Error? Validate(RegisterGadgetCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Length > NameMaxLength)
        {
            errors["name"] = [$"Give a name of 1 to {NameMaxLength} characters."];
        }

        return errors.Count > 0 ? Error.Validation(InvalidCode, "The request is not valid.", errors) : null;
    }
}
#endif
