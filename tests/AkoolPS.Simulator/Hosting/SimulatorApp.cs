using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Hosting;

namespace AkoolPS.Simulator;

/// <summary>Builds the web application: one code path for the in-process server and the process form.</summary>
internal static class SimulatorApp
{
    public static WebApplication Build(SimulatorState state)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorApp).Assembly.GetName().Name,
            Args = [],
        });
        builder.WebHost.UseUrls(state.Options.Urls);

        // Stdout belongs to the "listening on" line; the framework may only speak up, on stderr, when something is wrong.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Kestrel reports a cut file (fewer bytes than Content-Length, on purpose) as an application error;
        // it is silenced, and UnhandledErrorLogger reports the simulator's own failures instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Critical);

        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.Services.AddHostedService<WebhookService>();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Admin JSON only: camelCase, enums as "notJson", and typos in admin bodies refused rather than ignored.
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });

        var app = builder.Build();
        app.UseMiddleware<UnhandledErrorLogger>();
        app.UseWhen(TrafficPaths.IsAkoolTraffic, akool => akool
            .UseMiddleware<JournalMiddleware>()
            .UseMiddleware<LatencyMiddleware>()
            .UseMiddleware<FaultMiddleware>());
        ApiRoutes.Map(app);
        FileEndpoints.Map(app);
        AdminRoutes.Map(app);
        return app;
    }
}
