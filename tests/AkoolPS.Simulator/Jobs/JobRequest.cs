namespace AkoolPS.Simulator;

/// <summary>A create body that passed validation: the one job it asks for and where its webhooks go ("" for none).</summary>
internal sealed record JobRequest<TDetails>(TDetails Details, string WebhookUrl)
    where TDetails : JobDetails;
