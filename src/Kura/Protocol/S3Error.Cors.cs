namespace Kura.Protocol;

/// <summary>The errors of the CORS operations.</summary>
internal sealed partial record S3Error
{
    public static readonly S3Error NoSuchCORSConfiguration = new(
        "NoSuchCORSConfiguration", 404, "The CORS configuration does not exist.");

    public static readonly S3Error CorsForbidden = new(
        "AccessForbidden", 403, "CORSResponse: This CORS request is not allowed.");

    public static readonly S3Error BadRequest = new(
        "BadRequest", 400, "Insufficient information. Origin request header needed.");
}
