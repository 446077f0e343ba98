using Rampart.LocalServers;

namespace Rampart.Scaffolding.Doctor;

/// <summary>Which of the system's server programs (<see cref="SystemPrograms.All"/>) a solution's settings call for, and why.</summary>
internal static class SolutionPrograms
{
    public static bool NeededBy(this SystemProgram program, ProjectSettings settings) =>
        program == SystemPrograms.RabbitMq ? string.Equals(settings.Broker, "rabbitmq", StringComparison.OrdinalIgnoreCase)
        : program == SystemPrograms.Redis ? string.Equals(settings.Cache, "redis", StringComparison.OrdinalIgnoreCase)
        : true;

    public static string Because(this SystemProgram program) =>
        program == SystemPrograms.RabbitMq ? "rampart.json says \"broker\": \"rabbitmq\""
        : program == SystemPrograms.Redis ? "rampart.json says \"cache\": \"redis\""
        : "every generated service keeps its data in PostgreSQL";
}
