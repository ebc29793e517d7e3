namespace AkoolPS.Simulator;

/// <summary>
/// The constants of the v3 video records the create calls answer with (samples of the talking photo and
/// lip sync docs): what the real service stores and the simulator has no reason to vary.
/// </summary>
internal static class V3VideoRecord
{
    public const int TalkingPhotoType = 5;
    public const int LipSyncType = 9;

    /// <summary><c>from</c>: 2 in both create samples (the API, as opposed to the website).</summary>
    public const int FromApi = 2;

    public const int FaceswapQuality = 2;
    public const int StorageLoc = 1;

    /// <summary>Mongoose's document version key, 0 on a new record.</summary>
    public const int Version = 0;
}
