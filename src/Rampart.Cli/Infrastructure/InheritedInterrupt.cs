using System.Globalization;
using System.Runtime.InteropServices;

namespace Rampart.Cli.Infrastructure;

/// <summary>
/// A shell without job control starts background commands with SIGINT ignored, and .NET keeps an ignored SIGINT
/// ignored: <c>rampart dev</c> started by a script, a CI step or a test host would then never see the SIGINT sent to
/// stop it, and keep its service and servers running. <see cref="Restore"/> gives SIGINT back its default before the
/// process subscribes to Ctrl-C, so an explicit interrupt stops a verb as cleanly as Ctrl-C at a terminal does.
/// </summary>
internal static class InheritedInterrupt
{
    private const int SigInt = 2;

    /// <summary>Restores the default disposition of SIGINT when it was inherited ignored (Linux; elsewhere nothing).</summary>
    public static void Restore()
    {
        if (OperatingSystem.IsLinux() && IsIgnored(File.ReadAllLines("/proc/self/status")))
        {
            _ = Signal(SigInt, IntPtr.Zero); // SIG_DFL; the runtime installs its handler when Ctrl-C is subscribed.
        }
    }

    /// <summary>Whether <c>/proc/self/status</c>'s <c>SigIgn</c> mask has SIGINT's bit.</summary>
    internal static bool IsIgnored(IEnumerable<string> status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var line = status.FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (SigInt - 1))) != 0;
    }

    [DllImport("libc", EntryPoint = "signal")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr Signal(int signal, IntPtr handler);
}
