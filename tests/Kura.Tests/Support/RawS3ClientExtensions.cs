using System.Net;

namespace Kura.Tests.Support;

/// <summary>
/// Correctly signed everyday requests, used to arrange a test and to check its effects.
/// </summary>
public static class RawS3ClientExtensions
{
    /// <summary>Creates a bucket and fails the test if the server refuses.</summary>
    public static async Task CreateBucketAsync(this RawS3Client client, string bucket)
    {
        var response = await client.SendAsync(
            new RawRequest { Method = HttpMethod.Put, Bucket = bucket });
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
    }

    /// <summary>Stores an object and fails the test if the server refuses.</summary>
    public static async Task<RawResponse> PutObjectAsync(
        this RawS3Client client,
        string bucket,
        string key,
        byte[] body)
    {
        var response = await client.SendAsync(
            new RawRequest { Method = HttpMethod.Put, Bucket = bucket, Key = key, Body = body });
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        return response;
    }

    /// <summary>Fetches an object.</summary>
    public static Task<RawResponse> GetObjectAsync(
        this RawS3Client client,
        string bucket,
        string key) =>
        client.SendAsync(new RawRequest { Bucket = bucket, Key = key });

    /// <summary>True when HEAD finds the object.</summary>
    public static async Task<bool> ObjectExistsAsync(
        this RawS3Client client,
        string bucket,
        string key)
    {
        var response = await client.SendAsync(
            new RawRequest { Method = HttpMethod.Head, Bucket = bucket, Key = key });
        return response.Status == HttpStatusCode.OK;
    }

    /// <summary>Every key in the bucket (ListObjectsV2, all pages).</summary>
    public static async Task<List<string>> ListKeysAsync(this RawS3Client client, string bucket)
    {
        var keys = new List<string>();
        string? token = null;
        do
        {
            var query = new List<KeyValuePair<string, string>> { new("list-type", "2") };
            if (token is not null)
            {
                query.Add(new("continuation-token", token));
            }

            var page = await client.SendAsync(new RawRequest { Bucket = bucket, Query = query });
            Assert.True(page.Status == HttpStatusCode.OK, page.ToString());
            keys.AddRange(page.Xml()!.Descendants()
                .Where(e => e.Name.LocalName == "Contents")
                .Select(e => e.Elements().First(k => k.Name.LocalName == "Key").Value));
            token = page.Values("NextContinuationToken").FirstOrDefault();
        }
        while (token is not null);

        return keys;
    }
}
