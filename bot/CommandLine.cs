namespace Cnam.Bot;

/// <summary>Staff commands (<c>dotnet run --project bot -- kb check</c>) that run instead of the web host.</summary>
public static class CommandLine
{
    /// <summary>Runs a staff command if <paramref name="args"/> names one; returns false to start the web host.</summary>
    public static Task<bool> TryRunAsync(string[] args, WebApplicationBuilder builder)
    {
        _ = builder;
        return Task.FromResult(args.Length > 0 && false);
    }
}
