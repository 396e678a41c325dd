using SignauxFaibles.ReadModel;
using SignauxFaibles.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleansClient(_ => { });
// The read model another process projects from the scores topic (ReadModel section: PostgreSQL in production).
builder.Services.AddReadModel(builder.Configuration);
builder.AddSignauxFaiblesWeb();

var app = builder.Build();
app.UseSignauxFaiblesWeb();
await app.RunAsync();
