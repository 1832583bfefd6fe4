using Cnam.Bot.Knowledge.Staff;

namespace Cnam.Bot;

/// <summary>Staff commands (<c>dotnet run --project bot -- kb check</c>) that run instead of the web host.</summary>
public static class CommandLine
{
    /// <summary>Runs a staff command if <paramref name="args"/> names one; returns false to start the web host.</summary>
    public static Task<bool> TryRunAsync(string[] args, WebApplicationBuilder builder)
    {
        if (args.Length > 0 && args[0] == "kb")
        {
            var options = KnowledgeExtensions.Options(builder.Configuration, builder.Environment);
            Environment.ExitCode = KbCommand.Run(args[1..], options.DataDirectory, options.DatabasePath, Console.Out);
            return Task.FromResult(true);
        }
        return Task.FromResult(false);
    }
}
