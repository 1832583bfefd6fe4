using System.Text.Json;
using System.Text.Json.Serialization;

// The ceiling: what the machine allows for POST /api/messages with expectReplies when a turn costs nothing. It reads
// and deserialises the activity as the bot does (System.Text.Json, web defaults) and answers a fixed reply addressed
// to the sender, so the only work is Kestrel, routing and JSON. The bot's throughput is reported as a share of this.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
var app = builder.Build();

app.MapGet("/healthz", () => Results.Text("ok"));
app.MapPost("/api/messages", async (HttpRequest request) =>
{
    var activity = await JsonSerializer.DeserializeAsync<CeilingActivity>(request.Body, CeilingJson.Options, request.HttpContext.RequestAborted);
    if (activity?.Type is null || activity.Conversation is null)
    {
        return Results.BadRequest();
    }
    var reply = new CeilingActivity
    {
        Type = "message",
        Text = "Réponse fixe du plafond de mesure.",
        From = activity.Recipient,
        Recipient = activity.From,
        Conversation = activity.Conversation,
        ReplyToId = activity.Id,
        Locale = activity.Locale,
    };
    return Results.Json(new CeilingReplies([reply]), CeilingJson.Options);
});
app.Run();

internal static class CeilingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
}

/// <summary>The activity fields a turn reads (the rest of the body is parsed and skipped, as unknown fields are).</summary>
internal sealed class CeilingActivity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? Locale { get; set; }
    public string? DeliveryMode { get; set; }
    public CeilingAccount? From { get; set; }
    public CeilingAccount? Recipient { get; set; }
    public CeilingAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? ReplyToId { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }
}

internal sealed class CeilingAccount
{
    public string? Id { get; set; }
    public string? Role { get; set; }
    public string? Name { get; set; }
}

internal sealed record CeilingReplies(IReadOnlyList<CeilingActivity> Activities);
