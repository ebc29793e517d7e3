using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AkoolPS.Guard;

/// <summary>
/// Points assembly loading at the module's "dependencies" folder. It runs in the nested module, before
/// PowerShell reads the cmdlet assembly: the cmdlets' public types use the client's types (the job kinds,
/// say), so the client must be loadable before the cmdlets are, not only when they first run.
/// On PowerShell 7 the dependencies go into a private load context (AkoolPS.Isolation.dll), so that
/// the Polly, Microsoft.Extensions.* and Microsoft.Bcl.AsyncInterfaces that PowerShell or other
/// modules loaded cannot clash with the module's own; on Windows PowerShell 5.1 they are resolved
/// from the folder. A development build, with everything beside the cmdlet assembly, needs neither.
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
        if (!Directory.Exists(dependencies))
        {
            return;
        }

        if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
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

    private static Type? Loader(string root)
    {
        var path = Path.Combine(root, IsolationAssembly);
        return File.Exists(path) ? Assembly.LoadFrom(path).GetType(LoaderType, throwOnError: true) : null;
    }

    private static Assembly? ResolveOnFramework(object? sender, ResolveEventArgs args)
    {
        var path = Path.Combine(frameworkFolder!, new AssemblyName(args.Name).Name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
