namespace AkoolPS.Simulator;

/// <summary>The one account the simulator serves; its ids appear in tokens and job records as on the real service.</summary>
internal static class SimulatorAccount
{
    public const int Uid = 100001;
    public const string TeamId = "6805fb69e92d9edc7ca0b409";
    public const string CredentialId = "6823024be0c8e98471611c72";
}
