using Cnam.Bot.Protocol;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Cnam.Bot.DirectLine;

/// <summary>
/// <c>POST /conversations/{id}/upload?userId=U</c>: a multipart body (an <c>application/vnd.microsoft.activity</c>
/// part plus file parts, as DirectLineJS sends it) or one raw file. Files are bounded by
/// <see cref="DirectLineOptions.MaxUploadBytes"/> and travel inside the activity as <c>data:</c> URLs, so the log
/// stays the only storage.
/// </summary>
internal static class DirectLineUpload
{
    public const string ActivityContentType = "application/vnd.microsoft.activity";

    public static async Task<IResult> UploadAsync(
        string conversationId, string? userId, HttpContext context, DirectLineHttp http, DirectLineChannel channel, ConversationRateLimiter rateLimiter)
    {
        var (caller, error) = await http.AuthorizeAsync(context);
        if (caller is null)
        {
            return error!;
        }
        if (DirectLineHttp.CheckAccess(caller, conversationId) is { } denied)
        {
            return denied;
        }
        if (!DirectLineChannel.IsValidConversationId(conversationId))
        {
            return DirectLineEndpoints.NotFound();
        }
        if (rateLimiter.TryAcquire(DirectLineChannel.ChannelId, conversationId) is { } tooMany)
        {
            return tooMany;
        }

        var request = context.Request;
        var files = new List<UploadedFile>();
        Activity? activity = null;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && mediaType.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
            if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
            {
                return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadSyntax", "The multipart body has no boundary.");
            }
            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            var budget = http.Options.MaxUploadBytes;
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                var partType = MediaTypeHeaderValue.TryParse(section.ContentType, out var parsedType) ? parsedType.MediaType.Value : null;
                if (string.Equals(partType, ActivityContentType, StringComparison.OrdinalIgnoreCase))
                {
                    var json = await DirectLineHttp.ReadBoundedAsync(section.Body, null, http.Options.MaxActivityBytes, context.RequestAborted);
                    if (json is null)
                    {
                        return TooLarge();
                    }
                    if (activity is not null || !DirectLineHttp.TryReadJson(json, out activity) || activity is null)
                    {
                        return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadSyntax", "The activity part is not one activity.");
                    }
                    continue;
                }
                var bytes = await DirectLineHttp.ReadBoundedAsync(section.Body, null, budget, context.RequestAborted);
                if (bytes is null)
                {
                    return TooLarge();
                }
                budget -= bytes.Length;
                var fileName = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    ? HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value
                    : null;
                files.Add(new UploadedFile(partType, fileName, bytes));
            }
        }
        else
        {
            var bytes = await DirectLineHttp.ReadBoundedAsync(request.Body, request.ContentLength, http.Options.MaxUploadBytes, context.RequestAborted);
            if (bytes is null)
            {
                return TooLarge();
            }
            var fileName = ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
                ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value
                : null;
            files.Add(new UploadedFile(mediaType?.MediaType.Value, fileName, bytes));
        }

        activity ??= new Activity { Type = ActivityTypes.Message };
        if (string.IsNullOrEmpty(activity.From?.Id) && !string.IsNullOrEmpty(userId))
        {
            activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name };
        }
        activity.Attachments = MergeAttachments(activity.Attachments, files);
        return DirectLineEndpoints.ToResult(await channel.PostAsync(conversationId, activity, caller, http.ServiceUrl(request), context.RequestAborted));
    }

    // DirectLineJS sends the attachments without contentUrl in the activity part and the bytes as file parts of
    // the same name: each file becomes its attachment's content, keeping fields such as thumbnailUrl.
    private static List<Attachment>? MergeAttachments(List<Attachment>? described, List<UploadedFile> files)
    {
        var unmatched = described?.ToList() ?? [];
        var merged = new List<Attachment>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var name = string.IsNullOrEmpty(file.Name) ? $"file{i + 1}" : file.Name;
            var match = unmatched.FirstOrDefault(a => a.Name == name);
            if (match is not null)
            {
                unmatched.Remove(match);
            }
            var contentType = file.ContentType ?? match?.ContentType ?? "application/octet-stream";
            merged.Add(new Attachment
            {
                ContentType = contentType,
                Name = name,
                ContentUrl = $"data:{contentType};base64,{Convert.ToBase64String(file.Bytes)}",
                ThumbnailUrl = match?.ThumbnailUrl,
                Properties = match?.Properties,
            });
        }
        // Described attachments without a file keep their own content or link, if they have one.
        merged.AddRange(unmatched.Where(a => a.Content is not null || !string.IsNullOrEmpty(a.ContentUrl)));
        return merged.Count == 0 ? null : merged;
    }

    private static IResult TooLarge() =>
        DirectLineHttp.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The upload is larger than this channel accepts.");

    private sealed record UploadedFile(string? ContentType, string? Name, byte[] Bytes);
}
