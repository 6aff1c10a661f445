using System.Net;

namespace Kura.Tests.Support;

/// <summary>Assertions on S3 error responses.</summary>
public static class S3Assert
{
    /// <summary>
    /// The response is S3's XML error with this status and Code, and has a request id.
    /// </summary>
    public static void Error(RawResponse response, HttpStatusCode status, string code)
    {
        Assert.True(response.Status == status, $"expected {(int)status} {code}, got {response}");
        Assert.True(response.ErrorCode == code, $"expected {code}, got {response}");
        var requestId = response.Header("x-amz-request-id");
        Assert.False(string.IsNullOrEmpty(requestId), "no x-amz-request-id");
    }

    /// <summary>
    /// As <see cref="Error"/>, with any of several codes that S3 and MinIO differ on.
    /// </summary>
    public static void ErrorOneOf(
        RawResponse response,
        HttpStatusCode status,
        params string[] codes)
    {
        Assert.True(response.Status == status, $"expected {(int)status}, got {response}");
        var expected = string.Join(", ", codes);
        var matched = codes.Contains(response.ErrorCode);
        Assert.True(matched, $"expected one of {expected}, got {response}");
    }
}
