using Microsoft.AspNetCore.Mvc.ModelBinding;
using Rampart.AspNetCore.Data.Pagination;

namespace Rampart.AspNetCore.Data.Mvc;

/// <summary>
/// Binds a <see cref="PageRequest"/> action parameter from <c>limit</c> and <c>cursor</c> with the rules of its
/// minimal-API <c>BindAsync</c>: a bad limit or a forged cursor throws, and the edge answers it with the same problem.
/// </summary>
internal sealed class PageRequestModelBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        bindingContext.Result = ModelBindingResult.Success(await PageRequest.BindAsync(bindingContext.HttpContext));
    }
}
