namespace Rampart.LocalServers;

/// <summary>
/// The one lookup the tests' servers share: the value of the environment variable the tests name when it is set (CI
/// with a server of its own), else the private server started once per test process; a server that cannot start is
/// one line naming the fix.
/// </summary>
internal static class TestServer
{
    public static async Task<string> ResolveAsync(string variable, Lazy<Task<string>> shared, Func<LocalServerException, string> explain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var configured = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        try
        {
            return await shared.Value.ConfigureAwait(false);
        }
        catch (LocalServerException ex)
        {
            throw new InvalidOperationException(explain(ex), ex);
        }
    }
}
