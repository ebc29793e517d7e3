using System;
using System.IO;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AkoolPS.Guard;

/// <summary>
/// Points assembly loading at the module's "dependencies" folder. It runs in the nested module, before
/// PowerShell reads the cmdlet assembly: the cmdlets' public types use the client's types (the job kinds,
/// say), so the client must be loadable before the cmdlets are, not only when they first run.
/// On PowerShell 7 the dependencies go into a private load context (AkoolPS.Isolation.dll), so that
/// the Polly, Microsoft.Extensions.* and Microsoft.Bcl.AsyncInterfaces that PowerShell or other
/// modules loaded cannot clash with the module's own; on Windows PowerShell 5.1 they are resolved
/// from the folder, for the module's own assemblies only and only at the versions it shipped, and TLS 1.2
/// is switched on (.NET Framework may offer only TLS 1.0 and 1.1, which Akool refuses). A development
/// build, with everything beside the cmdlet assembly, needs no resolving.
/// </summary>
internal static class DependencyRouting
{
    internal const string DependencyFolderName = "dependencies";
    private const string IsolationAssembly = "AkoolPS.Isolation.dll";
    private const string LoaderType = "AkoolPS.Isolation.DependencyLoader";

    // The assemblies the cmdlets name directly; everything else is found from them.
    private static readonly string[] EntryAssemblies = { "AkoolPS.Client" };

    private static string? frameworkFolder;

    /// <summary>Starts routing; called once the version guard has let the import go on.</summary>
    public static void Start()
    {
        var root = Path.GetDirectoryName(typeof(DependencyRouting).Assembly.Location)!;
        var dependencies = Path.Combine(root, DependencyFolderName);
        var onFramework = RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
        if (onFramework)
        {
            AllowTls12();
        }

        if (!Directory.Exists(dependencies))
        {
            return;
        }

        if (onFramework)
        {
            frameworkFolder = dependencies;
            AppDomain.CurrentDomain.AssemblyResolve -= ResolveOnFramework;
            AppDomain.CurrentDomain.AssemblyResolve += ResolveOnFramework;
            return;
        }

        Loader(root)?.GetMethod("Register")!.Invoke(null, new object[] { dependencies, EntryAssemblies });
    }

    /// <summary>Stops routing (Remove-Module).</summary>
    public static void Stop()
    {
        AppDomain.CurrentDomain.AssemblyResolve -= ResolveOnFramework;
        var root = Path.GetDirectoryName(typeof(DependencyRouting).Assembly.Location)!;
        if (frameworkFolder is null && Directory.Exists(Path.Combine(root, DependencyFolderName)))
        {
            Loader(root)?.GetMethod("Unregister")!.Invoke(null, null);
        }
    }

    /// <summary>
    /// Adds TLS 1.2 to what the host allows, never taking away: the client sets up HTTP elsewhere, this runs first.
    /// A method of its own so that on PowerShell 7, where it is never called, compiling <see cref="Start"/> does not
    /// load System.Net.Requests into the session just to name ServicePointManager.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AllowTls12() => ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;

    private static Type? Loader(string root)
    {
        var path = Path.Combine(root, IsolationAssembly);
        return File.Exists(path) ? Assembly.LoadFrom(path).GetType(LoaderType, throwOnError: true) : null;
    }

    private static Assembly? ResolveOnFramework(object? sender, ResolveEventArgs args)
    {
        var folder = frameworkFolder;
        if (folder is null)
        {
            return null;
        }

        var requested = new AssemblyName(args.Name);
        var path = Path.Combine(folder, requested.Name + ".dll");
        if (!File.Exists(path))
        {
            return null;
        }

        var shipped = AssemblyName.GetAssemblyName(path);
        return Answers(requested, shipped, args.RequestingAssembly?.Location, folder) ? Assembly.LoadFrom(path) : null;
    }

    /// <summary>
    /// Whether the handler (one for the whole AppDomain) answers a request: only for an assembly the module
    /// shipped, at a version no newer than the one it shipped (binding redirects of the module's own graph
    /// ask for older ones), and never for a request another module made from its own folder, which must
    /// get its own version or fail as it would without AkoolPS.
    /// </summary>
    internal static bool Answers(AssemblyName requested, AssemblyName shipped, string? requestingLocation, string dependencyFolder)
    {
        if (!string.Equals(requested.Name, shipped.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (requested.Version is { } wanted && shipped.Version is { } have && wanted > have)
        {
            return false;
        }

        if (string.IsNullOrEmpty(requestingLocation))
        {
            return true;
        }

        var moduleRoot = Path.GetDirectoryName(Path.GetFullPath(dependencyFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))!;
        var requester = Path.GetDirectoryName(Path.GetFullPath(requestingLocation))!;
        return IsUnder(requester, moduleRoot);
    }

    private static bool IsUnder(string path, string folder)
    {
        var a = path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var b = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return a.StartsWith(b, StringComparison.OrdinalIgnoreCase);
    }
}
