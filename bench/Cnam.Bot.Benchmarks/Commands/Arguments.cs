using Cnam.Bot.Benchmarks.Common;

namespace Cnam.Bot.Benchmarks.Commands;

/// <summary>"--name value" options a command knows, and the arguments it leaves for someone else (BenchmarkDotNet).</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options;

    private Arguments(Dictionary<string, string> options, IReadOnlyList<string> rest)
    {
        _options = options;
        Rest = rest;
    }

    public IReadOnlyList<string> Rest { get; }

    public static Arguments Parse(IReadOnlyList<string> args, params string[] known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (known.Contains(args[i], StringComparer.Ordinal))
            {
                if (i + 1 >= args.Count)
                {
                    throw new BenchSetupException($"{args[i]} needs a value");
                }
                options[args[i]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return new Arguments(options, rest);
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public int GetInt(string name, int fallback, int minimum = 1) =>
        _options.TryGetValue(name, out var text)
            ? int.TryParse(text, out var value) && value >= minimum ? value : throw new BenchSetupException($"{name}: expected a whole number >= {minimum}, got {text}")
            : fallback;
}
