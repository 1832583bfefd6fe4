using System.Buffers.Binary;
using System.IO.Compression;

namespace Cnam.Bot.Tests.Deployment;

/// <summary>A minimal PNG reader for the icons (8-bit RGBA or RGB, non-interlaced; every row filter).</summary>
internal sealed record Png(int Width, int Height, IReadOnlyList<(byte R, byte G, byte B, byte A)> Pixels)
{
    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        int width = 0, height = 0, colourType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var kind = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                colourType = data[9];
                Assert.Equal(0, data[12]);
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }
            at += 12 + length;
        }
        var channels = colourType switch { 6 => 4, 2 => 3, _ => throw new Xunit.Sdk.XunitException($"PNG colour type {colourType} not supported") };
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var data2 = raw.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var pixels = new List<(byte, byte, byte, byte)>(width * height);
        for (var y = 0; y < height; y++)
        {
            var filter = data2[y * (stride + 1)];
            var row = data2.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                var left = i >= channels ? row[i - channels] : 0;
                var up = previous[i];
                var upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new Xunit.Sdk.XunitException($"PNG filter {filter}"),
                });
            }
            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                pixels.Add((row[p], row[p + 1], row[p + 2], channels == 4 ? row[p + 3] : (byte)255));
            }
            previous = row;
        }
        return new Png(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
