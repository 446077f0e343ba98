using Microsoft.AspNetCore.Mvc.ModelBinding;
using Rampart.AspNetCore.Data.Concurrency;

namespace Rampart.AspNetCore.Data.Mvc;

/// <summary>
/// Binds an <see cref="ExpectedVersion"/> action parameter from <c>If-Match</c> with the rules of its minimal-API
/// <c>BindAsync</c>: a refusal throws, and the edge answers it with the same problem.
/// </summary>
internal sealed class ExpectedVersionModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        bindingContext.Result = ModelBindingResult.Success(ExpectedVersion.Read(bindingContext.HttpContext));
        return Task.CompletedTask;
    }
}
