namespace Rampart.Scaffolding.Doctor;

/// <summary>How one check came out.</summary>
public enum DoctorStatus
{
    /// <summary>Present and usable.</summary>
    Ok,

    /// <summary>Worth knowing, but <c>rampart dev</c> can run (it installs or works around it).</summary>
    Note,

    /// <summary><c>rampart dev</c> cannot run until this is fixed.</summary>
    Failed,
}
