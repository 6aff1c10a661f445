using Kura.Auth;
using Kura.Protocol.Xml;

namespace Kura.Protocol.Handlers;

/// <summary>ListBuckets, CreateBucket, HeadBucket, DeleteBucket and the bucket read-only settings.</summary>
internal static class BucketHandlers
{
    /// <summary>ListBuckets, with the optional prefix and max-buckets/continuation-token paging.</summary>
    public static Task ListBucketsAsync(S3Context context)
    {
        var prefix = context.Query("prefix") ?? "";
        var after = context.Query("continuation-token") ?? "";
        var maxBuckets = ParseMaxBuckets(context.Query("max-buckets"));
        var key = context.Auth!.Key;
        var matching = context.Storage.ListBuckets()
            .Where(b => AccessPolicy.Sees(key, b.Name))
            .Where(b => b.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Where(b => string.CompareOrdinal(b.Name, after) > 0)
            .ToList();
        var page = matching.Take(maxBuckets).ToList();
        var owner = context.Auth!.Key.AccessKeyId;
        return XmlOutput.WriteAsync(context.Response, 200, "ListAllMyBucketsResult", xml =>
        {
            xml.Owner(owner);
            xml.WriteStartElement("Buckets");
            foreach (var bucket in page)
            {
                xml.WriteStartElement("Bucket");
                xml.Element("Name", bucket.Name);
                xml.Element("CreationDate", bucket.Created);
                xml.Element("BucketRegion", context.Options.Region);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            if (matching.Count > page.Count)
            {
                xml.Element("ContinuationToken", page[^1].Name);
            }

            if (prefix.Length > 0)
            {
                xml.Element("Prefix", prefix);
            }
        });
    }

    private static int ParseMaxBuckets(string? value)
    {
        if (value is null)
        {
            return 10000;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= 10000
            ? max
            : throw new S3Exception(S3Error.InvalidArgument, "max-buckets must be an integer from 1 to 10000.")
            {
                Details = [("ArgumentName", "max-buckets"), ("ArgumentValue", value)],
            };
    }

    public static async Task CreateBucketAsync(S3Context context)
    {
        var name = context.RequiredBucket;
        if (BucketNames.Problem(name) is { } problem)
        {
            throw new S3Exception(S3Error.InvalidBucketName, problem);
        }

        var configuration = await XmlInput.ReadRequestAsync(context);
        if (configuration is not null)
        {
            if (configuration.Name.LocalName != "CreateBucketConfiguration")
            {
                throw new S3Exception(S3Error.MalformedXML, "The body must be a CreateBucketConfiguration.");
            }

            var location = configuration.ChildValue("LocationConstraint");
            if (!string.IsNullOrEmpty(location) && location != context.Options.Region)
            {
                throw new S3Exception(S3Error.IllegalLocationConstraintException,
                    $"The location constraint '{location}' does not match this server's region " +
                    $"'{context.Options.Region}'. Leave it out or name '{context.Options.Region}'.");
            }
        }

        if (!await context.Storage.CreateBucketAsync(name, context.Aborted))
        {
            throw new S3Exception(S3Error.BucketAlreadyOwnedByYou);
        }

        context.Response.Headers.Location = "/" + name;
        context.Response.StatusCode = 200;
    }

    public static Task HeadBucketAsync(S3Context context)
    {
        _ = context.Storage.GetBucket(context.RequiredBucket);
        context.Response.Headers["x-amz-bucket-region"] = context.Options.Region;
        context.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    public static async Task DeleteBucketAsync(S3Context context)
    {
        await context.Storage.DeleteBucketAsync(context.RequiredBucket, context.Aborted);
        context.Response.StatusCode = 204;
    }

    public static Task GetBucketLocationAsync(S3Context context)
    {
        _ = context.Storage.GetBucket(context.RequiredBucket);

        // S3 reports us-east-1 as an empty constraint; clients turn that back into us-east-1.
        var region = context.Options.Region == "us-east-1" ? null : context.Options.Region;
        return XmlOutput.WriteAsync(context.Response, 200, "LocationConstraint", xml =>
        {
            if (region is not null)
            {
                xml.WriteString(region);
            }
        });
    }

    public static Task GetBucketVersioningAsync(S3Context context)
    {
        _ = context.Storage.GetBucket(context.RequiredBucket);
        return XmlOutput.WriteAsync(context.Response, 200, "VersioningConfiguration", _ => { });
    }

    /// <summary>Kura has no ACLs: every bucket and object is private to the keys that may sign.</summary>
    public static Task GetAclAsync(S3Context context)
    {
        if (context.Key is null)
        {
            _ = context.Storage.GetBucket(context.RequiredBucket);
        }
        else
        {
            _ = context.Storage.GetObject(context.RequiredBucket, context.Key);
        }

        var owner = context.Auth!.Key.AccessKeyId;
        return XmlOutput.WriteAsync(context.Response, 200, "AccessControlPolicy", xml =>
        {
            xml.Owner(owner);
            xml.WriteStartElement("AccessControlList");
            xml.WriteStartElement("Grant");
            xml.WriteStartElement("Grantee");
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "type", "http://www.w3.org/2001/XMLSchema-instance", "CanonicalUser");
            xml.Element("ID", owner);
            xml.Element("DisplayName", owner);
            xml.WriteEndElement();
            xml.Element("Permission", "FULL_CONTROL");
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }
}
