using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace AkoolPS.Isolation;

/// <summary>
/// The module's private load context. It serves every assembly found in the module's dependency
/// folder from that folder, except framework assemblies that the runtime already has in the same or
/// a newer version: those are shared, so that types such as Span and Task stay one type.
/// </summary>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    private readonly string folder;
    private readonly string frameworkFolder = RuntimeEnvironment.GetRuntimeDirectory();

    public DependencyLoadContext(string folder)
        : base("AkoolPS", isCollectible: false)
    {
        this.folder = folder;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        if (!File.Exists(path) || FrameworkServes(assemblyName))
        {
            return null;
        }

        return LoadFromAssemblyPath(path);
    }

    private bool FrameworkServes(AssemblyName wanted)
    {
        var inFramework = Path.Combine(frameworkFolder, wanted.Name + ".dll");
        if (!File.Exists(inFramework))
        {
            return false;
        }

        var version = AssemblyName.GetAssemblyName(inFramework).Version;
        return version is not null && (wanted.Version is null || version >= wanted.Version);
    }
}
