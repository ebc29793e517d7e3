using System.Text.Json;

namespace AkoolPS.Simulator.Tests;

/// <summary>
/// The JSON of the image-to-video and batch video records, to the byte: field names, their order, which
/// optional fields are left out, and the values, for every documented answer that shows them.
/// </summary>
public sealed class VideoViewJsonTests
{
    private const long Created = 1_700_000_000_000;
    private const long Finished = Created + 60_000;

    private static readonly ImageToVideoDetails Image = new(
        "https://example.com/i.png", "Animate this image with a smile", "blurry", true, "1080p",
        ImageToVideoDetails.UserAudio, "https://example.com/a.mp3", 5, false, "squish_89244231312");

    private static readonly ImageToVideoDetails WithAudio = Image.WithNewAudio("65f0c0ffee0000000000beef", ImageToVideoDetails.GeneratedAudio, "");

    private static readonly BatchVideoDetails ImageBatch = new(
        JobKind.ImageToVideo, "https://example.com/i.png", "A cat on a wall", "dark", false, "720p", 5,
        "model-x", "https://example.com/last.png", false, "batch-1", 2, 4);

    private static readonly BatchVideoDetails TextBatch = ImageBatch with { VideoKind = JobKind.TextToVideo, ImageUrl = "", LastImageUrl = "" };

    // Written by the views as they were before they shared a base record: createBySourcePrompt, updateVideoAudio,
    // resultsByIds (queued, completed, failed) and the batch calls' successList entries (image and text to video).
    public static TheoryData<string, object, string> Views => new()
    {
        {
            "image created",
            ImageVideoView.Created(JobOf(Image), Image),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","status":1,"webhookUrl":"https://hooks.example.com/x","resolution":"1080p","file_name":"Image2Video_Animate this image with .mp4","effect_name":"Squish","image_url":"https://example.com/i.png","prompt":"Animate this image with a smile","negative_prompt":"blurry","extend_prompt":true,"audio_type":2,"audio_url":"https://example.com/a.mp3","deduction_credit":25,"effect_code":"squish_89244231312"}
            """
        },
        {
            "image audio updated",
            ImageVideoView.AudioUpdated(JobOf(WithAudio), WithAudio),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","update_time":1700000000000,"video_duration":5.063,"status":1,"webhookUrl":"https://hooks.example.com/x","resolution":"1080p","file_name":"Image2Video_Animate this image with .mp4","effect_name":"Squish","pre_video_id":"65f0c0ffee0000000000beef","image_url":"https://example.com/i.png","prompt":"Animate this image with a smile","negative_prompt":"blurry","extend_prompt":true,"audio_type":1,"audio_url":"","deduction_credit":5,"effect_code":"squish_89244231312","only_add_audio":true}
            """
        },
        {
            "image queued",
            ImageVideoView.Result(JobOf(Image), Image, new JobSnapshot(JobStatus.Queued, 0)),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","update_time":1700000000000,"video_duration":5.063,"status":1,"webhookUrl":"https://hooks.example.com/x","resolution":"1080p","file_name":"Image2Video_Animate this image with .mp4","effect_name":"Squish","image_url":"https://example.com/i.png","prompt":"Animate this image with a smile","audio_type":2,"audio_url":"https://example.com/a.mp3","deduction_credit":25,"effect_code":"squish_89244231312","only_add_audio":false}
            """
        },
        {
            "image completed",
            ImageVideoView.Result(JobOf(Image), Image, new JobSnapshot(JobStatus.Completed, 100, Finished)),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","update_time":1700000060000,"video_duration":5.063,"status":3,"webhookUrl":"https://hooks.example.com/x","resolution":"1080p","file_name":"Image2Video_Animate this image with .mp4","effect_name":"Squish","image_url":"https://example.com/i.png","prompt":"Animate this image with a smile","audio_type":2,"audio_url":"https://example.com/a.mp3","deduction_credit":25,"effect_code":"squish_89244231312","video_url":"http://127.0.0.1:5000/files/65f0c0ffee0000000000abcd/video.mp4","only_add_audio":false}
            """
        },
        {
            "image failed",
            ImageVideoView.Result(JobOf(Image), Image, new JobSnapshot(JobStatus.Failed, 15, Finished, new JobFailure())),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","update_time":1700000060000,"video_duration":5.063,"status":4,"webhookUrl":"https://hooks.example.com/x","resolution":"1080p","file_name":"Image2Video_Animate this image with .mp4","effect_name":"Squish","image_url":"https://example.com/i.png","prompt":"Animate this image with a smile","audio_type":2,"audio_url":"https://example.com/a.mp3","deduction_credit":25,"effect_code":"squish_89244231312","only_add_audio":false,"error_code":501312,"error_reason":"Oops! Something went a bit wonky. Please try again later."}
            """
        },
        {
            "image batch queued",
            BatchVideoView.Of(JobOf(ImageBatch), ImageBatch, new JobSnapshot(JobStatus.Queued, 0)),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","status":1,"webhookUrl":"https://hooks.example.com/x","resolution":"720p","file_name":"Image2Video_A cat on a wall.mp4","image_url":"https://example.com/i.png","prompt":"A cat on a wall","negative_prompt":"dark","extend_prompt":false,"last_image_url":"https://example.com/last.png","deduction_credit":20,"model_name":"model-x","batch_id":"batch-1","batch_count":2}
            """
        },
        {
            "image batch completed",
            BatchVideoView.Of(JobOf(ImageBatch), ImageBatch, new JobSnapshot(JobStatus.Completed, 100, Finished)),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","status":3,"webhookUrl":"https://hooks.example.com/x","resolution":"720p","file_name":"Image2Video_A cat on a wall.mp4","image_url":"https://example.com/i.png","prompt":"A cat on a wall","negative_prompt":"dark","extend_prompt":false,"last_image_url":"https://example.com/last.png","deduction_credit":20,"model_name":"model-x","batch_id":"batch-1","batch_count":2,"video_url":"http://127.0.0.1:5000/files/65f0c0ffee0000000000abcd/video.mp4"}
            """
        },
        {
            "text batch failed",
            BatchVideoView.Of(JobOf(TextBatch), TextBatch, new JobSnapshot(JobStatus.Failed, 15, Finished, new JobFailure())),
            """
            {"_id":"65f0c0ffee0000000000abcd","create_time":1700000000000,"uid":100001,"team_id":"6805fb69e92d9edc7ca0b409","status":4,"webhookUrl":"https://hooks.example.com/x","resolution":"720p","file_name":"Text2Video_A cat on a wall.mp4","prompt":"A cat on a wall","negative_prompt":"dark","extend_prompt":false,"deduction_credit":20,"model_name":"model-x","batch_id":"batch-1","batch_count":2,"error_code":501312,"error_reason":"Oops! Something went a bit wonky. Please try again later."}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void TheRecordIsWrittenAsDocumented(string answer, object view, string json)
    {
        Assert.True(json == Json(view), $"{answer}: the JSON changed.\nwas: {json}\nnow: {Json(view)}");
    }

    private static Job JobOf(JobDetails details) =>
        new(1, "65f0c0ffee0000000000abcd", "65f0c0ffee0000000000dcba", details, "https://hooks.example.com/x", "http://127.0.0.1:5000", 1024,
            new JobTimeline(Created, Created + 100, Created + 100, 1, Finished));

    private static string Json(object view) => JsonSerializer.Serialize(view, view.GetType(), AkoolResult.JsonOptions);
}
