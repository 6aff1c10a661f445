using Kura.Auth;
using Kura.Protocol;
using Kura.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Kura.Tests.Auth;

public class SignatureVerifierTests
{
    [Fact]
    public void HeaderSignature_AwsDocumentedGetObject_IsAccepted()
    {
        var request = DocumentedGetObject(
            "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        var verifier = new SignatureVerifier(AwsExample.Credentials, new FixedTimeProvider(AwsExample.Time));

        var result = verifier.Verify(request, "/test.txt", "");

        Assert.Equal(AwsExample.AccessKeyId, result.Key.AccessKeyId);
        Assert.Equal(PayloadMode.SignedHash, result.PayloadMode);
    }

    [Fact]
    public void HeaderSignature_OneDigitChanged_IsSignatureDoesNotMatch()
    {
        var request = DocumentedGetObject(
            "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb42");
        var verifier = new SignatureVerifier(AwsExample.Credentials, new FixedTimeProvider(AwsExample.Time));

        var error = Assert.Throws<S3Exception>(() => verifier.Verify(request, "/test.txt", ""));

        Assert.Equal("SignatureDoesNotMatch", error.Error.Code);
    }

    [Fact]
    public void HeaderSignature_SixteenMinutesLate_IsRequestTimeTooSkewed()
    {
        var request = DocumentedGetObject(
            "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        var clock = new FixedTimeProvider(AwsExample.Time.AddMinutes(16));
        var verifier = new SignatureVerifier(AwsExample.Credentials, clock);

        var error = Assert.Throws<S3Exception>(() => verifier.Verify(request, "/test.txt", ""));

        Assert.Equal("RequestTimeTooSkewed", error.Error.Code);
        Assert.Equal(403, error.Error.Status);
    }

    [Fact]
    public void HeaderSignature_UnknownAccessKey_IsInvalidAccessKeyId()
    {
        var request = DocumentedGetObject(
            "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        var other = new RootCredentialStore(new AccessKey("SOMEONEELSE", AwsExample.SecretKey));
        var verifier = new SignatureVerifier(other, new FixedTimeProvider(AwsExample.Time));

        var error = Assert.Throws<S3Exception>(() => verifier.Verify(request, "/test.txt", ""));

        Assert.Equal("InvalidAccessKeyId", error.Error.Code);
    }

    [Fact]
    public void PresignedUrl_AwsDocumentedExample_IsAccepted()
    {
        var (request, query) = DocumentedPresigned();
        var verifier = new SignatureVerifier(
            AwsExample.Credentials,
            new FixedTimeProvider(AwsExample.Time.AddHours(1)));

        var result = verifier.Verify(request, "/test.txt", query);

        Assert.Equal(PayloadMode.Unsigned, result.PayloadMode);
    }

    [Fact]
    public void PresignedUrl_AfterItsExpiry_IsAccessDenied()
    {
        var (request, query) = DocumentedPresigned();
        var verifier = new SignatureVerifier(
            AwsExample.Credentials, new FixedTimeProvider(AwsExample.Time.AddSeconds(86401)));

        var error = Assert.Throws<S3Exception>(() => verifier.Verify(request, "/test.txt", query));

        Assert.Equal("AccessDenied", error.Error.Code);
        Assert.Contains("expired", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequest DocumentedGetObject(string signature)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = "GET";
        request.Path = "/test.txt";
        request.Headers.Host = "examplebucket.s3.amazonaws.com";
        request.Headers.Range = "bytes=0-9";
        request.Headers["x-amz-content-sha256"] = AwsExample.EmptySha256;
        request.Headers["x-amz-date"] = AwsExample.AmzDate;
        request.Headers.Authorization =
            $"AWS4-HMAC-SHA256 Credential={AwsExample.AccessKeyId}/{AwsExample.Scope}," +
            "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date," +
            $"Signature={signature}";
        return request;
    }

    private static (HttpRequest Request, string Query) DocumentedPresigned()
    {
        const string Query =
            "X-Amz-Algorithm=AWS4-HMAC-SHA256" +
            "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request" +
            "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host" +
            "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = "GET";
        request.Path = "/test.txt";
        request.QueryString = new QueryString("?" + Query);
        request.Headers.Host = "examplebucket.s3.amazonaws.com";
        return (request, Query);
    }
}
