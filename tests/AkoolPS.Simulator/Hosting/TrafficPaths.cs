namespace AkoolPS.Simulator;

/// <summary>The two path families that stand for Akool (journalled and faultable); <c>/__admin</c> is the simulator's own.</summary>
internal static class TrafficPaths
{
    public static readonly PathString Api = "/api";
    public static readonly PathString Files = "/files";
    public static readonly PathString Admin = "/__admin";

    public static bool IsAkoolTraffic(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Api) || context.Request.Path.StartsWithSegments(Files);
}
