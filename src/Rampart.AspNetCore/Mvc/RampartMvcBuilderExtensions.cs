using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Mvc;
using Rampart.AspNetCore.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Gives <c>[ApiController]</c> controllers the same gate as minimal APIs.</summary>
public static class RampartMvcBuilderExtensions
{
    /// <summary>
    /// Reads controller bodies with <see cref="StrictJson"/> (unknown members, duplicates, NUL and unpaired surrogates
    /// rejected), names fields by their JSON names, and answers every model-binding and validation failure with the
    /// same <c>validation.failed</c> problem, field keys and messages as the minimal-API gate, through the framework's
    /// <see cref="ApiBehaviorOptions.InvalidModelStateResponseFactory"/>. Call it on <c>AddControllers()</c>; pair it
    /// with <c>AddRampartDefaults()</c>, whose problem details, limits and identity serve controllers unchanged.
    /// </summary>
    /// <example><c>builder.Services.AddControllers().AddRampart();</c></example>
    public static IMvcBuilder AddRampart(this IMvcBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddJsonOptions(options =>
        {
            StrictJson.Apply(options.JsonSerializerOptions);

            // The reader's exception reaches the model state only when its message is not taken for one safe to show;
            // the factory translates it, as the minimal-API gate does, and never shows the reader's own words.
            options.AllowInputFormatterExceptionMessages = false;
        });
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<MvcOptions>, RampartMvcOptionsSetup>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<ApiBehaviorOptions>, RampartApiBehaviorSetup>());
        return builder;
    }
}
