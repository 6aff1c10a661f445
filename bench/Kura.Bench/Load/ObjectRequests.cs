using Kura.Bench.Targets;

namespace Kura.Bench.Load;

/// <summary>One PUT or GET of a benchmark object, failing on any answer but 200 or a short body.</summary>
internal static class ObjectRequests
{
    /// <summary>Uploads <paramref name="size"/> bytes to <paramref name="key"/>.</summary>
    public static async Task PutAsync(
        HttpClient client,
        BenchTarget target,
        string key,
        long size,
        CancellationToken cancellationToken)
    {
        using var request = target.ObjectRequest(HttpMethod.Put, key, new PayloadContent(size));
        using var response = await client.SendAsync(
            request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await EnsureOkAsync(response, target, "PUT", key, cancellationToken);
    }

    /// <summary>Downloads <paramref name="key"/> into <paramref name="buffer"/> piece by piece.</summary>
    public static async Task GetAsync(
        HttpClient client,
        BenchTarget target,
        string key,
        long size,
        byte[] buffer,
        CancellationToken cancellationToken)
    {
        using var request = target.ObjectRequest(HttpMethod.Get, key);
        using var response = await client.SendAsync(
            request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureOkAsync(response, target, "GET", key, cancellationToken);

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
        }

        if (total != size)
        {
            throw new BenchRequestException($"{target.Name} GET {key}: {total} bytes, expected {size}");
        }
    }

    /// <summary>Throws with the server's answer when the status is not 2xx.</summary>
    public static async Task EnsureOkAsync(
        HttpResponseMessage response,
        BenchTarget target,
        string what,
        string key,
        CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new BenchRequestException(
            $"{target.Name} {what} {key}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
    }
}
