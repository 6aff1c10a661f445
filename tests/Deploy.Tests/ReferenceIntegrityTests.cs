using Deploy.Tests.Infrastructure;
using k8s.Models;

namespace Deploy.Tests;

/// <summary>Every Secret, ConfigMap, claim and StorageClass a pod names is in the same rendered output.</summary>
public class ReferenceIntegrityTests
{
    public static TheoryData<string> Directories => [.. Kustomize.DeployableDirectories()];

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task EnvReference_SecretOrConfigMapKey_Exists(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var references = Workload.In(rendered).SelectMany(w => w.Containers)
            .SelectMany(c => c.Env ?? []).Where(e => e.ValueFrom is not null).ToList();

        // Assert
        Assert.NotEmpty(references);
        Assert.All(references, env =>
        {
            if (env.ValueFrom.SecretKeyRef is { } secret)
            {
                Assert.NotEmpty(rendered.SecretValue(secret.Name, secret.Key));
            }
            else
            {
                var map = env.ValueFrom.ConfigMapKeyRef;
                Assert.NotNull(map);
                Assert.NotEmpty(rendered.ConfigMapValue(map.Name, map.Key));
            }
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Volume_ConfigMapSecretOrClaim_Exists(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var volumes = Workload.In(rendered).SelectMany(w => w.Template.Spec.Volumes ?? []).ToList();

        // Assert
        Assert.All(volumes, volume => Assert.True(
            volume.EmptyDir is not null || Exists(rendered, volume), $"volume {volume.Name} points nowhere"));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task VolumeMount_Name_IsAVolumeOrClaimTemplateOfThePod(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);

        // Act
        var workloads = Workload.In(rendered).ToList();

        // Assert
        Assert.All(workloads, w =>
        {
            var names = (w.Template.Spec.Volumes ?? []).Select(v => v.Name)
                .Concat(w.ClaimTemplates.Select(c => c.Metadata.Name)).ToHashSet();
            Assert.All(w.Containers.SelectMany(c => c.VolumeMounts ?? []), m => Assert.Contains(m.Name, names));
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task ClaimTemplate_StorageClass_IsRenderedAlongside(string directory)
    {
        // Arrange
        var rendered = await Kustomize.RenderAsync(directory);
        var classes = rendered.All<V1StorageClass>().Select(c => c.Metadata.Name).ToHashSet();

        // Act
        var claims = Workload.In(rendered).SelectMany(w => w.ClaimTemplates)
            .Concat(rendered.All<V1PersistentVolumeClaim>()).ToList();

        // Assert
        Assert.All(claims, claim => Assert.Contains(claim.Spec.StorageClassName, classes));
    }

    private static bool Exists(RenderedManifests rendered, V1Volume volume) => volume switch
    {
        { ConfigMap: { } map } => rendered.All<V1ConfigMap>().Any(c => c.Metadata.Name == map.Name),
        { Secret: { } secret } => rendered.All<V1Secret>().Any(s => s.Metadata.Name == secret.SecretName),
        { PersistentVolumeClaim: { } claim } =>
            rendered.All<V1PersistentVolumeClaim>().Any(c => c.Metadata.Name == claim.ClaimName),
        _ => false,
    };
}
