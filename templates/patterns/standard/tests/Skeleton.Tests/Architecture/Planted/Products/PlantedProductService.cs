using Microsoft.AspNetCore.Mvc;

namespace Skeleton.Tests.Architecture.Planted.Products;

/// <summary>Planted: a service that answers HTTP itself.</summary>
internal sealed class PlantedProductService(int stock)
{
    public IActionResult Find() => stock > 0 ? new OkResult() : new NotFoundResult();

    public int Stock() => stock;
}
