using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Rampart.AspNetCore.Envelopes;

namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>The gadgets of <see cref="GadgetEndpoints"/> as a controller: v1 (deprecated) and v2 of one action.</summary>
[ApiController]
[ApiVersion("1", Deprecated = true)]
[ApiVersion("2")]
[Route("api/v{version:apiVersion}/mvc/gadgets")]
public sealed class GadgetsController : ControllerBase
{
    [HttpGet("{id:guid}")]
    [MapToApiVersion("1")]
    public ActionResult<DataEnvelope<Gadget>> Get(Guid id) => Ok(new DataEnvelope<Gadget>(new Gadget(id, 12.5m)));

    [HttpGet("{id:guid}")]
    [MapToApiVersion("2")]
    public ActionResult<DataEnvelope<GadgetV2>> GetV2(Guid id) => Ok(new DataEnvelope<GadgetV2>(new GadgetV2(id, new Money(12.5m, "EUR"))));
}
