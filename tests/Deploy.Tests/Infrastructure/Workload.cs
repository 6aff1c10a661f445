using k8s.Models;

namespace Deploy.Tests.Infrastructure;

/// <summary>Anything that runs pods, reduced to what the cross-reference checks need.</summary>
public sealed record Workload(
    string Kind,
    string Name,
    V1LabelSelector? Selector,
    V1PodTemplateSpec Template,
    IReadOnlyList<V1PersistentVolumeClaim> ClaimTemplates)
{
    /// <summary>The StatefulSets, Deployments and Jobs of <paramref name="rendered"/>.</summary>
    public static IEnumerable<Workload> In(RenderedManifests rendered)
    {
        foreach (var set in rendered.All<V1StatefulSet>())
        {
            yield return new Workload(
                "StatefulSet", set.Metadata.Name, set.Spec.Selector, set.Spec.Template,
                [.. set.Spec.VolumeClaimTemplates ?? []]);
        }

        foreach (var deployment in rendered.All<V1Deployment>())
        {
            yield return new Workload(
                "Deployment", deployment.Metadata.Name, deployment.Spec.Selector, deployment.Spec.Template, []);
        }

        foreach (var job in rendered.All<V1Job>())
        {
            yield return new Workload("Job", job.Metadata.Name, job.Spec.Selector, job.Spec.Template, []);
        }
    }

    /// <summary>The pod's containers, init containers included.</summary>
    public IEnumerable<V1Container> Containers =>
        (Template.Spec.InitContainers ?? []).Concat(Template.Spec.Containers);

    /// <summary>"StatefulSet kura", for messages.</summary>
    public override string ToString() => $"{Kind} {Name}";
}
