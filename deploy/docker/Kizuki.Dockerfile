# Kizuki's image. Build from the repository root:
#   docker build -f deploy/docker/Kizuki.Dockerfile -t registry.example.com/kizuki:0.1.0 .
# Not built in this repository's CI (its machines have no container engine); the manifests'
# args and environment are tested against the same program started directly.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Kizuki/Kizuki.csproj src/Kizuki/
RUN dotnet restore src/Kizuki/Kizuki.csproj
COPY src/Kizuki/ src/Kizuki/
RUN dotnet publish src/Kizuki/Kizuki.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# Stateless: the store is PostgreSQL (or a SQLite file on a mounted volume) and exports go to
# S3; /var/lib/kizuki is only the working folder for export files before upload.
RUN mkdir -p /var/lib/kizuki && chown app:app /var/lib/kizuki
WORKDIR /var/lib/kizuki
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/kizuki.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8080"]
