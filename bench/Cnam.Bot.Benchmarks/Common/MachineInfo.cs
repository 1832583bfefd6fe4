using System.Runtime.InteropServices;

namespace Cnam.Bot.Benchmarks.Common;

/// <summary>One line saying where and when figures were taken, printed next to them (the machine is shared).</summary>
public static class MachineInfo
{
    public static string Line()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return FormattableString.Invariant(
            $"{DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}  {RuntimeInformation.FrameworkDescription}  {Environment.ProcessorCount} cores  load average {load}  {Build()}");
    }

    private static string Build()
    {
#if DEBUG
        return "DEBUG build: figures are meaningless, use -c Release";
#else
        return "Release";
#endif
    }
}
