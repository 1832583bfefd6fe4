namespace Cnam.Bot.Benchmarks.Common;

/// <summary>A missing input or a bad argument: printed as one line, exit code 2, no stack trace.</summary>
public sealed class BenchSetupException(string message) : Exception(message);
