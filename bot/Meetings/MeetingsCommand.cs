using System.Globalization;
using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.State;

namespace Cnam.Bot.Meetings;

/// <summary>
/// The staff command <c>meetings list | registrations &lt;id&gt; | export &lt;id&gt; | attend &lt;id&gt; &lt;email&gt; [--absent] |
/// follow-up &lt;id&gt; [--resend-uncertain] | remind &lt;id&gt; [--resend-uncertain]</c>: the admin API's operations from a
/// shell, on the same configuration as the bot. It opens the LiteDB store itself, so it refuses to run while the bot
/// holds the file (use the admin API then). Exit code 0 = done, 1 = a problem (message on the output), 2 = bad usage.
/// </summary>
public static class MeetingsCommand
{
    public const string Usage =
        "usage: meetings list | registrations <id> | export <id> | attend <id> <email> [--absent] | follow-up <id> [--resend-uncertain] | remind <id> [--resend-uncertain]";

    public static async Task<int> RunAsync(string[] args, WebApplicationBuilder builder, TextWriter output)
    {
        var verb = args.Length > 0 ? args[0] : "";
        var needsId = verb is "registrations" or "export" or "attend" or "follow-up" or "remind";
        if (!(verb == "list" || (needsId && args.Length >= 2)) || (verb == "attend" && args.Length < 3))
        {
            output.WriteLine(Usage);
            return 2;
        }
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var file = Path.Combine(Path.GetFullPath(storage.DataDirectory, builder.Environment.ContentRootPath), storage.FileName);
        if (string.Equals(storage.Provider, StorageOptions.LiteDbProvider, StringComparison.OrdinalIgnoreCase)
            && File.Exists(file) && UnansweredCommand.IsLocked(file))
        {
            output.WriteLine($"La base d'état {file} est ouverte par le bot en marche : utilisez l'API d'administration (/api/admin/meetings), ou arrêtez le bot.");
            return 1;
        }

        // The same services as the web host, without starting it.
        try
        {
            builder.AddKnowledge();
        }
        catch (Knowledge.Loading.KnowledgeValidationException ex)
        {
            output.WriteLine(ex.Message);
            return 1;
        }
        builder.AddStateStore();
        builder.AddBotLogic();
        builder.AddBotProtocol();
        builder.AddDirectLine();
        builder.Services.AddMeetings();
        await using var app = builder.Build();
        var admin = app.Services.GetRequiredService<MeetingsAdmin>();
        var resend = args.Contains("--resend-uncertain");
        try
        {
            switch (verb)
            {
                case "list":
                    foreach (var m in await admin.ListAsync(CancellationToken.None))
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{m.Id}\t{m.Date:yyyy-MM-dd} {m.Start}-{m.End}\t{m.Centre}\t{m.Registered}/{m.Capacity} inscrits\t{m.Attended} présents{(m.Past ? "\t(passée)" : "")}"));
                    }
                    return 0;
                case "registrations":
                    foreach (var r in await admin.RegistrationsAsync(args[1], CancellationToken.None))
                    {
                        var deliveries = string.Join(" ", r.Deliveries.Select(d => $"{d.Key}={d.Value.State}/{d.Value.Attempts}"));
                        output.WriteLine($"{r.Id}\t{r.Name}\t{r.Email}\t{r.Phone}\t{r.Programme}\t{r.Channel}\tprésent={r.Attended?.ToString() ?? "?"}\t{deliveries}");
                    }
                    return 0;
                case "export":
                    output.Write(await admin.ExportCsvAsync(args[1], CancellationToken.None));
                    return 0;
                case "attend":
                    var attended = !args.Contains("--absent");
                    if (!await admin.MarkAttendanceAsync(args[1], args[2], attended, CancellationToken.None))
                    {
                        output.WriteLine($"Personne n'est inscrit(e) à la réunion {args[1]} avec l'adresse {args[2]}.");
                        return 1;
                    }
                    output.WriteLine(attended ? "Présence enregistrée." : "Absence enregistrée.");
                    return 0;
                default:
                    var results = verb == "remind"
                        ? await admin.RemindAsync(args[1], resend, CancellationToken.None)
                        : await admin.FollowUpAsync(args[1], resend, CancellationToken.None);
                    foreach (var r in results)
                    {
                        output.WriteLine($"{r.RegistrationId}\t{r.Outcome}\t{r.Attempts}\t{r.Error}");
                    }
                    var problems = results.Count(r => r.Outcome is "failed" or "uncertain");
                    output.WriteLine($"{results.Count(r => r.Outcome == "sent")} envoyé(s), {results.Count(r => r.Outcome == "alreadySent")} déjà envoyé(s), {problems} en échec ou incertain(s).");
                    return problems == 0 ? 0 : 1;
            }
        }
        catch (UnknownMeetingException ex)
        {
            output.WriteLine(ex.Message + " (meetings list montre les réunions).");
            return 1;
        }
    }
}
