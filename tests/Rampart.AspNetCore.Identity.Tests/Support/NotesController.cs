using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rampart.AspNetCore.Envelopes;
using Rampart.AspNetCore.Errors;

namespace Rampart.AspNetCore.Identity.Tests;

/// <summary>The identity-guarded routes of <see cref="IdentityTestHost"/>, written as an <c>[ApiController]</c>.</summary>
[ApiController]
[Route("api/v1/mvc")]
[Authorize]
public sealed class NotesController(ICurrentUser caller, IdentityTestDbContext db) : ControllerBase
{
    [HttpGet("admin/ping")]
    [Authorize(Policy = RampartPolicies.Admin)]
    public ActionResult<DataEnvelope<string>> Ping() => Ok(new DataEnvelope<string>("pong"));

    [HttpGet("me")]
    public DataEnvelope<Guid?> Me() => new(caller.Id);

    [HttpPost("notes")]
    public async Task<ActionResult<DataEnvelope<Note>>> Create(IdentityTestHost.NoteRequest request)
    {
        var note = new Note { Id = Guid.CreateVersion7(), OwnerId = caller.RequireId(), Text = request.Text };
        db.Notes.Add(note);
        await db.SaveChangesAsync();
        return Created($"/api/v1/mvc/notes/{note.Id}", new DataEnvelope<Note>(note));
    }

    [HttpGet("notes/{id:guid}")]
    public async Task<ActionResult<DataEnvelope<Note>>> Get(Guid id)
    {
        var note = await db.Notes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id);
        return note is not null && caller.IsOwnerOrAdmin(note.OwnerId)
            ? new DataEnvelope<Note>(note)
            : Error.NotFound("notes.note_not_found", "There is no note with this id.").ToActionResult();
    }
}
