using SignauxFaibles.ReadModel;
using SignauxFaibles.ReadModel.Kafka;
using SignauxFaibles.Web.Hosting;
using SignauxFaibles.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleansClient(client => client.AddActivityPropagation());
// The read model (ReadModel section: PostgreSQL in production), projected from the scores topic by this
// process with ReadModel:Feed=Kafka, or by another one with None (the default).
builder.Services.AddReadModel(builder.Configuration);
builder.Services.AddReadModelFeed(builder.Configuration);
builder.AddSignauxFaiblesWeb();
// Orleans' client meter, the read model's projection meter, ASP.NET Core and the runtime at /metrics; traces over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
builder.AddSignauxFaiblesTelemetry([ScoresProjectionMetrics.MeterName], []);

var app = builder.Build();
app.UseSignauxFaiblesWeb();
app.MapTelemetryEndpoints();
await app.RunAsync();
