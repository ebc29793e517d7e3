using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AkoolPS.Guard;

/// <summary>
/// Points assembly loading at the module's "dependencies" folder before PowerShell reads the cmdlet assembly.
/// Its public types hold the client's enums (AkoolVideoKind and the like, defined in AkoolPS.Client), so
/// PowerShell's look at them at import needs AkoolPS.Client already, before the cmdlet assembly's own
/// initializer (AkoolPS.Base.ModuleInitializer, which does the same and stays for Remove-Module) can run.
/// A development build, with everything beside the cmdlet assembly, needs nothing.
/// </summary>
internal static class EarlyDependencies
{
    private const string Folder = "dependencies";
    private static string? frameworkFolder;

    public static void Register()
    {
        var root = Path.GetDirectoryName(typeof(EarlyDependencies).Assembly.Location)!;
        var dependencies = Path.Combine(root, Folder);
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

        var isolation = Path.Combine(root, "AkoolPS.Isolation.dll");
        if (File.Exists(isolation))
        {
            Assembly.LoadFrom(isolation).GetType("AkoolPS.Isolation.DependencyLoader", throwOnError: true)!
                .GetMethod("Register")!.Invoke(null, new object[] { dependencies, new[] { "AkoolPS.Client" } });
        }
    }

    private static Assembly? ResolveOnFramework(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        var path = Path.Combine(frameworkFolder!, name + ".dll");
        return name == "AkoolPS.Client" && File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
