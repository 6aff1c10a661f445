using System.Net;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Crash;

/// <summary>
/// SIGKILL during concurrent uploads: acknowledged objects survive, none is torn.
/// </summary>
public sealed class CrashTests : IClassFixture<KuraServer>
{
    private const int Uploaders = 8;
    private const int Rounds = 3;
    private readonly KuraServer _server;

    /// <summary>Uses the class's server, which this test kills and restarts.</summary>
    public CrashTests(KuraServer server) => _server = server;

    [LocalServerFact]
    public async Task KillDuringConcurrentUploads_AfterRestart_AcknowledgedIntactAndNoneTorn()
    {
        // Arrange
        var bucket = BucketNames.Unique("crash");
        using (var setup = new RawS3Client(_server))
        {
            await setup.CreateBucketAsync(bucket);
        }

        var ledger = new UploadLedger();
        for (var round = 0; round < Rounds; round++)
        {
            // Act
            var before = ledger.Acknowledged;
            using (var client = new RawS3Client(_server))
            {
                using var stop = new CancellationTokenSource();
                var uploaders = Enumerable.Range(0, Uploaders)
                    .Select(w => UploadUntilFailureAsync(
                        client, bucket, $"r{round}/w{w}/", ledger, stop.Token))
                    .ToList();
                await WaitForAcknowledgementsAsync(ledger, before + 10);
                await Task.Delay(Random.Shared.Next(0, 1500));
                _server.Kill();
                await stop.CancelAsync();
                await Task.WhenAll(uploaders);
            }

            await _server.RestartAsync();

            // Assert
            var acknowledged = ledger.Acknowledged > before;
            Assert.True(acknowledged, $"round {round}: no PUT acknowledged before the kill");
            await VerifyAsync(bucket, ledger);
        }
    }

    private async Task VerifyAsync(string bucket, UploadLedger ledger)
    {
        using var client = new RawS3Client(_server);
        var listed = await client.ListKeysAsync(bucket);
        foreach (var key in listed)
        {
            var got = await client.GetObjectAsync(bucket, key);
            Assert.True(got.Status == HttpStatusCode.OK, $"{key} is listed but reads as {got}");
            var hash = TestData.Sha256(got.Body);
            Assert.True(ledger.WasSent(key, hash), $"{key} is listed with torn content");
        }

        foreach (var key in ledger.Keys.Where(ledger.WasAcknowledged))
        {
            var got = await client.GetObjectAsync(bucket, key);
            Assert.True(got.Status == HttpStatusCode.OK, $"acknowledged {key} reads as {got}");
            Assert.Contains(TestData.Sha256(got.Body), ledger.Acceptable(key));
        }
    }

    private static async Task UploadUntilFailureAsync(
        RawS3Client client,
        string bucket,
        string prefix,
        UploadLedger ledger,
        CancellationToken stop)
    {
        await Task.Yield();
        var written = 0;
        while (!stop.IsCancellationRequested)
        {
            // One PUT in four overwrites an earlier key, so replacement is crash-tested too.
            var overwrite = written > 0 && Random.Shared.Next(4) == 0;
            var key = prefix + (overwrite ? Random.Shared.Next(written) : written++);
            var body = TestData.RandomBytes(Random.Shared.Next(1024, (4 * 1024 * 1024) + 1));
            ledger.Sent(key, TestData.Sha256(body));
            try
            {
                var response = await client.SendAsync(
                    new RawRequest
                    {
                        Method = HttpMethod.Put,
                        Bucket = bucket,
                        Key = key,
                        Body = body,
                    });
                if (response.Status != HttpStatusCode.OK)
                {
                    return;
                }

                ledger.Acknowledge(key);
            }
            catch (HttpRequestException)
            {
                // The server died under this request: exactly the moment being tested.
                return;
            }
        }
    }

    private static async Task WaitForAcknowledgementsAsync(UploadLedger ledger, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (ledger.Acknowledged < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
