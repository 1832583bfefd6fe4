using Cnam.Bot;

var builder = WebApplication.CreateBuilder(args);

// Command-line tools for staff (kb, meetings) run instead of the web host.
if (await CommandLine.TryRunAsync(args, builder))
{
    return;
}

// Knowledge base: source files -> LiteDB, read-only queries.
builder.AddKnowledge();

// State: conversation and user state; LiteDB (one instance) or PostgreSQL (several instances), by Storage:Provider.
builder.AddStateStore();

// Bot logic: understanding, dialogs, cards.
builder.AddBotLogic();

// Bot Framework protocol: /api/messages, authentication, Bot Connector client.
builder.AddBotProtocol();

// Built-in Direct Line 3.0 for the website.
builder.AddDirectLine();

// The prospects' website: chat page, its token endpoint, security headers.
builder.AddWebsite();

// Information meetings: registrations, follow-ups and reminders, privacy (mes données, retention), admin API.
builder.AddMeetings();

// Limits: per-client and per-conversation rate limits (429 + Retry-After).
builder.AddRateLimits();

var app = builder.Build();

app.UseRateLimits();
app.MapWebsite();
app.MapHealth();
app.MapBotProtocol();
app.MapDirectLine();
app.MapCalendar();
app.MapMeetings();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
