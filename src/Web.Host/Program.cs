using SignauxFaibles.ReadModel;
using SignauxFaibles.Web.Hosting;
using SignauxFaibles.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleansClient(client => client.AddActivityPropagation());
// The read model another process projects from the scores topic (ReadModel section: PostgreSQL in production).
builder.Services.AddReadModel(builder.Configuration);
builder.AddSignauxFaiblesWeb();
// Orleans' client meter, ASP.NET Core and the runtime at /metrics; traces over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
builder.AddSignauxFaiblesTelemetry([], []);

var app = builder.Build();
app.UseSignauxFaiblesWeb();
app.MapTelemetryEndpoints();
await app.RunAsync();
