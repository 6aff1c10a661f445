using System.Net;
using System.Security.Cryptography;
using System.Text;
using Kura.Tests.Fixtures;
using Kura.Tests.Support;

namespace Kura.Tests.Protocol;

/// <summary>
/// Request bodies that are not the XML S3 expects are MalformedXML and change nothing.
/// </summary>
public sealed class MalformedXmlTests : IClassFixture<KuraServer>, IAsyncLifetime
{
    private readonly RawS3Client _client;
    private readonly string _bucket = BucketNames.Unique("xml");

    /// <summary>Uses the class's server.</summary>
    public MalformedXmlTests(KuraServer server) => _client = new RawS3Client(server);

    /// <inheritdoc />
    public Task InitializeAsync() => _client.CreateBucketAsync(_bucket);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("<Delete><Object><Key>keep-1</Key></Object>")]
    [InlineData("this is not xml")]
    [InlineData("<Delete><Object><Key>keep-1</Key></Object></Remove>")]
    public async Task DeleteObjects_MalformedBody_MalformedXmlAndObjectsKept(string xml)
    {
        // Arrange
        await _client.PutObjectAsync(_bucket, "keep-1", TestData.RandomBytes(10));
        var body = Encoding.UTF8.GetBytes(xml);

        // Act
        var response = await _client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Post,
            Bucket = _bucket,
            Query = RawRequest.QueryOf(("delete", string.Empty)),
            Body = body,
            Headers = new Dictionary<string, string>
            {
                ["content-md5"] = Convert.ToBase64String(MD5.HashData(body)),
            },
        });

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "MalformedXML");
        Assert.True(await _client.ObjectExistsAsync(_bucket, "keep-1"));
    }

    [Theory]
    [InlineData("<CompleteMultipartUpload><Part><PartNumber>1</PartNumber>")]
    [InlineData("{\"parts\": [1]}")]
    public async Task CompleteMultipartUpload_MalformedBody_MalformedXmlUploadStillOpen(string xml)
    {
        // Arrange
        var key = "mpu-" + Guid.NewGuid().ToString("N")[..8];
        var uploadId = await _client.CreateAsync(_bucket, key);
        var partBody = TestData.RandomBytes(1000);
        var part = await _client.UploadPartAsync(_bucket, key, uploadId, 1, partBody);
        Assert.True(part.Status == HttpStatusCode.OK, part.ToString());

        // Act
        var body = Encoding.UTF8.GetBytes(xml);
        var response = await _client.CompleteRawAsync(_bucket, key, uploadId, body);
        var parts = await _client.ListPartsAsync(_bucket, key, uploadId);

        // Assert
        S3Assert.Error(response, HttpStatusCode.BadRequest, "MalformedXML");
        Assert.False(await _client.ObjectExistsAsync(_bucket, key));
        Assert.Equal(HttpStatusCode.OK, parts.Status);
        Assert.Equal(["1"], parts.Values("PartNumber"));
    }
}
