using System;
using System.Management.Automation;

namespace AkoolPS.Guard;

/// <summary>
/// .NET holds one AkoolPS.dll per process, and PowerShell, asked to import another version of it, quietly hands
/// back the one already loaded: the session would then run the old code under the new version's name. This
/// guard runs first (the manifest's NestedModules) and stops such an import with words that say what to do.
/// It costs one look at the loaded assemblies; a script root module doing the same costs a tenth of a pwsh start.
/// Once it lets the import go on, it routes the loading of the module's dependencies (<see cref="DependencyRouting"/>).
/// </summary>
public sealed class VersionGuard : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <inheritdoc />
    public void OnImport()
    {
        var mine = typeof(VersionGuard).Assembly.GetName().Version ?? new Version(0, 0, 0);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
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

    private static bool SameRelease(Version a, Version b) =>
        a.Major == b.Major && a.Minor == b.Minor && Math.Max(a.Build, 0) == Math.Max(b.Build, 0);

    private static string Text(Version version) => $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
}
