using Cnam.Bot.Benchmarks.Commands;
using Cnam.Bot.Benchmarks.Common;

// Benchmarks of Cnam.Bot, one subcommand each: dotnet run -c Release --project bench/Cnam.Bot.Benchmarks -- NAME [...]
// (see bench/README.md).
Command[] commands =
[
    PercentilesCommand.Definition,
    KbColdCommand.Definition,
    BenchmarkDotNetCommand.Definition,
    LoadCommand.Definition,
    ColdStartCommand.Definition,
    KbScaleCommand.Definition,
];

var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
if (command is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Cnam.Bot.Benchmarks -- COMMAND [...]");
    foreach (var c in commands)
    {
        Console.Error.WriteLine($"  {c.Usage}");
        Console.Error.WriteLine($"      {c.Summary}");
    }
    return args.Length == 0 || args[0] is "help" or "--help" or "-h" ? 0 : 2;
}
try
{
    return command.Run(args[1..]);
}
catch (BenchSetupException e)
{
    Console.Error.WriteLine($"{command.Name}: {e.Message}");
    return 2;
}
