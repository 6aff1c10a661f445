using System.Globalization;
using Deploy.Tests.Infrastructure;
using k8s.Models;

namespace Deploy.Tests;

public class ServiceWiringTests
{
    public static TheoryData<string> Directories => [.. Kustomize.DeployableDirectories()];

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task StatefulSet_ServiceName_NamesAHeadlessServiceInItsNamespace(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var sets = rendered.All<V1StatefulSet>().ToList();

        // Assert
        Assert.All(sets, set =>
        {
            var service = rendered.Named<V1Service>(set.Spec.ServiceName);
            Assert.Equal("None", service.Spec.ClusterIP);
            Assert.Equal(set.Metadata.NamespaceProperty, service.Metadata.NamespaceProperty);
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Workload_Selector_MatchesItsPodTemplateLabels(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var workloads = Workload.In(rendered).Where(w => w.Selector is not null).ToList();

        // Assert
        Assert.All(workloads, w => Assert.True(
            Matches(w.Selector!.MatchLabels, w.Template.Metadata.Labels), $"{w}: selector misses its own pods"));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Service_Selector_SelectsPodsThatHaveEveryTargetPort(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);
        var workloads = Workload.In(rendered).ToList();

        // Act
        var services = rendered.All<V1Service>().ToList();

        // Assert
        Assert.All(services, service =>
        {
            var selected = workloads.Where(w => Matches(service.Spec.Selector, w.Template.Metadata.Labels)).ToList();
            Assert.True(selected.Count > 0, $"Service {service.Metadata.Name} selects no pods");
            Assert.All(service.Spec.Ports, port => Assert.All(selected, w => Assert.True(
                w.Containers.Any(c => HasPort(c, port.TargetPort)),
                $"{w} has no port {port.TargetPort.Value} for Service {service.Metadata.Name}")));
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Probe_Port_IsAPortOfItsContainer(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var probed = Workload.In(rendered).SelectMany(w => w.Containers)
            .SelectMany(c => new[] { c.StartupProbe, c.ReadinessProbe, c.LivenessProbe }
                .Where(p => p?.HttpGet is not null).Select(p => (Container: c, p!.HttpGet.Port)))
            .ToList();

        // Assert
        Assert.All(probed, p => Assert.Contains(
            p.Container.Ports, port => port.ContainerPort == ContainerPorts.Resolve(p.Container, p.Port)));
    }

    private static bool HasPort(V1Container container, IntOrString target) =>
        container.Ports?.Any(p => p.Name == target.Value
            || p.ContainerPort.ToString(CultureInfo.InvariantCulture) == target.Value) ?? false;

    private static bool Matches(IDictionary<string, string>? selector, IDictionary<string, string>? labels) =>
        selector is { Count: > 0 } && labels is not null
        && selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
