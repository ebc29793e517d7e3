namespace AkoolPS.Simulator;

/// <summary>The path families that stand for Akool (journalled and faultable); <c>/__admin</c> is the simulator's own.</summary>
internal static class TrafficPaths
{
    public static readonly PathString Api = "/api";
    public static readonly PathString Files = "/files";

    /// <summary>Akool's detection service (<c>/interface/detect-api/...</c>) on the same host.</summary>
    public static readonly PathString Interface = "/interface";
    public static readonly PathString Admin = "/__admin";

    public static bool IsAkoolTraffic(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Api) || context.Request.Path.StartsWithSegments(Files) ||
        context.Request.Path.StartsWithSegments(Interface);

    /// <summary>
    /// True when a URL reaches an admin path on any host: any segment, after unescaping, is "__admin", so
    /// neither "%5F%5Fadmin" nor "/x/../__admin" gets past it.
    /// </summary>
    public static bool IsAdminUrl(Uri url)
    {
        var segment = Admin.Value![1..];
        return Uri.UnescapeDataString(url.AbsolutePath)
            .Split('/')
            .Any(part => part.Equals(segment, StringComparison.OrdinalIgnoreCase));
    }
}
