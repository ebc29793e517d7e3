using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace AkoolPS.Isolation;

/// <summary>
/// Hooks the default load context so that the one assembly the cmdlets use directly, the Akool
/// client, comes from the private context, and everything it needs with it. Called by the cmdlet
/// assembly through reflection when the module is imported on PowerShell 7 (the cmdlet assembly is
/// netstandard2.0 and cannot name AssemblyLoadContext).
/// </summary>
public static class DependencyLoader
{
    private static readonly object Gate = new();
    private static DependencyLoadContext? context;
    private static string[] entryPoints = Array.Empty<string>();

    /// <summary>Starts serving <paramref name="entryAssemblies"/> from <paramref name="folder"/> in the private context.</summary>
    public static void Register(string folder, string[] entryAssemblies)
    {
        lock (Gate)
        {
            // One context for the life of the process: a second import (Import-Module -Force) must
            // get the assemblies the first one loaded, not a second copy of them.
            context ??= new DependencyLoadContext(Path.GetFullPath(folder));
            entryPoints = entryAssemblies;
            AssemblyLoadContext.Default.Resolving -= Resolve;
            AssemblyLoadContext.Default.Resolving += Resolve;
        }
    }

    /// <summary>Stops serving (Remove-Module). Assemblies already loaded stay loaded, as .NET requires.</summary>
    public static void Unregister()
    {
        lock (Gate)
        {
            AssemblyLoadContext.Default.Resolving -= Resolve;
        }
    }

    private static Assembly? Resolve(AssemblyLoadContext defaultContext, AssemblyName name)
    {
        var loader = context;
        return loader is not null && Array.IndexOf(entryPoints, name.Name) >= 0 ? loader.LoadFromAssemblyName(name) : null;
    }
}
