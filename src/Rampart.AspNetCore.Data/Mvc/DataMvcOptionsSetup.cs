using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Data.Mvc;

/// <summary>
/// Adds <see cref="DataActionConvention"/> to MVC, registered by the data blocks themselves so a controller service
/// needs no extra call; without MVC nothing reads it.
/// </summary>
internal sealed class DataMvcOptionsSetup : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        if (!options.Conventions.OfType<DataActionConvention>().Any())
        {
            options.Conventions.Add(new DataActionConvention());
        }
    }
}
