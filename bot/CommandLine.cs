using Cnam.Bot.Dialogs.Questions;
using Cnam.Bot.Knowledge.Staff;
using Cnam.Bot.State;

namespace Cnam.Bot;

/// <summary>Staff commands (<c>dotnet run --project bot -- kb check</c>) that run instead of the web host.</summary>
public static class CommandLine
{
    /// <summary>Runs a staff command if <paramref name="args"/> names one; returns false to start the web host.</summary>
    public static async Task<bool> TryRunAsync(string[] args, WebApplicationBuilder builder)
    {
        if (args.Length > 1 && args[0] == "kb" && args[1] == "unanswered")
        {
            // The knowledge library cannot see the state store: the bot runs this one.
            var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
            var dataDirectory = Path.GetFullPath(storage.DataDirectory, builder.Environment.ContentRootPath);
            Environment.ExitCode = await UnansweredCommand.RunAsync(args[2..], builder.Configuration, storage, dataDirectory, Console.Out);
            return true;
        }
        if (args.Length > 1 && args[0] == "kb" && args[1] == "ask")
        {
            var knowledge = KnowledgeExtensions.Options(builder.Configuration, builder.Environment);
            Environment.ExitCode = AskCommand.Run(args[2..], Knowledge.KnowledgeBase.Load(knowledge.DataDirectory), Console.Out);
            return true;
        }
        if (args.Length > 0 && args[0] == "meetings")
        {
            Environment.ExitCode = await Meetings.MeetingsCommand.RunAsync(args[1..], builder, Console.Out);
            return true;
        }
        if (args.Length > 0 && args[0] == "kb")
        {
            var options = KnowledgeExtensions.Options(builder.Configuration, builder.Environment);
            Environment.ExitCode = KbCommand.Run(args[1..], options.DataDirectory, options.DatabasePath, Console.Out);
            return true;
        }
        return false;
    }
}
