namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>
/// One subcommand of the benchmark program: <c>dotnet run -c Release --project bench/Cnam.Bot.Benchmarks -- NAME ...</c>.
/// A new measurement is one more file here and one more entry in Program.cs.
/// </summary>
public sealed record Command(string Name, string Usage, string Summary, Func<string[], int> Run);
