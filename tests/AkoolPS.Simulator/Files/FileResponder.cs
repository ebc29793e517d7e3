using Microsoft.Net.Http.Headers;

namespace AkoolPS.Simulator;

/// <summary>
/// Sends a result file as a CDN does: <c>Accept-Ranges</c>, single ranges with 206 and <c>Content-Range</c>,
/// 416 past the end, <c>HEAD</c>, an ETag honoured by <c>If-Range</c>, and a correct <c>Content-Length</c>,
/// at most <c>bandwidthBytesPerSec</c> per connection when set, plus the file faults (cut connection,
/// range ignored, a stalled body, a 206 for the wrong range or without <c>Content-Range</c>, a new version).
/// </summary>
internal static class FileResponder
{
    public static async Task SendAsync(HttpContext context, IResultContent content, string etag, DateTimeOffset lastModified, long bandwidthBytesPerSec = 0)
    {
        var request = context.Request;
        var response = context.Response;
        var fault = context.Features.Get<FileFault>();
        response.Headers.AcceptRanges = "bytes";
        response.Headers.ETag = etag;
        response.Headers.LastModified = HeaderUtilities.FormatDate(lastModified);
        response.ContentType = content.ContentType;

        var useRange = fault?.IgnoreRange != true && (fault?.IgnoreIfRange == true || IfRangeHolds(request, etag, response.Headers.LastModified.ToString()));
        var range = useRange ? ByteRange.Parse(request.Headers.Range.ToString(), content.Length) : ByteRange.Whole(content.Length);
        if (range.Outcome == ByteRange.Kind.Unsatisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{content.Length}";
            response.ContentLength = 0;
            return;
        }

        if (range.Outcome == ByteRange.Kind.Partial)
        {
            if (fault?.WrongRange == true)
            {
                // A broken cache: another part of the file, labelled as what it is.
                range = range with { From = range.From / 2 };
            }

            response.StatusCode = StatusCodes.Status206PartialContent;
            if (fault?.NoContentRange != true)
            {
                response.Headers.ContentRange = $"bytes {range.From}-{range.To}/{content.Length}";
            }
        }

        response.ContentLength = range.Count;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        var body = bandwidthBytesPerSec > 0 ? new ThrottledStream(response.Body, bandwidthBytesPerSec) : response.Body;
        try
        {
            // A cut writes fewer bytes than Content-Length and ends: Kestrel then delivers what was written and
            // closes the connection, so the client reads exactly those bytes and then a premature end.
            // (Aborting instead would reset the connection and could discard the bytes already written.)
            var count = Math.Min(range.Count, fault?.CutAfterBytes ?? long.MaxValue);
            await content.WriteAsync(body, range.From, count, context.RequestAborted);
            if (fault?.Stall == true)
            {
                // Headers and some bytes sent, then silence until the client gives up.
                await response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-download; nothing to answer.
        }
    }

    // If-Range: send the range only if the client's copy is still this one; otherwise the whole file.
    private static bool IfRangeHolds(HttpRequest request, string etag, string lastModified)
    {
        var ifRange = request.Headers.IfRange.ToString();
        return ifRange.Length == 0 || ifRange == etag || ifRange == lastModified;
    }
}
