using System.Collections.Concurrent;
using Cnam.Bot.Dialogs.Meetings;
using Cnam.Bot.Meetings;
using Cnam.Bot.State;
using Cnam.Bot.Tests.Knowledge;
using Activity = Cnam.Bot.Protocol.Activity;

namespace Cnam.Bot.Tests.Crash;

/// <summary>
/// Information-meeting registrations through the real registration dialog on <c>/api/messages</c> (expectReplies):
/// distinct people, one conversation each, each turn answered with the expected prompt, a registration acknowledged
/// only when the confirmation card came back. A person stopped between two acknowledged turns goes on after the
/// restart where they were (the dialog state must have kept the prompt). After each restart, the admin API must list
/// every acknowledged registration exactly once, nothing for anyone who never said "oui", and at most once anyone
/// whose "oui" was cut by the kill; everyone cut then registers again in a new conversation (told "already
/// registered" when stored, registered otherwise), and everyone acknowledged in the cycle re-sends their registration
/// and must be told "already registered".
/// </summary>
internal sealed class RegistrationDriver(int registrars) : ICrashDriver
{
    public const string ChannelId = "webchat";
    public const string AskToRegister = "je veux m'inscrire à une réunion d'information";
    public const string Consent = "oui";
    private const string ApiKey = "crash-admin-key-5b7e21c9";

    /// <summary>The meetings of Crash/TestData/meetings.yaml, in the order the dialog lists them.</summary>
    private static readonly string[] MeetingIds = ["crash-paris", "crash-reunion"];

    private static readonly string[] Names = ["Camille Durand", "Léa Hoarau", "Yanis Payet", "Inès Martin", "Hugo Técher", "Chloé Bernard"];
    private static readonly string AlreadyRegistered = MeetingRegistrationDialog.Duplicate[..MeetingRegistrationDialog.Duplicate.IndexOf("{0}", StringComparison.Ordinal)];

    private readonly ConcurrentQueue<Registrant> _people = new();
    private readonly Registrant?[] _current = new Registrant?[registrars];
    private int _resent;
    private int _resumed;
    private int _cutStored;
    private int _cutNotStored;
    private int _duplicates;

    public string Name => "registrations";

    public int Acknowledged => _people.Count(p => p.Status == RegistrantStatus.Acknowledged);

    public string Summary =>
        $"{Acknowledged} registrations ({_people.Count(p => p.Retried)} of them after a retry in a new conversation; {Volatile.Read(ref _resumed)} " +
        $"dialogs went on after a restart where they were; {Volatile.Read(ref _resent)} " +
        $"re-sent after a restart and told \"already registered\"; {Volatile.Read(ref _cutStored)} cut at the consent and stored, " +
        $"{Volatile.Read(ref _cutNotStored)} cut and not stored; {Volatile.Read(ref _duplicates)} duplicates)";

    public IReadOnlyDictionary<string, string> Prepare(string dataDirectory)
    {
        // The shipped knowledge with the fixture meetings, inside the run's directory (removed with it).
        var knowledge = Path.Combine(dataDirectory, "knowledge-data");
        foreach (var file in Directory.EnumerateFiles(KnowledgeTestData.Shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(knowledge, Path.GetRelativePath(KnowledgeTestData.Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Crash", "TestData", "meetings.yaml"), Path.Combine(knowledge, "meetings.yaml"), overwrite: true);
        return new Dictionary<string, string> { ["Knowledge__DataDirectory"] = knowledge, ["Admin__ApiKey"] = ApiKey };
    }

    public Task LoadAsync(CrashHttp http, CrashLedger ledger, int cycle, string run, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, registrars).Select(slot => Task.Run(() => RegistrarAsync(http, ledger, cycle, slot, run, stop))));

    public async Task VerifyAsync(CrashHttp http, CrashLedger ledger, int cycle, string run, bool final)
    {
        var where = $"Cycle {cycle}";
        if (final)
        {
            // Those stopped between two turns by the last load finish now, from where they were.
            await ForEachAsync(_people.Where(p => p.Status == RegistrantStatus.InProgress), p => ContinueAsync(http, ledger, p, cycle, where, resumed: true));
        }
        if (await ReadStoredAsync(http, ledger, where) is not { } stored)
        {
            return;
        }
        Check(stored, ledger, where);

        var cut = _people.Where(p => p.Status is RegistrantStatus.CutBeforeConsent or RegistrantStatus.CutAtConsent).ToList();
        await ForEachAsync(cut, p => RetryAsync(http, ledger, p, Count(stored, p), run, cycle, where));
        var resend = _people.Where(p => p.Status == RegistrantStatus.Acknowledged && p.Cycle == cycle && !p.Retried).ToList();
        await ForEachAsync(resend, p => ResendAsync(http, ledger, p, run, where));

        // The retries and re-sends themselves added nothing twice.
        if (await ReadStoredAsync(http, ledger, where + ", after the retries") is { } after)
        {
            Check(after, ledger, where + ", after the retries");
        }
    }

    public async Task VerifyStoreAsync(IStateStore store, CrashLedger ledger)
    {
        var meetings = new MeetingStore(store);
        var stored = new Dictionary<string, List<string>>();
        foreach (var id in MeetingIds)
        {
            stored[id] = (await meetings.ListAsync(id, CancellationToken.None)).Select(r => r.Email).ToList();
        }
        Check(stored, ledger, "Store file");
    }

    private async Task RegistrarAsync(CrashHttp http, CrashLedger ledger, int cycle, int slot, string run, CancellationToken stop)
    {
        // A person left between two acknowledged turns by the last load goes on after the restart.
        var resumed = _current[slot] is { Status: RegistrantStatus.InProgress, Next: > 0 };
        for (var n = 1; !stop.IsCancellationRequested; resumed = false)
        {
            if (_current[slot] is not { Status: RegistrantStatus.InProgress } person)
            {
                person = NewPerson(cycle, slot, n++, run);
                _current[slot] = person;
                _people.Enqueue(person);
                person.NewConversation(run);
            }
            var turn = person.Turns[person.Next];
            List<Activity> replies;
            try
            {
                replies = await http.SendExpectRepliesAsync(ChannelId, person.ConversationId, person.UserId, turn.Text);
            }
            catch (Exception ex)
            {
                ledger.Failed($"cycle {cycle}, registrar {slot}: turn {person.Next + 1} of {person.Email}", ex);
                (person.Status, person.Cycle) = (turn.IsConsent ? RegistrantStatus.CutAtConsent : RegistrantStatus.CutBeforeConsent, cycle);
                return;
            }
            if (!Answers(replies, turn))
            {
                Unexpected(ledger, person, turn, replies, resumed, $"Cycle {cycle}");
                return;
            }
            Interlocked.Add(ref _resumed, resumed ? 1 : 0);
            person.Next++;
            if (turn.IsConsent)
            {
                (person.Status, person.Cycle) = (RegistrantStatus.Acknowledged, cycle);
            }
        }
    }

    private static Registrant NewPerson(int cycle, int slot, int n, string run)
    {
        var meeting = (slot + n) % MeetingIds.Length;
        return new Registrant(cycle, $"p{run}-c{cycle}-r{slot}-{n}@exemple.fr", Names[(slot + n) % Names.Length], meeting + 1, MeetingIds[meeting],
            programme: meeting == 0 ? null : n % 2 == 0 ? "CPN42" : "CP29",
            phone: n % 2 == 0 ? "06 12 34 56 78" : null);
    }

    /// <summary>
    /// Plays the remaining turns of a conversation (no kill meanwhile: each must answer); <paramref name="resumed"/>:
    /// its last turn was acknowledged before a restart, so the first one here checks the dialog state survived.
    /// </summary>
    private async Task ContinueAsync(CrashHttp http, CrashLedger ledger, Registrant person, int cycle, string where, bool resumed)
    {
        for (; person.Status == RegistrantStatus.InProgress; resumed = false)
        {
            var turn = person.Turns[person.Next];
            if (await SendAsync(http, ledger, person, turn.Text, where) is not { } replies)
            {
                return;
            }
            if (!Answers(replies, turn))
            {
                Unexpected(ledger, person, turn, replies, resumed, where);
                return;
            }
            Interlocked.Add(ref _resumed, resumed ? 1 : 0);
            person.Next++;
            if (turn.IsConsent)
            {
                (person.Status, person.Cycle) = (RegistrantStatus.Acknowledged, cycle);
            }
        }
    }

    /// <summary>
    /// A person whose registration was cut registers again in a new conversation: "already registered" at the e-mail
    /// when the cut one was stored, the whole dialog to the confirmation card otherwise.
    /// </summary>
    private async Task RetryAsync(CrashHttp http, CrashLedger ledger, Registrant person, int stored, string run, int cycle, string where)
    {
        where = $"{where}, {person.Email} cut {(person.Status == RegistrantStatus.CutAtConsent ? "at" : "before")} the consent in cycle {person.Cycle}";
        Interlocked.Increment(ref stored > 0 ? ref _cutStored : ref _cutNotStored);
        person.NewConversation(run);
        person.Status = RegistrantStatus.InProgress;
        person.Retried = true;
        if (stored > 0)
        {
            if (await PlayToEmailAsync(http, ledger, person, where) is not { } replies)
            {
                return;
            }
            if (!IsAlreadyRegistered(replies))
            {
                ledger.Problem($"{where}: stored, but the retry was not told \"already registered\" ({Describe(replies)}).");
                person.Status = RegistrantStatus.Failed;
                return;
            }
            (person.Status, person.Cycle) = (RegistrantStatus.Acknowledged, cycle);
            return;
        }
        await ContinueAsync(http, ledger, person, cycle, where, resumed: false);
    }

    /// <summary>Someone registered sends the same registration again in a new conversation: told "already registered".</summary>
    private async Task ResendAsync(CrashHttp http, CrashLedger ledger, Registrant person, string run, string where)
    {
        where = $"{where}, {person.Email} re-sending the registration acknowledged before the kill";
        var again = new Registrant(person.Cycle, person.Email, person.Name, Array.IndexOf(MeetingIds, person.MeetingId) + 1, person.MeetingId, null, null);
        again.NewConversation(run + "-again");
        if (await PlayToEmailAsync(http, ledger, again, where) is not { } replies)
        {
            return;
        }
        if (IsAlreadyRegistered(replies))
        {
            Interlocked.Increment(ref _resent);
        }
        else
        {
            ledger.Problem($"{where}: not told \"already registered\" ({Describe(replies)}).");
        }
    }

    /// <summary>Plays the turns up to the e-mail's and returns the answer to it (null after a problem, reported).</summary>
    private static async Task<List<Activity>?> PlayToEmailAsync(CrashHttp http, CrashLedger ledger, Registrant person, string where)
    {
        for (; person.Next < person.EmailTurn; person.Next++)
        {
            var turn = person.Turns[person.Next];
            if (await SendAsync(http, ledger, person, turn.Text, where) is not { } replies)
            {
                return null;
            }
            if (!Answers(replies, turn))
            {
                Unexpected(ledger, person, turn, replies, resumed: false, where);
                return null;
            }
        }
        return await SendAsync(http, ledger, person, person.Email, where);
    }

    private static async Task<List<Activity>?> SendAsync(CrashHttp http, CrashLedger ledger, Registrant person, string text, string where)
    {
        try
        {
            return await http.SendExpectRepliesAsync(ChannelId, person.ConversationId, person.UserId, text);
        }
        catch (Exception ex) when (ex is UnexpectedAnswerException or HttpRequestException or IOException or System.Net.Sockets.SocketException)
        {
            ledger.Problem($"{where}: turn {person.Next + 1} of {person.Email} failed with no kill: {ex.Message}");
            person.Status = RegistrantStatus.Failed;
            return null;
        }
    }

    private static async Task<Dictionary<string, List<string>>?> ReadStoredAsync(CrashHttp http, CrashLedger ledger, string where)
    {
        var stored = new Dictionary<string, List<string>>();
        try
        {
            foreach (var id in MeetingIds)
            {
                stored[id] = await http.GetRegistrationEmailsAsync(id, ApiKey);
            }
            return stored;
        }
        catch (Exception ex) when (ex is UnexpectedAnswerException or HttpRequestException or IOException or System.Text.Json.JsonException)
        {
            ledger.Problem($"{where}: the admin API did not list the registrations: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Acknowledged: exactly once, in its meeting. Cut at the consent: at most once. Anyone else (cut earlier, still
    /// in the dialog): nothing, since nothing is stored before "oui". Nobody twice, and nobody the run does not know.
    /// </summary>
    private void Check(Dictionary<string, List<string>> stored, CrashLedger ledger, string where)
    {
        var people = _people.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase);
        foreach (var (meetingId, emails) in stored)
        {
            foreach (var group in emails.GroupBy(e => e, StringComparer.OrdinalIgnoreCase))
            {
                if (group.Count() > 1)
                {
                    Interlocked.Increment(ref _duplicates);
                    ledger.Problem($"{where}: {group.Key} is registered {group.Count()} times to {meetingId}.");
                }
                if (!people.TryGetValue(group.Key, out var person) || person.MeetingId != meetingId)
                {
                    ledger.Problem($"{where}: {group.Key} is registered to {meetingId}, which nobody asked for.");
                }
                else if (person.Status is RegistrantStatus.InProgress or RegistrantStatus.CutBeforeConsent)
                {
                    ledger.Problem($"{where}: {group.Key} is registered before saying \"oui\" to the consent ({person.Status}).");
                }
            }
        }
        foreach (var person in people.Values.Where(p => p.Status == RegistrantStatus.Acknowledged && Count(stored, p) == 0))
        {
            ledger.Lost1($"{where}: the registration of {person.Email} to {person.MeetingId}, acknowledged in cycle {person.Cycle}, is missing.");
            person.Status = RegistrantStatus.Failed;
        }
    }

    private static int Count(Dictionary<string, List<string>> stored, Registrant person) =>
        stored.GetValueOrDefault(person.MeetingId)?.Count(e => MeetingStore.SameEmail(e, person.Email)) ?? 0;

    private static void Unexpected(CrashLedger ledger, Registrant person, RegistrationTurn turn, List<Activity> replies, bool resumed, string where)
    {
        var message = $"{where}: {person.Email} wrote \"{turn.Text}\" (turn {person.Next + 1}), expected \"{turn.Expected}\", got {Describe(replies)}";
        if (resumed)
        {
            // The turn before was acknowledged: its prompt had to be waiting after the restart.
            ledger.Lost1(message + " — the conversation did not go on where it was after the restart.");
        }
        else
        {
            ledger.Problem(message);
        }
        person.Status = RegistrantStatus.Failed;
    }

    private static bool Answers(List<Activity> replies, RegistrationTurn turn) => turn.IsConsent
        ? replies.Any(r => r.Attachments?.Any(a => a.Content is { } card && Hardening.CorpusRunner.Strings(card).Contains(turn.Expected)) == true)
        : replies.Any(r => r.Text?.Contains(turn.Expected, StringComparison.Ordinal) == true);

    private static bool IsAlreadyRegistered(List<Activity> replies) =>
        replies.Any(r => r.Text?.StartsWith(AlreadyRegistered, StringComparison.Ordinal) == true);

    private static string Describe(List<Activity> replies) =>
        replies.Count == 0 ? "nothing" : string.Join(" / ", replies.Select(r => r.Attachments is { Count: > 0 } ? "a card" : $"\"{r.Text}\""));

    private static async Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action) =>
        await Parallel.ForEachAsync(items.ToList(), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, _) => await action(item));
}
