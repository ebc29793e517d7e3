using System;
using System.Management.Automation;
using System.Runtime.InteropServices;

namespace AkoolPS.Guard;

/// <summary>
/// .NET holds one AkoolPS.dll per process, and PowerShell, asked to import another version of it, quietly hands
/// back the one already loaded: the session would then run the old code under the new version's name. This
/// guard runs first (the manifest's NestedModules) and stops such an import with words that say what to do.
/// It costs one look at the loaded assemblies; a script root module doing the same costs a tenth of a pwsh start.
/// Once it lets the import go on, it routes the loading of the module's dependencies (<see cref="DependencyRouting"/>).
/// It also refuses PowerShell 7.0-7.3, which the manifest's PowerShellVersion = '5.1' cannot keep out: their .NET
/// (5, 6 or 7) cannot load the module's net8.0 dependency loader.
/// </summary>
public sealed class VersionGuard : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <summary>The first PowerShell 7 the module loads in: the first on .NET 8.</summary>
    internal static readonly Version MinimumCore = new(7, 4);

    /// <inheritdoc />
    public void OnImport()
    {
        var desktop = RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
        if (Refusal(desktop, typeof(PSObject).Assembly.GetName().Version) is { } refusal)
        {
            throw new NotSupportedException(refusal);
        }

        var mine = typeof(VersionGuard).Assembly.GetName().Version ?? new Version(0, 0, 0);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            // The full name is cached by the runtime; GetName() parses a new AssemblyName for each of the ~75
            // assemblies a session holds, so it is asked only of the one that can be AkoolPS.
            if (assembly.FullName?.StartsWith("AkoolPS,", StringComparison.Ordinal) != true)
            {
                continue;
            }

            var name = assembly.GetName();
            if (name.Name == "AkoolPS" && name.Version is { } loaded && !SameRelease(loaded, mine))
            {
                throw new InvalidOperationException(
                    $"AkoolPS {Text(loaded)} is already loaded in this PowerShell session, so AkoolPS {Text(mine)} cannot load next to it. " +
                    $"Start a new session (pwsh) to use AkoolPS {Text(mine)}, or go on with the version already loaded.");
            }
        }

        DependencyRouting.Start();
    }

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyRouting.Stop();

    /// <summary>
    /// Why this PowerShell cannot run the module, or null when it can: Windows PowerShell 5.1 (on .NET Framework)
    /// and PowerShell 7.4 and later can. <paramref name="powershell"/> is the version of System.Management.Automation,
    /// which is PowerShell's own (7.3.9 is 7.3.9.500).
    /// </summary>
    internal static string? Refusal(bool desktop, Version? powershell)
    {
        if (desktop || powershell is null || powershell >= MinimumCore)
        {
            return null;
        }

        return $"AkoolPS needs PowerShell {MinimumCore.Major}.{MinimumCore.Minor} or later (or Windows PowerShell 5.1); this is PowerShell {Text(powershell)}, " +
            $"whose .NET cannot load the module. Install PowerShell {MinimumCore.Major}.{MinimumCore.Minor} or later (https://aka.ms/powershell-release?tag=lts) and import AkoolPS there.";
    }

    private static bool SameRelease(Version a, Version b) =>
        a.Major == b.Major && a.Minor == b.Minor && Math.Max(a.Build, 0) == Math.Max(b.Build, 0);

    private static string Text(Version version) => $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
}
