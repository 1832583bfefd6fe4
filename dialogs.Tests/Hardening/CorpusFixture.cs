using System.Text.Json;

namespace Cnam.Bot.Tests.Hardening;

/// <summary>
/// The corpus (every <c>Resources/corpus/*.json</c>) and the two apps it runs against, one per mode, shared by all
/// cases so that each case also proves the earlier ones left the app and its store sound.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    // Generous budgets: the corpus is about what a request carries, the rate limits have their own tests.
    /// <summary>The admin API key of both apps (<c>"auth": "admin.key"</c> or <c>{admin.key}</c> in a case).</summary>
    public const string AdminKey = "corpus-admin-key-3d9f0a71";

    private static Dictionary<string, string?> Settings() => new()
    {
        // The admin API exists (a key is set) and the fixture meetings are scheduled, so that the admin and
        // registration cases reach the code behind the key and the dialog's real choices.
        ["Admin:ApiKey"] = AdminKey,
        ["Knowledge:DataDirectory"] = Meetings.MeetingsTestData.DataDirectory,
        ["RateLimiting:Client:Burst"] = "1000000",
        ["RateLimiting:Client:PermitsPerMinute"] = "1000000",
        ["RateLimiting:Tokens:Burst"] = "1000000",
        ["RateLimiting:Tokens:PermitsPerMinute"] = "1000000",
    };

    private readonly Lazy<HardeningHost> _anonymous = new(() => new HardeningHost(authenticated: false, Settings()));
    private readonly Lazy<HardeningHost> _authenticated = new(() => new HardeningHost(authenticated: true, Settings()));

    public static IReadOnlyList<CorpusCase> Cases { get; } = Load();

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Hardening", "Resources", "corpus");

    public HardeningHost Host(string mode) => mode switch
    {
        "anonymous" => _anonymous.Value,
        "authenticated" => _authenticated.Value,
        _ => throw new ArgumentException($"Unknown corpus mode '{mode}'.", nameof(mode)),
    };

    public void Dispose()
    {
        if (_anonymous.IsValueCreated)
        {
            _anonymous.Value.Dispose();
        }
        if (_authenticated.IsValueCreated)
        {
            _authenticated.Value.Dispose();
        }
    }

    private static List<CorpusCase> Load()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var loaded = JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllBytes(file), options)
                ?? throw new InvalidDataException($"{file} holds no case list.");
            foreach (var c in loaded)
            {
                c.File = Path.GetFileName(file);
            }
            cases.AddRange(loaded);
        }
        return cases;
    }
}
