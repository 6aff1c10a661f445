using System.Globalization;
using Kura.Bench.Signing;

namespace Kura.Bench.Targets;

/// <summary>
/// Kura and the references started by the shared peers.sh: moto on 5000, s3rver on 4568 and
/// nginx on 8088, whose process ids are read from the pid files the script leaves.
/// </summary>
internal static class TargetSet
{
    /// <summary>The bucket every S3 target's object workloads use.</summary>
    public const string Bucket = "bench";

    private const string Region = "us-east-1";

    /// <summary>Kura first, then the peers if <paramref name="peersDirectory"/> is given.</summary>
    public static List<BenchTarget> Create(KuraProcess kura, string? peersDirectory)
    {
        var targets = new List<BenchTarget>
        {
            new()
            {
                Name = "kura",
                BaseUri = new Uri($"http://127.0.0.1:{kura.Port}"),
                Signer = new SigV4Signer(KuraProcess.AccessKey, KuraProcess.SecretKey, Region),
                Bucket = Bucket,
                ServerPid = () => kura.Pid,
            },
        };
        if (peersDirectory is null)
        {
            return targets;
        }

        targets.Add(new BenchTarget
        {
            Name = "moto",
            BaseUri = new Uri("http://127.0.0.1:5000"),
            Signer = new SigV4Signer("bench", "bench-secret", Region),
            Bucket = Bucket,
            ServerPid = () => PidFile(Path.Combine(peersDirectory, "moto.pid")),
        });
        targets.Add(new BenchTarget
        {
            Name = "s3rver",
            BaseUri = new Uri("http://127.0.0.1:4568"),
            Signer = new SigV4Signer("S3RVER", "S3RVER", Region),
            Bucket = Bucket,
            ServerPid = () => PidFile(Path.Combine(peersDirectory, "s3rver.pid")),
        });
        targets.Add(new BenchTarget
        {
            Name = "nginx",
            BaseUri = new Uri("http://127.0.0.1:8088"),
            ServerPid = () => PidFile(Path.Combine(peersDirectory, "nginx", "nginx.pid")),
        });
        return targets;
    }

    private static int? PidFile(string path) =>
        File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, out var pid)
            ? pid
            : null;
}
