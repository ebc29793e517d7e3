using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace AkoolPS.Guard;

/// <summary>
/// Points assembly loading at the module's "dependencies" folder before PowerShell reads the cmdlet
/// assembly's types: public cmdlet types hold fields of the client's value types (AkoolVideoKind), so
/// listing them already needs AkoolPS.Client, and the cmdlet assembly's own initializer runs only after
/// that listing. The same registration as the initializer's (it is idempotent), done one step earlier.
/// </summary>
internal static class EarlyDependencies
{
    private static string? frameworkFolder;

    public static void Register()
    {
        var root = Path.GetDirectoryName(typeof(EarlyDependencies).Assembly.Location);
        var dependencies = root is null ? null : Path.Combine(root, "dependencies");
        if (dependencies is null || !Directory.Exists(dependencies))
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

        var isolation = Path.Combine(root!, "AkoolPS.Isolation.dll");
        if (File.Exists(isolation))
        {
            Assembly.LoadFrom(isolation).GetType("AkoolPS.Isolation.DependencyLoader", throwOnError: true)!
                .GetMethod("Register")!.Invoke(null, new object[] { dependencies, new[] { "AkoolPS.Client" } });
        }
    }

    private static Assembly? ResolveOnFramework(object? sender, ResolveEventArgs args)
    {
        var path = Path.Combine(frameworkFolder!, new AssemblyName(args.Name).Name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
