# Kura's image. Build from the repository root:
#   docker build -f deploy/docker/Kura.Dockerfile -t registry.example.com/kura:0.1.0 .
# Not built in this repository's CI (its machines have no container engine); the manifests'
# args and environment are tested against the same program started directly.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Kura/Kura.csproj src/Kura/
RUN dotnet restore src/Kura/Kura.csproj
COPY src/Kura/ src/Kura/
RUN dotnet publish src/Kura/Kura.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# Kura picks its own listen address (--address, default :9000); the base image's 8080 default
# for ASP.NET would only produce an "overriding addresses" warning.
ENV ASPNETCORE_HTTP_PORTS=
# The data folder exists and belongs to the image's non-root "app" user (uid 1654), so the
# image also works without a volume; in Kubernetes, fsGroup does the same for a fresh disk.
RUN mkdir /data && chown app:app /data
VOLUME /data
USER $APP_UID
EXPOSE 9000 9001
ENTRYPOINT ["dotnet", "kura.dll"]
CMD ["server", "/data"]
