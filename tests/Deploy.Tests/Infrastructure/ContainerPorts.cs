using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>Resolves a port as a probe or Service names it to the container's port number.</summary>
public static class ContainerPorts
{
    /// <summary>The number of <paramref name="port"/>: itself when numeric, else the named container port.</summary>
    public static int Resolve(V1Container container, IntOrString port)
    {
        if (int.TryParse(port.Value, out var number))
        {
            return number;
        }

        return container.Ports?.SingleOrDefault(p => p.Name == port.Value)?.ContainerPort
            ?? throw new InvalidOperationException($"Container {container.Name} has no port named {port.Value}.");
    }
}
