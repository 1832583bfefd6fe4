namespace Cnam.Bot.Benchmarks.Common;

/// <summary>Nearest-rank percentiles of a set of durations in milliseconds.</summary>
public sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> milliseconds)
    {
        _sorted = milliseconds.OrderBy(x => x).ToArray();
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("no sample", nameof(milliseconds));
        }
    }

    public int Count => _sorted.Length;
    public double Mean => _sorted.Average();
    public double Min => _sorted[0];
    public double Max => _sorted[^1];
    public double P50 => At(0.50);
    public double P95 => At(0.95);
    public double P99 => At(0.99);

    /// <summary>The smallest sample with at least <paramref name="fraction"/> of the samples at or below it.</summary>
    public double At(double fraction) => _sorted[Math.Clamp((int)Math.Ceiling(fraction * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public string Line(string label) =>
        FormattableString.Invariant($"{label,-12} p50 {P50,8:0.000}  p95 {P95,8:0.000}  p99 {P99,8:0.000}  max {Max,8:0.000}  mean {Mean,8:0.000}  (ms, n={Count})");
}
