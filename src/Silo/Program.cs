using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Silo.Hosting;
using SignauxFaibles.Silo.Http;
using SignauxFaibles.Silo.Models;
using SignauxFaibles.Silo.ReadModel;
using SignauxFaibles.Web.Hosting;
using SignauxFaibles.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignauxFaiblesSilo();
builder.AddSiloReadModel();
builder.AddSignauxFaiblesWeb();
builder.AddSiloTelemetry();

var app = builder.Build();
app.UseSignauxFaiblesWeb();
// The silo's own endpoints are unfiltered by zone (and /models/{id}/activate changes state): admins only;
// /health stays anonymous. Agents use the web app's pages and /api.
var silo = app.MapGroup("").RequireAuthorization(AgentRoles.AdminPolicy);
silo.MapSignauxFaiblesEndpoints();
silo.MapModelEndpoints();
silo.MapListEndpoints();
app.MapSiloTelemetry();

// Resolved before running: the container is disposed when RunAsync returns.
var fatalKafkaErrors = app.Services.GetService<KafkaFatalErrorHandler>();
await app.RunAsync();

// 75 after a fatal Kafka client error (the orchestrator restarts the silo with new clients), else 0.
return KafkaFatalErrorHandler.ExitCodeOf(fatalKafkaErrors);
