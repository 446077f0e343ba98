using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Mvc;

/// <summary>
/// Model binding that speaks like the minimal-API gate: field keys are JSON names, a route, query or header value that
/// does not convert or is missing gets the same message as there, and no implicit <c>[Required]</c> is added for
/// non-nullable references (the strict JSON reader already enforces required members and nullability, as it does for
/// minimal APIs; MVC would otherwise report the same field twice with another message).
/// </summary>
internal sealed class RampartMvcOptionsSetup : IConfigureOptions<MvcOptions>
{
    public const string InvalidValue = "The value is not valid for this parameter.";
    public const string MissingValue = "This parameter is required.";
    public const string MissingBody = "A request body is required.";

    public void Configure(MvcOptions options)
    {
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        options.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider());
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => InvalidValue);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => InvalidValue);
        messages.SetUnknownValueIsInvalidAccessor(_ => InvalidValue);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => InvalidValue);
        messages.SetValueIsInvalidAccessor(_ => InvalidValue);
        messages.SetValueMustBeANumberAccessor(_ => InvalidValue);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => InvalidValue);
        messages.SetValueMustNotBeNullAccessor(_ => MissingValue);
        messages.SetMissingBindRequiredValueAccessor(_ => MissingValue);
        messages.SetMissingKeyOrValueAccessor(() => MissingValue);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => MissingBody);
    }
}
