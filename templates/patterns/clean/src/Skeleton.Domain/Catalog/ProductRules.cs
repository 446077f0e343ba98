using System.Text.RegularExpressions;
using Skeleton.Domain.Common;

namespace Skeleton.Domain.Catalog;

/// <summary>The catalog's rules: sku 1–64 of <c>[A-Z0-9-]</c>, name 1–200, price &gt; 0 with 2 decimals, stock ≥ 0.</summary>
public static partial class ProductRules
{
    public const int SkuMaxLength = 64;
    public const int NameMaxLength = 200;
    public const decimal PriceMax = 9_999_999_999.99m;
    public const string PriceMinText = "0.01";
    public const string PriceMaxText = "9999999999.99";
    public const string SkuPatternText = "^[A-Z0-9-]+$";
    public const string SkuMessage = "The sku must be 1 to 64 characters of A-Z, 0-9 and '-'.";
    public const string ValidationCode = "catalog.invalid_product";

    public static void CheckSku(string? sku, Violations errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(sku) || sku.Length > SkuMaxLength || !SkuPattern().IsMatch(sku))
        {
            errors.Add("sku", SkuMessage);
        }
    }

    public static void CheckName(string? name, bool required, Violations errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (name is null ? required : string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            errors.Add("name", $"The name must be 1 to {NameMaxLength} characters, not only spaces.");
        }
    }

    public static void CheckPrice(decimal? price, bool required, Violations errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (price is null ? required : price <= 0 || price > PriceMax || decimal.Round(price.Value, 2) != price)
        {
            errors.Add("price", "The price must be greater than 0, with at most 2 decimal places.");
        }
    }

    public static void CheckStock(int? stock, bool required, Violations errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (stock is null ? required : stock < 0)
        {
            errors.Add("stock", "The stock must be 0 or more.");
        }
    }

    [GeneratedRegex(SkuPatternText, RegexOptions.CultureInvariant)]
    private static partial Regex SkuPattern();

    /// <summary>Field errors collected by the checks above.</summary>
    public sealed class Violations
    {
        private readonly Dictionary<string, string[]> _fields = new(StringComparer.Ordinal);

        public bool Any => _fields.Count > 0;

        public void Add(string field, string message) => _fields[field] = [message];

        public Error ToError() => Error.Validation(ValidationCode, "The product is not valid; see errors.", _fields);
    }
}
