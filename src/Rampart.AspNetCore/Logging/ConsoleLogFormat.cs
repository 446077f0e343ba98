namespace Rampart.AspNetCore.Logging;

/// <summary>How the console logs are written: the <c>Rampart:Logging:Format</c> setting.</summary>
public enum ConsoleLogFormat
{
    /// <summary>Readable lines in the Development environment, JSON lines everywhere else (the default).</summary>
    Auto,

    /// <summary>One JSON object per line, whatever the environment (what log collectors read).</summary>
    Json,

    /// <summary>One readable line per event, whatever the environment (what a person at a terminal reads).</summary>
    Text,
}
