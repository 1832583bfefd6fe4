using Cnam.Bot.State;

namespace Cnam.Bot.Tests.Crash;

/// <summary>
/// One kind of acknowledged write that <see cref="CrashSafetyTests"/> drives under load and checks after every kill.
/// To cover a new kind, write a driver and add it to
/// <see cref="CrashSafetyTests.CreateDrivers"/>: the kill cycles, restarts and store-file checks run it with the others.
/// </summary>
internal interface ICrashDriver
{
    /// <summary>What it writes, for the figures ("conversation-state turns").</summary>
    string Name { get; }

    /// <summary>
    /// Called once before the bot first starts on <paramref name="dataDirectory"/>: prepares what the driver needs there
    /// (fixture data) and returns the bot settings it needs (environment variables, <c>__</c> for <c>:</c>).
    /// </summary>
    IReadOnlyDictionary<string, string> Prepare(string dataDirectory) => new Dictionary<string, string>();

    /// <summary>Writes acknowledged so far (each one checked after the kills).</summary>
    int Acknowledged { get; }

    /// <summary>The driver's figures for the run's summary line.</summary>
    string Summary => $"{Acknowledged} {Name}";

    /// <summary>
    /// Writes through the bot's public surface until <paramref name="stop"/>; records only what the bot acknowledged;
    /// a failure after <see cref="CrashLedger.IssueKill"/> goes to <see cref="CrashLedger.Failed"/>, which counts it as cut.
    /// </summary>
    Task LoadAsync(CrashHttp http, CrashLedger ledger, int cycle, string run, CancellationToken stop);

    /// <summary>
    /// After a restart: what was acknowledged in <paramref name="cycle"/> (everything when <paramref name="final"/>) is
    /// there exactly once and goes on where it was; anything else is a <see cref="CrashLedger.Lost1"/> or a problem.
    /// </summary>
    Task VerifyAsync(CrashHttp http, CrashLedger ledger, int cycle, string run, bool final);

    /// <summary>The store file left by the last kill, opened by the test itself: every acknowledged write is in it.</summary>
    Task VerifyStoreAsync(IStateStore store, CrashLedger ledger);
}
