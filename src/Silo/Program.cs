using SignauxFaibles.Silo.Hosting;
using SignauxFaibles.Silo.Http;
using SignauxFaibles.Silo.Models;
using SignauxFaibles.Silo.ReadModel;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignauxFaiblesSilo();
builder.AddSiloReadModel();

var app = builder.Build();
app.MapSignauxFaiblesEndpoints();
app.MapModelEndpoints();
app.MapListEndpoints();
await app.RunAsync();
