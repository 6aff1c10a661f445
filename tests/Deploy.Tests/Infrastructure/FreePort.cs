using System.Net;
using System.Net.Sockets;

namespace Deploy.Tests.Infrastructure;

/// <summary>Picks a loopback port nobody listens on.</summary>
public static class FreePort
{
    /// <summary>A port the OS just handed out and released; a race with another process is possible but rare.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
