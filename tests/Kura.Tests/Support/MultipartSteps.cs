using System.Globalization;
using System.Net;
using System.Text;

namespace Kura.Tests.Support;

/// <summary>
/// Raw multipart upload steps: create, upload part, complete with a chosen part list.
/// </summary>
public static class MultipartSteps
{
    /// <summary>Starts an upload and returns its upload id.</summary>
    public static async Task<string> CreateAsync(this RawS3Client client, string bucket, string key)
    {
        var response = await client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Post,
            Bucket = bucket,
            Key = key,
            Query = RawRequest.QueryOf(("uploads", string.Empty)),
        });
        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        return response.Values("UploadId").Single();
    }

    /// <summary>Uploads one part and returns the response (ETag in its headers).</summary>
    public static Task<RawResponse> UploadPartAsync(
        this RawS3Client client,
        string bucket,
        string key,
        string uploadId,
        int partNumber,
        byte[] body) =>
        client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Put,
            Bucket = bucket,
            Key = key,
            Body = body,
            Query = RawRequest.QueryOf(
                ("partNumber", partNumber.ToString(CultureInfo.InvariantCulture)),
                ("uploadId", uploadId)),
        });

    /// <summary>
    /// Completes the upload with the given (part number, ETag) list, in that order.
    /// </summary>
    public static Task<RawResponse> CompleteAsync(
        this RawS3Client client,
        string bucket,
        string key,
        string uploadId,
        IEnumerable<(int Number, string ETag)> parts) =>
        client.CompleteRawAsync(bucket, key, uploadId, Encoding.UTF8.GetBytes(
            "<CompleteMultipartUpload>" +
            string.Concat(parts.Select(p =>
                $"<Part><PartNumber>{p.Number}</PartNumber><ETag>{p.ETag}</ETag></Part>")) +
            "</CompleteMultipartUpload>"));

    /// <summary>Sends CompleteMultipartUpload with an arbitrary body.</summary>
    public static Task<RawResponse> CompleteRawAsync(
        this RawS3Client client,
        string bucket,
        string key,
        string uploadId,
        byte[] body) =>
        client.SendAsync(new RawRequest
        {
            Method = HttpMethod.Post,
            Bucket = bucket,
            Key = key,
            Body = body,
            Query = RawRequest.QueryOf(("uploadId", uploadId)),
        });

    /// <summary>ListParts for the upload.</summary>
    public static Task<RawResponse> ListPartsAsync(
        this RawS3Client client,
        string bucket,
        string key,
        string uploadId) =>
        client.SendAsync(new RawRequest
        {
            Bucket = bucket,
            Key = key,
            Query = RawRequest.QueryOf(("uploadId", uploadId)),
        });
}
