# Build with the SDK, run on the smaller ASP.NET runtime image as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/NewsReader.Web/NewsReader.Web.csproj src/NewsReader.Web/
RUN dotnet restore src/NewsReader.Web/NewsReader.Web.csproj -r linux-x64
COPY src/ src/
# ReadyToRun: precompiled code starts in about two thirds of the time (benchmarks/README.md).
RUN dotnet publish src/NewsReader.Web/NewsReader.Web.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ ./seeds/
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The image's built-in unprivileged "app" user.
USER $APP_UID
ENTRYPOINT ["dotnet", "NewsReader.Web.dll"]
