using System.Numerics;
using Skeleton.Domain.Common;

namespace Skeleton.Domain.GiftCards;

/// <summary>
/// The gift card's invariants: text 1–<see cref="GiftCard.TextMaxLength"/> characters and not only spaces, required
/// fields present, positive numbers above zero, enums among their values.
/// </summary>
public static class GiftCardRules
{
    public const string ValidationCode = "gift_cards.invalid";

    /// <summary>Field errors collected by <see cref="GiftCard.Create"/> and <see cref="GiftCard.Change"/>.</summary>
    public sealed class Violations
    {
        private readonly Dictionary<string, string[]> _fields = new(StringComparer.Ordinal);

        public bool Any => _fields.Count > 0;

        public void Text(string field, string? value, bool required)
        {
            if (value is null ? required : string.IsNullOrWhiteSpace(value) || value.Trim().Length > GiftCard.TextMaxLength)
            {
                Add(field, $"The {field} must be 1 to {GiftCard.TextMaxLength} characters, not only spaces.");
            }
        }

        public void Required<T>(string field, T? value)
            where T : struct
        {
            if (value is null)
            {
                Add(field, $"The {field} is required.");
            }
        }

        public void Positive<T>(string field, T? value)
            where T : struct, INumber<T>
        {
            if (value is { } number && number <= T.Zero)
            {
                Add(field, $"The {field} must be greater than 0.");
            }
        }

        public void Defined<T>(string field, T? value)
            where T : struct, Enum
        {
            if (value is { } member && !Enum.IsDefined(member))
            {
                Add(field, $"The {field} is not one of its values.");
            }
        }

        public Error ToError() => Error.Validation(ValidationCode, "The gift card is not valid; see errors.", _fields);

        private void Add(string field, string message) => _fields.TryAdd(field, [message]);
    }
}
